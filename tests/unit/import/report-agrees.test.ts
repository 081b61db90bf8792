// #10 item 6 through the whole pipeline: the report's notes never contradict its rejections.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { StrataDb } from '$lib/storage/db';
import { importFile } from '$lib/import/run-import';
import type { ColumnSpec } from '$lib/domain/columns';
import type { ImportSpec } from '$lib/import/types';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`agree-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' },
	{ key: 'c3', header: 'note', source: 3, role: 'text', type: 'text' }
];
const spec = (sheet?: string): ImportSpec => ({
	name: 't',
	shape: 'transactions',
	columns: COLUMNS,
	options: {
		encoding: 'utf-8',
		delimiter: ',',
		headerRow: 0,
		firstRowIsData: false,
		...(sheet ? { sheet } : {})
	}
});

describe('import messages that agree', () => {
	it('does not call XLSX rows whose last cells are empty "rows with a different number of fields"', async () => {
		const ws = utils.aoa_to_sheet([
			['id', 'date', 'amount', 'note'],
			['A', '2024-01-01', 5, 'first'],
			['B', '2024-01-02', 6], // the note is empty: the sheet stores 3 cells
			['C', '2024-01-03', 7]
		]);
		const wb = utils.book_new();
		utils.book_append_sheet(wb, ws, 'Orders');
		const bytes = write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
		const out = await importFile(new File([bytes], 'orders.xlsx'), spec('Orders'), { db });
		if ('error' in out) throw new Error(out.error.key);
		expect(out.report.rowsImported).toBe(3);
		expect(out.report.notes.map((x) => x.key)).not.toContain('import.note.raggedRows');
	});

	it('counts only imported rows as ragged, and calls empty dates missing, not "not a date"', async () => {
		const csv = 'id,date,amount,note\nA,2024-01-01,5\nB,,6\nC,2024-01-03,7,x\n';
		const out = await importFile(new File([csv], 'o.csv'), spec(), { db });
		if ('error' in out) throw new Error(out.error.key);
		expect(out.report.byReason).toEqual({ missingValue: 1 });
		expect(out.report.notes).toContainEqual({ key: 'import.note.raggedRows', params: { count: 1 } });
		expect(out.report.columns.find((c) => c.key === 'c1')).toMatchObject({ missing: 1, invalid: 0 });
	});
});
