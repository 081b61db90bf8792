// The definitions repository: what the user chose for a dataset (tier rules, weights, lifecycle thresholds),
// one record per dataset and kind, kept across recomputes and reloads.
import { openRecord, sealForWrite } from './at-rest';
import type { DefinitionRecord, StrataDb } from './db';

export async function getDefinition<T>(
	db: StrataDb,
	datasetId: string,
	kind: string
): Promise<T | undefined> {
	const found = await db.definitions.get([datasetId, kind]);
	return found ? ((await openRecord(found)).value as T | undefined) : undefined;
}

export async function putDefinition<T>(
	db: StrataDb,
	datasetId: string,
	kind: string,
	value: T,
	updatedAt = Date.now()
): Promise<void> {
	const record: DefinitionRecord = { datasetId, kind, value, updatedAt };
	await db.definitions.put(await sealForWrite('definitions', record));
}

export async function deleteDefinition(db: StrataDb, datasetId: string, kind: string): Promise<void> {
	await db.definitions.delete([datasetId, kind]);
}
