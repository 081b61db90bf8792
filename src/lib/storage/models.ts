// The models repository: saved churn models (weights as TF.js artifacts, the fitted feature pipeline, test
// metrics, date and dataset). Dexie only — the tf.io handler over it lives in jobs/model-repo.ts so the
// page can list and delete models without loading TF.js.
import { openRecord, sealForWrite } from './at-rest';
import type { ModelRecord, StrataDb } from './db';

export type ModelSummary = Omit<ModelRecord, 'artifacts'>;

export async function putModel(db: StrataDb, record: ModelRecord): Promise<void> {
	await db.models.put(await sealForWrite('models', record));
}

export async function getModel(db: StrataDb, id: string): Promise<ModelRecord | undefined> {
	const found = await db.models.get(id);
	return found && openRecord(found);
}

/** Every saved model without its weights, newest first. */
export async function listModels(db: StrataDb): Promise<ModelSummary[]> {
	const stored = await db.models.orderBy('createdAt').reverse().toArray();
	const all = await Promise.all(stored.map((m) => openRecord(m)));
	return all.map(({ artifacts: _artifacts, ...summary }) => {
		void _artifacts;
		return summary;
	});
}

export async function deleteModel(db: StrataDb, id: string): Promise<void> {
	await db.models.delete(id);
}
