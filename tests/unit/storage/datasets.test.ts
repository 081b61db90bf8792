import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import {
	appendRejectChunk,
	appendRowChunk,
	cleanUpUnfinishedImports,
	STALE_IMPORT_MS,
	commitDataset,
	createDataset,
	describeStorageError,
	discardDataset,
	findByContentHash,
	listDatasets,
	readColumns,
	readDictionaries,
	readRejected,
	renameDataset,
	writeDictionaries,
	writeReport,
	type NewDataset
} from '$lib/storage/datasets';

let db: StrataDb;
let n = 0;

beforeEach(async () => {
	db = new StrataDb(`test-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

const fields = (hash = 'h1'): NewDataset => ({
	name: 'orders',
	shape: 'transactions',
	contentHash: hash,
	source: { fileName: 'orders.csv', size: 10, kind: 'csv' },
	columns: []
});

describe('datasets repository', () => {
	it('creates an importing dataset that commit flips to committed with the final counts', async () => {
		const id = await createDataset(db, fields());
		expect((await db.datasets.get(id))?.status).toBe('importing');
		expect(await listDatasets(db)).toEqual([]);
		await commitDataset(db, id, { rowCount: 7, customerCount: 3, chunkCount: 1 });
		const d = await db.datasets.get(id);
		expect([d?.status, d?.rowCount, d?.customerCount, d?.chunkCount]).toEqual(['committed', 7, 3, 1]);
		expect((await listDatasets(db)).map((x) => x.id)).toEqual([id]);
	});

	it('concatenates row chunks in index order whatever order they were written in', async () => {
		const id = await createDataset(db, fields());
		await appendRowChunk(db, id, 1, 2, { a: new Float64Array([3, 4]), t: ['c', 'd'] });
		await appendRowChunk(db, id, 0, 2, { a: new Float64Array([1, 2]), t: ['a', 'b'] });
		await appendRowChunk(db, id, 2, 1, { a: new Float64Array([5]), t: ['e'] });
		const cols = await readColumns(db, id, ['a', 't', 'missing']);
		expect(cols.a).toBeInstanceOf(Float64Array);
		expect(Array.from(cols.a as Float64Array)).toEqual([1, 2, 3, 4, 5]);
		expect(cols.t).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect('missing' in cols).toBe(false);
	});

	it('discard removes the dataset and every record that belongs to it, and nothing of another', async () => {
		const id = await createDataset(db, fields());
		const other = await createDataset(db, fields('h2'));
		for (const d of [id, other]) {
			await appendRowChunk(db, d, 0, 1, { a: new Int32Array([0]) });
			await appendRejectChunk(db, d, 0, [{ line: 2, reason: 'missingCustomerId', cells: [''] }]);
			await writeDictionaries(db, d, [{ column: 'a', values: ['x'] }]);
			await writeReport(db, {
				datasetId: d,
				rowsRead: 2,
				rowsImported: 1,
				rowsRejected: 1,
				byReason: {},
				duplicateIds: 0,
				columns: [],
				notes: [],
				durationMs: 1
			});
			await db.results.put({ datasetId: d, kind: 'rfm', inputHash: 'x', computedAt: 1 });
			await db.definitions.put({ datasetId: d, kind: 'tiers', value: 1, updatedAt: 1 });
			await db.snapshots.put({ id: `s-${d}`, datasetId: d, createdAt: 1, analysisDate: 1, definitions: {} });
			await db.annotations.put({ datasetId: d, customerId: 'c', kind: 'k', value: 1, updatedAt: 1 });
		}
		await discardDataset(db, id);
		const count = async (d: string) =>
			(await db.datasets.where('id').equals(d).count()) +
			(await db.chunks.where('datasetId').equals(d).count()) +
			(await db.dictionaries.where('datasetId').equals(d).count()) +
			(await db.reports.where('datasetId').equals(d).count()) +
			(await db.results.where('datasetId').equals(d).count()) +
			(await db.definitions.where('datasetId').equals(d).count()) +
			(await db.snapshots.where('datasetId').equals(d).count()) +
			(await db.annotations.where('datasetId').equals(d).count());
		expect(await count(id)).toBe(0);
		// 1 dataset + 2 chunks + 1 dictionary + 1 report + 1 result + 1 definition + 1 snapshot + 1 annotation
		expect(await count(other)).toBe(9);
	});

	it('cleans up unfinished imports but keeps committed datasets', async () => {
		const done = await createDataset(db, fields());
		await commitDataset(db, done, { rowCount: 1, customerCount: 1, chunkCount: 1 });
		const left = await createDataset(db, fields());
		await appendRowChunk(db, left, 0, 1, { a: new Float64Array([1]) });
		expect(await cleanUpUnfinishedImports(db)).toBe(1);
		expect(await db.datasets.get(left)).toBeUndefined();
		expect(await db.chunks.where('datasetId').equals(left).count()).toBe(0);
		expect((await db.datasets.get(done))?.status).toBe('committed');
	});

	it('without Web Locks, leaves a young unfinished import (another tab may be running it) and removes an old one', async () => {
		const live = await createDataset(db, fields());
		await appendRowChunk(db, live, 0, 1, { a: new Float64Array([1]) });
		const dead = await createDataset(db, fields());
		await db.datasets.update(dead, { createdAt: Date.now() - STALE_IMPORT_MS - 1000 });
		expect(await cleanUpUnfinishedImports(db, { startedBefore: Date.now() - STALE_IMPORT_MS })).toBe(1);
		expect((await db.datasets.get(live))?.status).toBe('importing');
		expect(await db.chunks.where('datasetId').equals(live).count()).toBe(1);
		expect(await db.datasets.get(dead)).toBeUndefined();
	});

	it('finds committed datasets by content hash, renames, and reads rejected rows up to a limit in order', async () => {
		const id = await createDataset(db, fields('same'));
		await commitDataset(db, id, { rowCount: 0, customerCount: 0, chunkCount: 0 });
		await createDataset(db, fields('same')); // still importing: not offered as a re-import
		expect((await findByContentHash(db, 'same')).map((d) => d.id)).toEqual([id]);
		await renameDataset(db, id, '  Q1 orders ');
		expect((await db.datasets.get(id))?.name).toBe('Q1 orders');
		await renameDataset(db, id, '   ');
		expect((await db.datasets.get(id))?.name).toBe('Q1 orders');

		await appendRejectChunk(db, id, 1, [{ line: 9, reason: 'tooManyFields', cells: [] }]);
		await appendRejectChunk(db, id, 0, [
			{ line: 3, reason: 'unparsableDate', cells: [] },
			{ line: 5, reason: 'unparsableNumber', cells: [] }
		]);
		expect((await readRejected(db, id)).map((r) => r.line)).toEqual([3, 5, 9]);
		expect((await readRejected(db, id, 2)).map((r) => r.line)).toEqual([3, 5]);
		await writeDictionaries(db, id, [{ column: 'c0', values: ['a', 'b'] }]);
		expect(await readDictionaries(db, id)).toEqual({ c0: ['a', 'b'] });
	});
});

describe('describeStorageError', () => {
	it('unwraps the QuotaExceededError inside a Dexie AbortError into the quota message with free MB', async () => {
		const quota = new Error('full');
		quota.name = 'QuotaExceededError';
		const abort = Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota });
		const storage = { estimate: async () => ({ quota: 300 * 1024 * 1024, usage: 100 * 1024 * 1024 }) };
		vi.stubGlobal('navigator', { storage });
		try {
			expect(await describeStorageError(abort)).toEqual({
				key: 'import.error.quota',
				params: { free: '200' }
			});
		} finally {
			vi.unstubAllGlobals();
		}
		expect(await describeStorageError(new Error('other'))).toBeUndefined();
	});
});
