// Re-evaluation over time needs a snapshot of every analysed dataset: the first time a dataset is analysed
// (a new import, e.g. a newer file of the same customers), its tiers, segments and stages are kept as a
// snapshot automatically. Later snapshots of the same dataset are the user's choice (Strategies → Over time).
import type { StrataDb } from '$lib/storage/db';
import { saveSnapshot } from '$lib/storage/snapshots';
import type { StoredTiering } from '$lib/domain/tiering-record';

export async function recordFirstSnapshot(
	db: StrataDb,
	dataset: { id: string; name: string },
	stored: StoredTiering
): Promise<string | undefined> {
	if ((await db.snapshots.where('datasetId').equals(dataset.id).count()) > 0) return undefined;
	const { view, table } = stored;
	return saveSnapshot(
		db,
		dataset.id,
		{ datasetName: dataset.name, tiering: view.tiering },
		{
			analysisDate: view.analysisDate,
			tierIds: view.tiering.tiers.map((t) => t.id),
			ids: table.ids,
			tier: table.tier,
			segment: table.segment,
			lifecycle: table.lifecycle,
			recencyDays: table.recencyDays,
			frequency: table.frequency,
			monetary: table.monetary
		}
	);
}
