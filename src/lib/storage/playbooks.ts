// The playbooks repository: a dataset's edited playbooks (definitions kind 'playbooks'). Nothing stored means
// "use the defaults", so a reset is a delete and new defaults reach users who never edited.
import type { Playbook } from '$lib/domain/strategies/playbooks';
import { openRecord, sealForWrite } from './at-rest';
import type { DefinitionRecord, StrataDb } from './db';

export const PLAYBOOKS_KIND = 'playbooks';

export async function getPlaybooks(db: StrataDb, datasetId: string): Promise<Playbook[] | undefined> {
	const stored = await db.definitions.get([datasetId, PLAYBOOKS_KIND]);
	const found = stored && (await openRecord(stored));
	return Array.isArray(found?.value) ? (found.value as Playbook[]) : undefined;
}

export async function putPlaybooks(
	db: StrataDb,
	datasetId: string,
	playbooks: Playbook[],
	updatedAt = Date.now()
): Promise<void> {
	const record: DefinitionRecord = { datasetId, kind: PLAYBOOKS_KIND, value: playbooks, updatedAt };
	await db.definitions.put(await sealForWrite('definitions', record));
}

export async function resetPlaybooks(db: StrataDb, datasetId: string): Promise<void> {
	await db.definitions.delete([datasetId, PLAYBOOKS_KIND]);
}
