// Issue #11 item 2: with encryption on, nothing that identifies a customer or a client is stored in clear —
// scanned in the raw values of every object store after each kind of record was written through the real
// repositories: before encryption was turned on (migration), after it (writers), and from a workspace encrypted
// by an older version that sealed less (upgrade on unlock). Turning encryption off unseals everything.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { ENCRYPTION_SETTING, readSetting, seal, setSessionKey } from '$lib/storage/at-rest';
import {
	changePassphrase,
	disableEncryption,
	enableEncryption,
	finishPendingChange,
	unlock
} from '$lib/storage/at-rest-change';
import { findByContentHash, getDataset, listDatasets, readRejected } from '$lib/storage/datasets';
import { listContacted, listTierOverrides } from '$lib/storage/annotations';
import { listContactLog, listFieldPacks } from '$lib/storage/field';
import { getModel } from '$lib/storage/models';
import { clearTierOverrideLocked } from '$lib/storage/page-deletes';
import { hashString } from '$lib/import/content-hash';
import { CSV, DATASET_NAME, FILE_NAME, findClear, writeIdentifyingWorkspace } from './identifying-workspace';

const FAST = { iterations: 1000 };
const PASS = 'correct horse battery';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	setSessionKey(undefined);
	db = new StrataDb(`sealed-scan-${n++}`);
	await db.open();
});
afterEach(async () => {
	setSessionKey(undefined);
	await db.delete();
});

/** Locks (a reload drops the key) and unlocks again, as the lock screen does. */
async function relock(): Promise<void> {
	setSessionKey(undefined);
	expect(await unlock(db, PASS)).toEqual({ ok: true });
	await finishPendingChange(db);
}

/** Every kind of record reads back whole through the repositories (with the key, when encrypted). */
async function expectReadable(datasetId: string): Promise<void> {
	const dataset = await getDataset(db, datasetId);
	expect(dataset?.name).toBe(DATASET_NAME);
	expect(dataset?.source.fileName).toBe(FILE_NAME);
	expect(dataset?.columns.map((c) => c.header)).toEqual(['客户编号', '下单日期', '金额', '所在城市']);
	expect(dataset?.contentHash).toBe(hashString(CSV));
	expect((await listDatasets(db)).map((d) => d.name)).toEqual([DATASET_NAME]);
	expect((await findByContentHash(db, hashString(CSV))).map((d) => d.id)).toEqual([datasetId]);
	expect((await readRejected(db, datasetId))[0].cells).toContain('宁波秘密仓');
	expect(await listTierOverrides(db, datasetId)).toMatchObject([
		{ customerId: 'CUST-ZHANG-001', reason: '老板的亲戚' }
	]);
	expect(await listContacted(db, datasetId)).toMatchObject([{ customerId: 'CUST-LI-002' }]);
	expect(await listContactLog(db, datasetId)).toMatchObject([
		{ customerId: 'CUST-WANG-003', note: '电话里说下月再订' }
	]);
	expect((await listFieldPacks(db))[0].pack.source.datasetName).toBe(DATASET_NAME);
	expect((await getModel(db, 'm1'))?.pipeline).toEqual({
		featureNames: ['city=杭州'],
		levels: { c3: ['杭州西湖'] }
	});
}

describe('an encrypted workspace, scanned raw', () => {
	it('stores nothing identifying in clear when every kind of record is written after encryption is on', async () => {
		await enableEncryption(db, PASS, FAST);
		const { datasetId } = await writeIdentifyingWorkspace(db);
		expect(await findClear(db)).toEqual([]);
		await expectReadable(datasetId);
	});

	it('seals an existing clear workspace when encryption is turned on, and unseals it all when turned off', async () => {
		const { datasetId } = await writeIdentifyingWorkspace(db);
		expect((await findClear(db)).length).toBeGreaterThan(10);
		const counts = await Promise.all(db.tables.map((t) => t.count()));
		await enableEncryption(db, PASS, FAST);
		expect(await findClear(db)).toEqual([]);
		await expectReadable(datasetId);

		await disableEncryption(db);
		expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(counts);
		for (const t of db.tables)
			expect((await t.toArray()).filter((r) => (r as { sealed?: unknown }).sealed)).toEqual([]);
		// Keys are clear again: the override is found by its customer id.
		expect(await db.annotations.get([datasetId, 'CUST-ZHANG-001', 'tierOverride'])).toBeDefined();
		await expectReadable(datasetId);
	});

	it('recognizes a re-import after a lock and unlock, by a keyed hash that does not match the file', async () => {
		await enableEncryption(db, PASS, FAST);
		const { datasetId } = await writeIdentifyingWorkspace(db);
		const stored = (await db.datasets.get(datasetId))!;
		expect(stored.contentHash).toMatch(/^k1:[A-Za-z0-9_-]{43}$/);
		expect(stored.contentHash).not.toContain(hashString(CSV));
		await relock();
		expect((await findByContentHash(db, hashString(CSV))).map((d) => d.id)).toEqual([datasetId]);
		expect(await findByContentHash(db, hashString('another file'))).toEqual([]);
	});

	it('keeps keyed lookups working across a passphrase change, with nothing left in clear', async () => {
		await enableEncryption(db, PASS, FAST);
		const { datasetId } = await writeIdentifyingWorkspace(db);
		const keysBefore = await db.annotations.toCollection().primaryKeys();
		expect(await changePassphrase(db, PASS, 'a new long passphrase', FAST)).toEqual({ ok: true });
		expect(await findClear(db)).toEqual([]);
		// The index secret moved to the new key unchanged, so no record had to change its primary key.
		expect(await db.annotations.toCollection().primaryKeys()).toEqual(keysBefore);
		setSessionKey(undefined);
		expect(await unlock(db, 'a new long passphrase')).toEqual({ ok: true });
		await expectReadable(datasetId);
	});

	it('lists no dataset while locked, and finds and deletes an override by customer id once unlocked', async () => {
		await enableEncryption(db, PASS, FAST);
		const { datasetId } = await writeIdentifyingWorkspace(db);
		setSessionKey(undefined);
		expect(await listDatasets(db)).toEqual([]);
		await relock();
		await clearTierOverrideLocked(db, datasetId, 'CUST-ZHANG-001');
		expect(await listTierOverrides(db, datasetId)).toEqual([]);
	});

	it('finishes sealing a workspace encrypted by an older version (no index secret) at the next unlock', async () => {
		await enableEncryption(db, PASS, FAST);
		const { datasetId } = await writeIdentifyingWorkspace(db);
		// What an older version left: a setting without an index secret, the dataset record in clear, and
		// annotations with the customer id in their key and only their value sealed.
		const setting = (await readSetting(db))!;
		delete setting.index;
		await db.settings.put({ key: ENCRYPTION_SETTING, value: setting });
		await db.datasets.put((await getDataset(db, datasetId))!);
		await db.annotations.clear();
		await db.annotations.put({
			datasetId,
			customerId: 'CUST-ZHANG-001',
			kind: 'tierOverride',
			updatedAt: 1,
			sealed: await seal({ value: { tierId: 'gold', reason: '老板的亲戚' } })
		} as never);
		expect(await findClear(db)).toEqual(
			expect.arrayContaining([`datasets.name: ${DATASET_NAME}`, 'annotations.customerId: CUST-ZHANG-001'])
		);

		await relock();
		expect(await findClear(db)).toEqual([]);
		expect((await readSetting(db))?.index).toBeDefined();
		expect(await listTierOverrides(db, datasetId)).toMatchObject([
			{ customerId: 'CUST-ZHANG-001', reason: '老板的亲戚' }
		]);
		expect((await getDataset(db, datasetId))?.name).toBe(DATASET_NAME);
	});
});
