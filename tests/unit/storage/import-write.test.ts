// The storage side of an import, with a scripted parse: a dataset is committed with its chunks, report and
// dictionaries only when the parse ends with a report; any error or a full disk leaves nothing behind.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { getDataset, listDatasets, readColumns, readDictionaries, readRejected } from '$lib/storage/datasets';
import { storeImport, type ParsedImport, type RowChunk } from '$lib/storage/import-write';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`import-write-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

const DATASET = {
	name: 'orders',
	shape: 'transactions' as const,
	contentHash: '',
	source: { fileName: 'orders.csv', size: 40, kind: 'csv' as const },
	columns: [{ key: 'c0', header: 'id', source: 0, role: 'customerId' as const, type: 'category' as const }]
};

const CHUNK: RowChunk = { index: 0, length: 2, columns: { c0: new Int32Array([0, 1]) } };
const PARSED: ParsedImport = {
	report: {
		rowsRead: 3,
		rowsImported: 2,
		rowsRejected: 1,
		byReason: { missingCustomerId: 1 },
		duplicateIds: 0,
		columns: [],
		notes: [],
		durationMs: 12
	},
	dictionaries: [{ column: 'c0', values: ['A', 'B'] }],
	counts: { rowCount: 2, customerCount: 2, chunkCount: 1, contentHash: 'h1' }
};
const REJECTED = [{ line: 3, reason: 'missingCustomerId' as const, cells: ['', '5'] }];

describe('storeImport', () => {
	it('creates the dataset, stores what the parse writes and commits it with its report', async () => {
		let started = '';
		const out = await storeImport(
			db,
			DATASET,
			async (target, datasetId) => {
				expect((await getDataset(db, datasetId))?.status).toBe('importing');
				await target.write([CHUNK], [{ index: 0, rejected: REJECTED }]);
				return PARSED;
			},
			{ onStart: (id) => (started = id) }
		);
		if ('error' in out) throw new Error(out.error.key);
		expect(started).toBe(out.datasetId);
		expect(out.customerCount).toBe(2);
		expect(out.report).toEqual({ datasetId: out.datasetId, ...PARSED.report });
		const stored = await getDataset(db, out.datasetId);
		expect(stored).toMatchObject({ status: 'committed', rowCount: 2, customerCount: 2, contentHash: 'h1' });
		const columns = await readColumns(db, out.datasetId, ['c0']);
		expect(Array.from(columns.c0 as Int32Array)).toEqual([0, 1]);
		expect(await readDictionaries(db, out.datasetId)).toEqual({ c0: ['A', 'B'] });
		expect((await readRejected(db, out.datasetId, 10)).map((r) => r.line)).toEqual([3]);
	});

	it("sends row chunks to another writer when one is given (the import worker's chunk writer)", async () => {
		const sent: string[] = [];
		const out = await storeImport(
			db,
			DATASET,
			async (target) => {
				await target.write([CHUNK], []);
				return PARSED;
			},
			{ writeRows: async (id, c) => void sent.push(`${id}:${c.index}:${c.length}`) }
		);
		if ('error' in out) throw new Error(out.error.key);
		expect(sent).toEqual([`${out.datasetId}:0:2`]);
	});

	it('discards the dataset when the parse returns an error, and passes the error on', async () => {
		const out = await storeImport(db, DATASET, async (target) => {
			await target.write([CHUNK], []);
			return { error: { key: 'import.error.cancelled' } };
		});
		expect(out).toEqual({ error: { key: 'import.error.cancelled' } });
		expect(await listDatasets(db)).toEqual([]);
		expect(await db.chunks.count()).toBe(0);
	});

	it('turns a full disk into the quota message and an unknown throw into "unexpected", leaving nothing', async () => {
		const full = await storeImport(db, DATASET, async () => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		expect(full).toEqual({ error: { key: 'import.error.quota', params: { free: expect.any(String) } } });
		const bug = await storeImport(db, DATASET, async () => {
			throw new Error('boom');
		});
		expect(bug).toEqual({ error: { key: 'import.error.unexpected', params: { detail: 'Error: boom' } } });
		expect(await db.datasets.count()).toBe(0);
	});
});
