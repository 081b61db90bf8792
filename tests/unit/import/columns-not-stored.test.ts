// A wide file imports only the columns given a meaning; the report says how many of the file's columns were not
// stored, so no column goes missing unsaid (issue #9 item 6).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { importFile } from '$lib/import/run-import';
import type { ColumnSpec } from '$lib/domain/columns';
import type { ImportSpec } from '$lib/import/types';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`not-stored-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

const STORED: ColumnSpec[] = [
	{ key: 'c0', header: 'customer_id', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'order_date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' }
];
const spec = (columns: ColumnSpec[]): ImportSpec => ({
	name: 'wide',
	shape: 'transactions',
	columns,
	options: { encoding: 'utf-8', delimiter: ',', headerRow: 0, firstRowIsData: false }
});

function wideCsv(columns: number): string {
	const header = ['customer_id', 'order_date', 'amount'];
	for (let c = 3; c < columns; c++) header.push(`m${c}`);
	const row = (id: string, day: number) => [id, `2024-01-0${day}`, '10', ...header.slice(3).map(() => '1')];
	return [header, row('A', 1), row('B', 2)].map((r) => r.join(',')).join('\n') + '\n';
}

const notStored = (notes: { key: string; params?: Record<string, string | number> }[]) =>
	notes.filter((x) => x.key === 'import.note.columnsNotStored');

describe('columns set to Ignore', () => {
	it('are counted in the report when only the columns to store are sent (a 400-column file, 3 stored)', async () => {
		const out = await importFile(new File([wideCsv(400)], 'wide.csv'), spec(STORED), { db });
		if ('error' in out) throw new Error(out.error.key);
		expect(out.report.rowsImported).toBe(2);
		expect(notStored(out.report.notes)).toEqual([
			{ key: 'import.note.columnsNotStored', params: { count: 397, total: 400 } }
		]);
	});

	it('are counted the same when they are sent marked Ignore', async () => {
		const ignored: ColumnSpec[] = [
			...STORED,
			{ key: 'c3', header: 'm3', source: 3, role: 'ignore', type: 'text' },
			{ key: 'c4', header: 'm4', source: 4, role: 'ignore', type: 'text' }
		];
		const out = await importFile(new File([wideCsv(5)], 'wide.csv'), spec(ignored), { db });
		if ('error' in out) throw new Error(out.error.key);
		expect(notStored(out.report.notes)).toEqual([
			{ key: 'import.note.columnsNotStored', params: { count: 2, total: 5 } }
		]);
	});

	it('give no note when every column of the file is stored', async () => {
		const out = await importFile(new File([wideCsv(3)], 'narrow.csv'), spec(STORED), { db });
		if ('error' in out) throw new Error(out.error.key);
		expect(notStored(out.report.notes)).toEqual([]);
	});
});
