import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import {
	appendRejectChunk,
	appendRowChunk,
	readColumns,
	readDictionaries,
	readRejected,
	writeDictionaries
} from '$lib/storage/datasets';
import { isEncrypted, isLockedError, setSessionKey } from '$lib/storage/at-rest';
import { disableEncryption, enableEncryption, sealRemaining, unlock } from '$lib/storage/at-rest-change';
import { getResult, putResult } from '$lib/storage/results';
import { getChurnScores, putChurnScores, setChurnThreshold } from '$lib/storage/churn-scores';
import { getSnapshotTable, saveSnapshot } from '$lib/storage/snapshots';
import { DEFAULT_TIERING } from '$lib/domain/tier-definition';
import { packBackup, snapshotWorkspace } from '$lib/backup/pack';
import { unpackBackup } from '$lib/backup/unpack';
import { restoreContent } from '$lib/backup/restore';
import { deleteDatabase } from '$lib/storage/wipe';

// Few PBKDF2 iterations keep the tests fast; the derivation itself is the backup's, tested there.
const FAST = { iterations: 1000 };
const PASS = 'correct horse battery';

let db: StrataDb;
let n = 0;

beforeEach(async () => {
	setSessionKey(undefined);
	db = new StrataDb(`at-rest-${n++}`);
	await db.open();
	// Two row chunks: ids, a dictionary-coded product, an amount with a NaN (a missing cell) and a -0.
	await appendRowChunk(db, 'd1', 0, 2, {
		id: ['CUST-ALPHA-001', 'CUST-BRAVO-002'],
		product: new Int32Array([0, 1]),
		amount: new Float64Array([12.5, NaN])
	});
	await appendRowChunk(db, 'd1', 1, 1, {
		id: ['CUST-CHARLIE-003'],
		product: new Int32Array([1]),
		amount: new Float64Array([-0])
	});
	await appendRejectChunk(db, 'd1', 0, [
		{ line: 7, reason: 'missingCustomerId', cells: ['', 'CUST-DELTA-004-name'] }
	]);
	await writeDictionaries(db, 'd1', [{ column: 'product', values: ['Tea Deluxe', 'Coffee Prime'] }]);
	await putResult(db, {
		datasetId: 'd1',
		kind: 'tiering',
		inputHash: 'h',
		columns: { ids: ['CUST-ALPHA-001'], tier: new Int32Array([3]) },
		meta: { top: 'CUST-ALPHA-001' }
	});
	await saveSnapshot(
		db,
		'd1',
		{ datasetName: 'orders', tiering: DEFAULT_TIERING },
		{
			analysisDate: 1000,
			tierIds: ['gold'],
			ids: ['CUST-BRAVO-002'],
			tier: new Int32Array([0]),
			segment: new Uint8Array([1]),
			lifecycle: new Uint8Array([2]),
			recencyDays: new Float64Array([4]),
			frequency: new Float64Array([5]),
			monetary: new Float64Array([6])
		},
		1
	);
});
afterEach(async () => {
	setSessionKey(undefined);
	await db.delete();
});

const KEYS = ['id', 'product', 'amount'];
const ORIGINAL = {
	id: ['CUST-ALPHA-001', 'CUST-BRAVO-002', 'CUST-CHARLIE-003'],
	product: new Int32Array([0, 1, 1]),
	amount: new Float64Array([12.5, NaN, -0])
};

async function allRecords() {
	return {
		chunks: await db.chunks.toArray(),
		dictionaries: await db.dictionaries.toArray(),
		results: await db.results.toArray(),
		snapshots: await db.snapshots.toArray()
	};
}

/** Every string a JSON dump of the stored records holds, typed arrays spelled out. */
async function dump(): Promise<string> {
	return JSON.stringify(await allRecords(), (_k, v: unknown) =>
		ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v
	);
}

describe('encryption at rest', () => {
	it('seals every chunk, dictionary, result and snapshot so no customer id or name is left in the records', async () => {
		expect(await enableEncryption(db, PASS, FAST)).toEqual({ ok: true });
		const r = await allRecords();
		expect(r.chunks).toHaveLength(3);
		for (const c of r.chunks) {
			expect(c.sealed?.data).toBeInstanceOf(ArrayBuffer);
			expect(c.columns).toBeUndefined();
			expect(c.rejected).toBeUndefined();
		}
		for (const d of r.dictionaries) expect(d.values).toBeUndefined();
		for (const x of [...r.dictionaries, ...r.results, ...r.snapshots])
			expect((x as { sealed?: unknown }).sealed).toBeDefined();
		expect(r.results[0].columns).toBeUndefined();
		expect(r.results[0].meta).toBeUndefined();
		expect(r.snapshots[0].columns).toBeUndefined();
		const text = await dump();
		for (const secret of ['CUST-', 'Tea Deluxe', 'Coffee Prime']) expect(text).not.toContain(secret);
		expect(await isEncrypted(db)).toBe(true);
	});

	it('reads the exact original columns back after unlocking, NaN and -0 included', async () => {
		await enableEncryption(db, PASS, FAST);
		setSessionKey(undefined); // a reload: the key lives only in memory
		expect(await unlock(db, PASS)).toEqual({ ok: true });
		const cols = await readColumns(db, 'd1', KEYS);
		expect(cols.id).toEqual(ORIGINAL.id);
		expect(cols.product).toEqual(ORIGINAL.product);
		const amount = cols.amount as Float64Array;
		expect(amount).toBeInstanceOf(Float64Array);
		expect(amount[0]).toBe(12.5);
		expect(Number.isNaN(amount[1])).toBe(true);
		expect(Object.is(amount[2], -0)).toBe(true);
		expect(await readDictionaries(db, 'd1')).toEqual({ product: ['Tea Deluxe', 'Coffee Prime'] });
		expect((await readRejected(db, 'd1'))[0].cells).toEqual(['', 'CUST-DELTA-004-name']);
		const result = await getResult(db, 'd1', 'tiering');
		expect(result?.columns?.tier).toEqual(new Int32Array([3]));
		expect(result?.meta).toEqual({ top: 'CUST-ALPHA-001' });
		const snap = (await db.snapshots.toArray())[0];
		expect((await getSnapshotTable(db, snap.id))?.ids).toEqual(['CUST-BRAVO-002']);
	});

	it('rejects a wrong passphrase with an error and changes nothing stored', async () => {
		await enableEncryption(db, PASS, FAST);
		setSessionKey(undefined);
		const before = await dump();
		expect(await unlock(db, 'correct horse battery!')).toEqual({ error: 'wrongPassphrase' });
		expect(await dump()).toBe(before);
		expect(await unlock(db, PASS)).toEqual({ ok: true });
		expect((await readColumns(db, 'd1', ['id'])).id).toEqual(ORIGINAL.id);
	});

	it('answers a read of sealed data without a key with a typed locked error, not a crash', async () => {
		await enableEncryption(db, PASS, FAST);
		setSessionKey(undefined);
		const error = await readColumns(db, 'd1', KEYS).catch((e: unknown) => e);
		expect(isLockedError(error)).toBe(true);
		expect(isLockedError(await getResult(db, 'd1', 'tiering').catch((e: unknown) => e))).toBe(true);
	});

	it('seals rows written while unlocked', async () => {
		await enableEncryption(db, PASS, FAST);
		await appendRowChunk(db, 'd1', 2, 1, { id: ['CUST-ECHO-005'], product: new Int32Array([0]) });
		expect(await dump()).not.toContain('CUST-ECHO-005');
		expect((await readColumns(db, 'd1', ['id'])).id).toEqual([...ORIGINAL.id, 'CUST-ECHO-005']);
	});

	it('re-bands sealed churn scores inside a transaction and keeps them sealed', async () => {
		await enableEncryption(db, PASS, FAST);
		const probability = new Float64Array([0.9, 0.3, NaN]);
		await putChurnScores(db, 'd1', { probability, inputHash: 'x', meta: { threshold: 0.5, trainedAt: 9 } });
		// At threshold 0.25: 0.9 ≥ 0.25 is high (2), 0.3 ≥ 0.25 is high (2), NaN is not scored (−1).
		expect(await setChurnThreshold(db, 'd1', 0.25)).toBe(true);
		const stored = await db.results.get(['d1', 'churn']);
		expect(stored?.sealed).toBeDefined();
		expect(stored?.columns).toBeUndefined();
		const scores = await getChurnScores(db, 'd1');
		expect(scores?.threshold).toBe(0.25);
		expect(Array.from(scores?.band ?? [])).toEqual([2, 2, -1]);
	});

	it('turns back to plain records identical to the originals when disabled', async () => {
		const plain = await allRecords();
		await enableEncryption(db, PASS, FAST);
		await disableEncryption(db);
		expect(await isEncrypted(db)).toBe(false);
		const after = await allRecords();
		expect(after).toEqual(plain);
		const amount = (await readColumns(db, 'd1', ['amount'])).amount as Float64Array;
		expect(Number.isNaN(amount[1])).toBe(true);
		expect(Object.is(amount[2], -0)).toBe(true);
	});

	it('keeps every record readable after a crash part-way through enabling, and finishes sealing on unlock', async () => {
		// A crash after 2 records: the first two chunks are sealed, everything else is still plain.
		await enableEncryption(db, PASS, { ...FAST, limit: 2 });
		const sealedCount = (await db.chunks.toArray()).filter((c) => c.sealed).length;
		expect(sealedCount).toBe(2);
		setSessionKey(undefined);
		expect(await unlock(db, PASS)).toEqual({ ok: true });
		const cols = await readColumns(db, 'd1', KEYS);
		expect(cols.id).toEqual(ORIGINAL.id);
		expect(await readDictionaries(db, 'd1')).toEqual({ product: ['Tea Deluxe', 'Coffee Prime'] });
		// 3 chunks + 1 dictionary + 1 result + 1 snapshot = 6, of which 2 were sealed before the crash.
		expect(await sealRemaining(db)).toBe(4);
		expect(await dump()).not.toContain('CUST-');
	});
});

describe('backups of an encrypted workspace', () => {
	it('restores to a workspace that is still encrypted and unlocks with the same passphrase', async () => {
		await enableEncryption(db, PASS, FAST);
		const { file } = await packBackup(await snapshotWorkspace(db), { appVersion: 'test', createdAt: 1 });
		const unpacked = await unpackBackup(file);
		if ('error' in unpacked) throw new Error(unpacked.error);
		const live = new StrataDb(`at-rest-live-${n++}`);
		await live.open();
		const staged: StrataDb[] = [];
		try {
			const restored = await restoreContent(unpacked.content, {
				live,
				openStaging: async (name) => {
					const s = new StrataDb(name);
					await s.open();
					staged.push(s);
					return s;
				},
				deleteDatabase: (name) => deleteDatabase(name),
				now: () => 7
			});
			expect('counts' in restored).toBe(true);
			setSessionKey(undefined); // restoring reloads the app
			expect(await isEncrypted(live)).toBe(true);
			// The backup file itself has no passphrase, yet its records hold no customer id in clear.
			expect(JSON.stringify(unpacked.content.tables.chunks)).not.toContain('CUST-');
			expect(unpacked.content.tables.chunks.every((c) => (c as { sealed?: unknown }).sealed)).toBe(true);
			expect(await unlock(live, 'wrong')).toEqual({ error: 'wrongPassphrase' });
			expect(await unlock(live, PASS)).toEqual({ ok: true });
			expect((await readColumns(live, 'd1', ['id'])).id).toEqual(ORIGINAL.id);
		} finally {
			await live.delete();
			for (const s of staged) await s.delete().catch(() => {});
		}
	});
});
