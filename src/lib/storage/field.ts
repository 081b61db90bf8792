// The rep's side of the store: contact-log entries (annotations of kind 'contactLog', one record per customer
// holding that customer's entries) and field packs opened on this device (definitions under a 'fieldpack:'
// key, never a dataset: opening one leaves the workspace as it is). Both ride on existing tables, so backup,
// Delete all data and encryption at rest cover them with no schema change.
import { mergeContactLogs, type ContactEntry } from '$lib/domain/field/contact-log';
import type { FieldPackBody } from '$lib/domain/field/field-pack';
import { lookupKeys, openRecord, sealForWrite } from './at-rest';
import type { AnnotationRecord, StrataDb } from './db';
import { deleteDefinition, getDefinition, putDefinition } from './definitions';

export const CONTACT_LOG = 'contactLog';
const PACK_PREFIX = 'fieldpack:';
const PACK_KIND = 'fieldPack';

export async function listContactLog(db: StrataDb, datasetId: string): Promise<ContactEntry[]> {
	const rows = await db.annotations.where('[datasetId+kind]').equals([datasetId, CONTACT_LOG]).toArray();
	const opened = await Promise.all(rows.map((r) => openRecord(r)));
	return mergeContactLogs(...opened.map((r) => (Array.isArray(r.value) ? (r.value as ContactEntry[]) : [])));
}

/**
 * Merges entries into the dataset's log (same id → the newer edit wins), one transaction, and returns how many
 * customer records changed: 0 when every entry was there already.
 */
export async function mergeIntoContactLog(
	db: StrataDb,
	datasetId: string,
	entries: readonly ContactEntry[]
): Promise<number> {
	const byCustomer = new Map<string, ContactEntry[]>();
	for (const e of entries) byCustomer.set(e.customerId, [...(byCustomer.get(e.customerId) ?? []), e]);
	const customerIds = [...byCustomer.keys()];
	// At rest the key holds the customer id's keyed hash (lookupKeys: that first, then the clear id).
	const stored = await Promise.all(customerIds.map((c) => lookupKeys(db, c).then((keys) => keys[0])));
	const keys = stored.map((c) => [datasetId, c, CONTACT_LOG] as [string, string, string]);
	// Sealing is async WebCrypto, which would end an IndexedDB transaction: read, merge and seal first, then
	// write in one bulkPut (the workspace write lock the caller holds keeps other writers out meanwhile).
	const existing = await db.annotations.bulkGet(keys);
	const changed: AnnotationRecord[] = [];
	for (let k = 0; k < keys.length; k++) {
		const customerId = customerIds[k];
		const had = existing[k] ? ((await openRecord(existing[k]!)).value as ContactEntry[]) : [];
		const merged = mergeContactLogs(had, byCustomer.get(customerId)!);
		if (JSON.stringify(merged) === JSON.stringify(mergeContactLogs(had))) continue;
		changed.push(
			await sealForWrite('annotations', {
				datasetId,
				customerId,
				kind: CONTACT_LOG,
				value: merged,
				updatedAt: Date.now()
			})
		);
	}
	if (changed.length) await db.annotations.bulkPut(changed);
	return changed.length;
}

export interface StoredPack {
	pack: FieldPackBody;
	openedAt: number;
}

export async function saveFieldPack(db: StrataDb, pack: FieldPackBody): Promise<void> {
	await putDefinition<StoredPack>(db, PACK_PREFIX + pack.packId, PACK_KIND, { pack, openedAt: Date.now() });
}

export async function listFieldPacks(db: StrataDb): Promise<StoredPack[]> {
	const rows = await db.definitions.where('datasetId').startsWith(PACK_PREFIX).toArray();
	const opened = await Promise.all(rows.filter((r) => r.kind === PACK_KIND).map((r) => openRecord(r)));
	return opened.map((r) => r.value as StoredPack).sort((a, b) => b.openedAt - a.openedAt);
}

export async function getFieldPack(db: StrataDb, packId: string): Promise<StoredPack | undefined> {
	return getDefinition<StoredPack>(db, PACK_PREFIX + packId, PACK_KIND);
}

/** Removes the pack only; contacts logged from it stay in the log until they are exported. */
export async function deleteFieldPack(db: StrataDb, packId: string): Promise<void> {
	await deleteDefinition(db, PACK_PREFIX + packId, PACK_KIND);
}
