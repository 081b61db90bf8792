import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { importDemo, importFile } from '$lib/import/run-import';
import { readColumns, readDictionaries, readRejected } from '$lib/storage/datasets';
import { hashString } from '$lib/import/content-hash';
import type { ColumnSpec } from '$lib/domain/columns';
import type { ImportSpec } from '$lib/import/types';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`run-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' }
];
const CSV =
	'Orders 2024\n\nid,date,amount\nA,2024-01-02,10\nB,2024-01-03,20\n,2024-01-04,5\nA,bad,1\nA,2024-01-05,30\n';
const spec = (over: Partial<ImportSpec['options']> = {}): ImportSpec => ({
	name: 'orders',
	shape: 'transactions',
	columns: COLUMNS,
	options: { encoding: 'utf-8', delimiter: ',', headerRow: 2, firstRowIsData: false, ...over }
});

describe('importFile', () => {
	it('skips title rows, commits the dataset and stores columns, dictionaries, rejects and the file hash', async () => {
		const file = new File([CSV], 'orders.csv');
		const out = await importFile(file, spec(), { db });
		if ('error' in out) throw new Error(out.error.key);
		expect(out.report.rowsRead).toBe(5);
		expect(out.report.rowsImported).toBe(3);
		expect(out.report.rowsRejected).toBe(2);
		expect(out.customerCount).toBe(2);
		const d = await db.datasets.get(out.datasetId);
		expect(d?.status).toBe('committed');
		expect(d?.rowCount).toBe(3);
		expect(d?.contentHash).toBe(hashString(CSV));
		const cols = await readColumns(db, out.datasetId, ['c0', 'c2']);
		expect(Array.from(cols.c2 as Float64Array)).toEqual([10, 20, 30]);
		expect(Array.from(cols.c0 as Int32Array)).toEqual([0, 1, 0]);
		expect(await readDictionaries(db, out.datasetId)).toEqual({ c0: ['A', 'B'] });
		// records are numbered from the top of the file: the header is line 3, data starts at line 4
		expect((await readRejected(db, out.datasetId)).map((r) => [r.line, r.reason])).toEqual([
			[6, 'missingCustomerId'],
			[7, 'unparsableDate']
		]);
	});

	it('leaves no dataset behind when cancelled', async () => {
		let started = '';
		const out = await importFile(new File([CSV], 'o.csv'), spec(), {
			db,
			signal: { aborted: true },
			onStart: (id) => (started = id)
		});
		expect(out).toEqual({ error: { key: 'import.error.cancelled' } });
		expect(started).not.toBe('');
		expect(await db.datasets.count()).toBe(0);
		expect(await db.chunks.count()).toBe(0);
	});

	it('turns a quota failure while writing chunks into the quota message and discards the import', async () => {
		const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		db.chunks.add = (() =>
			Promise.reject(
				Object.assign(new Error('abort'), { name: 'AbortError', inner: quota })
			)) as unknown as typeof db.chunks.add;
		const out = await importFile(new File([CSV], 'o.csv'), spec(), { db });
		expect('error' in out && out.error.key).toBe('import.error.quota');
		expect(await db.datasets.count()).toBe(0);
	});

	it('refuses a header-only file and a file whose every row is rejected, keeping nothing', async () => {
		const headerOnly = await importFile(new File(['id,date,amount\n'], 'h.csv'), spec({ headerRow: 0 }), {
			db
		});
		expect(headerOnly).toEqual({ error: { key: 'import.error.headerOnly' } });
		const allBad = await importFile(
			new File(['id,date,amount\n,2024-01-01,1\n'], 'b.csv'),
			spec({ headerRow: 0 }),
			{ db }
		);
		expect(allBad).toEqual({ error: { key: 'import.error.noRows', params: { rejected: 1 } } });
		expect(await db.datasets.count()).toBe(0);
	});

	it('reads a headerless file when the first row is data', async () => {
		const out = await importFile(
			new File(['A,2024-01-02,10\nB,2024-01-03,20\n'], 'x.csv'),
			spec({ headerRow: 0, firstRowIsData: true }),
			{ db }
		);
		if ('error' in out) throw new Error(out.error.key);
		expect(out.report.rowsImported).toBe(2);
	});
});

describe('importDemo', () => {
	it('runs the generated rows through the same pipeline and commits them with every row imported', async () => {
		const out = await importDemo({ variant: 'en', customers: 40, seed: 7 }, { db });
		if ('error' in out) throw new Error(out.error.key);
		expect(out.report.rowsRejected).toBe(0);
		expect(out.report.rowsRead).toBe(out.report.rowsImported);
		expect(out.customerCount).toBe(40);
		const d = await db.datasets.get(out.datasetId);
		expect(d?.status).toBe('committed');
		expect(d?.source.kind).toBe('demo');
		expect(d?.contentHash).toBe(hashString('demo|en|7|40|0'));
	});

	it('imports a later period of the same customers that points at the dataset it follows', async () => {
		const first = await importDemo({ variant: 'en', customers: 40, seed: 7 }, { db });
		if ('error' in first) throw new Error(first.error.key);
		const later = await importDemo(
			{ variant: 'en', customers: 40, seed: 7, laterMonths: 6, previousDatasetId: first.datasetId },
			{ db }
		);
		if ('error' in later) throw new Error(later.error.key);
		const d = await db.datasets.get(later.datasetId);
		expect(d?.previousDatasetId).toBe(first.datasetId);
		expect(d?.name).toBe('Demo data (+6 months)');
		// Same history plus six more months: strictly more lines, and at least the same customers.
		expect(later.report.rowsRead).toBeGreaterThan(first.report.rowsRead);
		expect(later.customerCount).toBeGreaterThanOrEqual(40);
		expect(d?.contentHash).not.toBe(hashString('demo|en|7|40|0'));
	});
});
