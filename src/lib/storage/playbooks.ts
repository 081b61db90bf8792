// The playbooks repository: a dataset's edited playbooks (definitions kind 'playbooks'). Nothing stored means
// "use the defaults", so a reset is a delete and new defaults reach users who never edited.
import type { Playbook } from '$lib/domain/strategies/playbooks';
import type { StrataDb } from './db';

export const PLAYBOOKS_KIND = 'playbooks';

export async function getPlaybooks(db: StrataDb, datasetId: string): Promise<Playbook[] | undefined> {
	const found = await db.definitions.get([datasetId, PLAYBOOKS_KIND]);
	return Array.isArray(found?.value) ? (found.value as Playbook[]) : undefined;
}

export async function putPlaybooks(
	db: StrataDb,
	datasetId: string,
	playbooks: Playbook[],
	updatedAt = Date.now()
): Promise<void> {
	await db.definitions.put({ datasetId, kind: PLAYBOOKS_KIND, value: playbooks, updatedAt });
}

export async function resetPlaybooks(db: StrataDb, datasetId: string): Promise<void> {
	await db.definitions.delete([datasetId, PLAYBOOKS_KIND]);
}
