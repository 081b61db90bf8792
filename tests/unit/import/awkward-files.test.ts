// Awkward files through the real import (streamed CSV → builder → fake IndexedDB): nothing lost without a reason.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { importFile } from '$lib/import/run-import';
import { sniffFile } from '$lib/import/sniff';
import { readRejected } from '$lib/storage/datasets';
import type { ColumnSpec } from '$lib/domain/columns';
import type { ImportSpec } from '$lib/import/types';
import type { TextEncoding } from '$lib/domain/parse/encoding';
import {
	hugeCellCsv,
	mixedEncodingCsv,
	nulBytesCsv,
	strayQuoteCsv,
	trailingBlankRowsCsv,
	wideCsv,
	zipBombXlsx
} from '../../fixtures/awkward';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`awkward-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

const col = (
	source: number,
	header: string,
	role: ColumnSpec['role'],
	type: ColumnSpec['type']
): ColumnSpec => ({
	key: `c${source}`,
	header,
	source,
	role,
	type,
	...(type === 'date' ? { dateOrder: 'ymd' as const } : {})
});

function spec(
	columns: ColumnSpec[],
	shape: ImportSpec['shape'],
	encoding: TextEncoding = 'utf-8'
): ImportSpec {
	return {
		name: 'awkward',
		shape,
		columns,
		options: { encoding, delimiter: ',', headerRow: 0, firstRowIsData: false }
	};
}

const CUSTOMERS = [
	col(0, 'customer_id', 'customerId', 'text'),
	col(1, 'name', 'customerName', 'text'),
	col(2, 'note', 'text', 'text'),
	col(3, 'balance', 'numeric', 'number')
];
const ORDERS = [
	col(0, 'customer_id', 'customerId', 'category'),
	col(1, 'order_date', 'orderDate', 'date'),
	col(2, 'amount', 'amount', 'number')
];

async function run(content: string | Uint8Array, s: ImportSpec) {
	const out = await importFile(new File([content as BlobPart], 'f.csv'), s, { db });
	if ('error' in out) throw new Error(out.error.key);
	return out;
}

describe('a stray quote never loses rows', () => {
	it('reads all 2,000 rows of the `"VIP` file (was: 500 read = 499 imported + 1 rejected)', async () => {
		const out = await run(strayQuoteCsv(), spec(CUSTOMERS, 'customers'));
		expect(out.report.rowsRead).toBe(2000);
		expect(out.report.rowsImported).toBe(2000);
		expect(out.report.rowsRejected).toBe(0);
		expect(out.report.notes).toContainEqual({
			key: 'import.note.unbalancedQuote',
			params: { count: 1, lines: '501' }
		});
	});

	it('rejects the broken line with "unbalanced quote" when its fields do not fit, and reads the rest', async () => {
		const csv = strayQuoteCsv(2000, 500).replace(
			'C00500,Name 500,"VIP,600',
			'C00500,Name 500,"VIP,600,extra'
		);
		const out = await run(csv, spec(CUSTOMERS, 'customers'));
		expect(out.report.rowsRead).toBe(2000);
		expect(out.report.rowsImported).toBe(1999);
		expect(out.report.byReason).toEqual({ unbalancedQuote: 1 });
		const rejected = await readRejected(db, out.datasetId);
		expect(rejected.map((r) => [r.line, r.reason, r.cells[0]])).toEqual([[501, 'unbalancedQuote', 'C00500']]);
	});
});

describe('damaged text is imported, not refused', () => {
	it('removes three NUL bytes and imports all 2,000 rows with a note', async () => {
		const out = await run(nulBytesCsv(), spec(CUSTOMERS.slice(0, 1), 'customers'));
		expect(out.report.rowsRead).toBe(2000);
		expect(out.report.rowsImported).toBe(2000);
		expect(out.report.notes).toContainEqual({ key: 'import.note.controlRemoved', params: { count: 3 } });
	});

	it('rejects the GBK rows of a UTF-8 file as undecodable text and says which lines', async () => {
		const out = await run(mixedEncodingCsv(), spec(ORDERS, 'transactions'));
		expect(out.report.rowsRead).toBe(5);
		expect(out.report.rowsImported).toBe(3);
		expect(out.report.byReason).toEqual({ undecodableText: 2 });
		expect(out.report.notes).toContainEqual({
			key: 'import.note.undecodable',
			params: { count: 2, lines: '5, 6', encoding: 'utf-8' }
		});
		const rejected = await readRejected(db, out.datasetId);
		expect(rejected.map((r) => r.line)).toEqual([5, 6]);
	});
});

describe('blank and oversized rows', () => {
	it('skips trailing rows of only delimiters and blank lines, and counts them', async () => {
		const out = await run(trailingBlankRowsCsv(), spec(ORDERS, 'transactions'));
		expect(out.report.rowsRead).toBe(2);
		expect(out.report.rowsRejected).toBe(0);
		expect(out.report.notes).toContainEqual({ key: 'import.note.blankLines', params: { count: 4 } });
	});

	it('rejects a row with a cell over 1 MB with its reason and keeps the rows around it', async () => {
		const columns = [...ORDERS, col(3, 'note', 'text', 'text')];
		const out = await run(hugeCellCsv(), spec(columns, 'transactions'));
		expect(out.report.rowsRead).toBe(3);
		expect(out.report.rowsImported).toBe(2);
		expect(out.report.byReason).toEqual({ cellTooLarge: 1 });
	});
});

describe('sniffing damaged text', () => {
	it('reads a UTF-8 head with GBK after it as UTF-8 and warns of the mixed encoding', async () => {
		const out = await sniffFile(new File([mixedEncodingCsv() as BlobPart], 'mixed.csv'));
		if ('error' in out) throw new Error(out.error.key);
		expect(out.preview.options.encoding).toBe('utf-8');
		expect(out.preview.headers).toEqual(['客户', '日期', '金额']);
		expect(out.preview.notes).toContainEqual({ key: 'import.note.mixedEncoding' });
	});

	it('takes a text file with NUL bytes near its start as text, and still refuses a binary file', async () => {
		const damaged = nulBytesCsv(20);
		expect(damaged.indexOf(0)).toBeLessThan(8192);
		const out = await sniffFile(new File([damaged as BlobPart], 'bank.csv'));
		if ('error' in out) throw new Error(out.error.key);
		expect(out.preview.headers).toEqual(['customer_id', 'age', 'job', 'balance']);
		const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 17);
		expect(await sniffFile(new File([binary], 'x.csv'))).toEqual({ error: { key: 'import.error.binary' } });
	});
});

describe('bounded resources', () => {
	it('keeps only the first 1,000 characters of an oversized cell in the rejected row', async () => {
		const columns = [...ORDERS, col(3, 'note', 'text', 'text')];
		const out = await run(hugeCellCsv(), spec(columns, 'transactions'));
		const [rejected] = await readRejected(db, out.datasetId);
		expect(rejected.reason).toBe('cellTooLarge');
		expect(rejected.cells[3]).toBe(`${'x'.repeat(1000)}… (${1024 * 1024 + 10} characters)`);
		expect(rejected.cells[0]).toBe('B');
	});

	it('refuses a 1 MB zip that inflates to 1 GB before inflating it, in well under a second', async () => {
		const bomb = await zipBombXlsx(1);
		expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
		const started = performance.now();
		const out = await sniffFile(new File([bomb as BlobPart], 'report.xlsx'));
		expect(out).toEqual({ error: { key: 'import.error.workbookInflates', params: { mb: 1024, cap: 800 } } });
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('refuses an import that would store more columns than the cap, with the numbers', async () => {
		const columns = Array.from({ length: 301 }, (_, i) =>
			col(i, `m${i}`, i === 0 ? 'customerId' : 'numeric', i === 0 ? 'category' : 'number')
		);
		const out = await importFile(new File(['a\n1\n'], 'w.csv'), spec(columns, 'customers'), { db });
		expect(out).toEqual({ error: { key: 'import.error.tooManyColumns', params: { total: 301, max: 300 } } });
	});

	it('previews a 20,000-column file with duplicate names quickly, with a few notes and a count', async () => {
		const started = performance.now();
		const out = await sniffFile(new File([wideCsv(20000, 5)], 'wide.csv'));
		if ('error' in out) throw new Error(out.error.key);
		expect(out.preview.headers).toHaveLength(20000);
		expect(out.preview.headers[19999]).toBe('metric (19997)');
		// past the guessed columns only 3 rows of samples cross to the page
		expect(out.preview.rows.map((r) => r.length)).toEqual([20000, 20000, 20000, 200, 200]);
		expect(out.preview.notes.filter((n) => n.key === 'import.note.duplicateHeader')).toHaveLength(5);
		expect(out.preview.notes).toContainEqual({ key: 'import.note.moreRenamed', params: { count: 19991 } });
		expect(performance.now() - started).toBeLessThan(3000);
	});
});

describe('header row of a short ragged file', () => {
	it('keeps the first row as the header when the widest row is the last one', async () => {
		const csv =
			'customer_id,amount,,amount,order_date\nA1,10,x,11,2024-01-01\nA2,20\nA3,30,y,31,2024-01-03,EXTRA\n';
		const out = await sniffFile(new File([csv], 'ragged.csv'));
		if ('error' in out) throw new Error(out.error.key);
		expect(out.preview.options.headerRow).toBe(0);
		expect(out.preview.rows).toHaveLength(3);
	});
});
