// The annotations repository: per-customer marks that survive recomputes — a manual tier override with its
// reason (kind 'tierOverride') and the date a customer was contacted (kind 'contacted').
import { ensureIndexKey, lookupKeys, openRecord, sealForWrite } from './at-rest';
import type { AnnotationRecord, StrataDb } from './db';

// At rest a record's key holds a keyed hash of the customer id, not the id (sealed inside): writers load the
// index secret first, and deletes address every form the key may have (lookupKeys).

const openAll = (rows: AnnotationRecord[]) => Promise.all(rows.map((r) => openRecord(r)));

export const TIER_OVERRIDE = 'tierOverride';
export const CONTACTED = 'contacted';

export interface TierOverride {
	customerId: string;
	tierId: string;
	reason: string;
	updatedAt: number;
}

export interface Contacted {
	customerId: string;
	/** Day of the contact, 'YYYY-MM-DD'. */
	date: string;
	playbookId?: string;
}

export async function listTierOverrides(db: StrataDb, datasetId: string): Promise<TierOverride[]> {
	const rows = await openAll(
		await db.annotations.where('[datasetId+kind]').equals([datasetId, TIER_OVERRIDE]).toArray()
	);
	return rows.map((r) => {
		const v = r.value as { tierId: string; reason: string };
		return { customerId: r.customerId, tierId: v.tierId, reason: v.reason, updatedAt: r.updatedAt };
	});
}

export async function setTierOverride(
	db: StrataDb,
	datasetId: string,
	o: Omit<TierOverride, 'updatedAt'>,
	updatedAt = Date.now()
): Promise<void> {
	const record: AnnotationRecord = {
		datasetId,
		customerId: o.customerId,
		kind: TIER_OVERRIDE,
		value: { tierId: o.tierId, reason: o.reason },
		updatedAt
	};
	await ensureIndexKey(db);
	await db.annotations.put(await sealForWrite('annotations', record));
}

export async function clearTierOverride(db: StrataDb, datasetId: string, customerId: string): Promise<void> {
	await clearKind(db, datasetId, [customerId], TIER_OVERRIDE);
}

async function clearKind(db: StrataDb, datasetId: string, customerIds: readonly string[], kind: string) {
	const keys: [string, string, string][] = [];
	for (const id of customerIds)
		for (const stored of await lookupKeys(db, id)) keys.push([datasetId, stored, kind]);
	await db.annotations.bulkDelete(keys);
}

export async function listContacted(db: StrataDb, datasetId: string): Promise<Contacted[]> {
	const rows = await openAll(
		await db.annotations.where('[datasetId+kind]').equals([datasetId, CONTACTED]).toArray()
	);
	return rows.map((r) => ({ customerId: r.customerId, ...(r.value as Omit<Contacted, 'customerId'>) }));
}

export async function markContacted(
	db: StrataDb,
	datasetId: string,
	customerIds: readonly string[],
	date: string,
	playbookId?: string,
	updatedAt = Date.now()
): Promise<void> {
	const records = customerIds.map((customerId): AnnotationRecord => ({
		datasetId,
		customerId,
		kind: CONTACTED,
		value: { date, playbookId },
		updatedAt
	}));
	await ensureIndexKey(db);
	await db.annotations.bulkPut(await Promise.all(records.map((r) => sealForWrite('annotations', r))));
}

export async function clearContacted(
	db: StrataDb,
	datasetId: string,
	customerIds: readonly string[]
): Promise<void> {
	await clearKind(db, datasetId, customerIds, CONTACTED);
}
