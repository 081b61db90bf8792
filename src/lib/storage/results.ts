// The results repository: computed analysis columns per dataset and kind, tagged with the hash of what they
// were computed from, so a reopened dataset is shown at once and a changed definition recomputes.
import type { ColumnData } from '$lib/domain/columns';
import { openRecord, sealForWrite } from './at-rest';
import type { ResultRecord, StrataDb } from './db';

export async function getResult(
	db: StrataDb,
	datasetId: string,
	kind: string
): Promise<ResultRecord | undefined> {
	const found = await db.results.get([datasetId, kind]);
	return found?.sealed ? openRecord(found) : found;
}

/** The stored result when it was computed from `inputHash`; undefined when missing or stale. */
export async function getFreshResult(
	db: StrataDb,
	datasetId: string,
	kind: string,
	inputHash: string
): Promise<ResultRecord | undefined> {
	const found = await getResult(db, datasetId, kind);
	return found && found.inputHash === inputHash && found.columns ? found : undefined;
}

export async function putResult(
	db: StrataDb,
	record: {
		datasetId: string;
		kind: string;
		inputHash: string;
		columns: Record<string, ColumnData>;
		meta?: unknown;
	},
	computedAt = Date.now()
): Promise<void> {
	await putResultRecord(db, { ...record, computedAt });
}

/** Stores a whole result record as given (sealed when encryption at rest is on). */
export async function putResultRecord(db: StrataDb, record: ResultRecord): Promise<void> {
	await db.results.put(await sealForWrite('results', record));
}

export async function deleteResults(db: StrataDb, datasetId: string): Promise<void> {
	await db.results.where('datasetId').equals(datasetId).delete();
}
