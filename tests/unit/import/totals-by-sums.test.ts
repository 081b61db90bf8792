// A 合计 / Total / 小计 / Summe row is rejected as a totals row only when its amount (or quantity) equals the sum of
// the rows it closes ('totalsRow') or of the whole file above it ('grandTotalRow'); otherwise it is a customer who
// happens to be called "Total", imported like any other. Hand cases, then a property over random sheets.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ColumnBuilder } from '$lib/import/column-builder';
import type { ColumnSpec, DatasetShape } from '$lib/domain/columns';
import { TotalsSums } from '$lib/import/totals-check';

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'customer', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' }
];

function build(rows: string[][], columns = COLUMNS, shape: DatasetShape = 'transactions') {
	const b = new ColumnBuilder({ columns, shape, fieldCount: columns.length });
	rows.forEach((r, i) => b.push(r, i + 2));
	b.finish();
	const rejects = b.takeRejectChunks().flatMap((c) => c.rejected);
	return { s: b.summary(), rejects, chunks: b.takeChunks() };
}

describe('totals rows proven by their sums', () => {
	it('rejects a 合计 row whose amount is the sum of the rows above it', () => {
		const { s, rejects } = build([
			['A', '2024-01-01', '10.10'],
			['B', '2024-01-02', '20.20'],
			['合计', '', '30.30']
		]);
		expect(rejects.map((r) => [r.line, r.reason])).toEqual([[4, 'totalsRow']]);
		expect(s.rowsImported).toBe(2);
	});

	it('imports a customer called "Total" whose amount sums nothing', () => {
		const { s, rejects, chunks } = build([
			['A', '2024-01-01', '10'],
			['Total', '2024-01-02', '99'],
			['B', '2024-01-03', '5']
		]);
		expect(rejects).toEqual([]);
		expect(s.rowsImported).toBe(3);
		expect(s.customerCount).toBe(3);
		expect(s.dictionaries[0].values).toContain('Total');
		expect(Array.from(chunks[0].columns.c2 as Float64Array)).toEqual([10, 99, 5]);
	});

	it('tells subtotals (rows they close) from the grand total (the whole file)', () => {
		const { rejects, s } = build([
			['A', '2024-01-01', '1'],
			['B', '2024-01-01', '2'],
			['小计', '', '3'],
			['C', '2024-01-02', '4'],
			['Subtotal:', '', '4'],
			['Summe', '', '7'],
			['D', '2024-01-03', '7']
		]);
		expect(rejects.map((r) => [r.cells[0], r.reason])).toEqual([
			['小计', 'totalsRow'],
			['Subtotal:', 'totalsRow'],
			['Summe', 'grandTotalRow']
		]);
		expect(s.rowsImported).toBe(4);
	});

	it('counts rows rejected for other reasons (no customer id) in the sum a sheet shows', () => {
		const { rejects } = build([
			['A', '2024-01-01', '5'],
			['', '2024-01-01', '6'],
			['合计', '', '11']
		]);
		expect(rejects.map((r) => r.reason)).toEqual(['missingCustomerId', 'totalsRow']);
	});

	it('sums amounts as written: a refund line counts negative in the sheet and in the check', () => {
		const { rejects } = build([
			['A', '2024-01-01', '100'],
			['A', '2024-01-02', '-30'],
			['Total', '', '70']
		]);
		expect(rejects.map((r) => r.reason)).toEqual(['totalsRow']);
	});

	it('reads a customer list: the 合计 of the spend column', () => {
		const cols: ColumnSpec[] = [
			{ key: 'c0', header: '客户', source: 0, role: 'customerId', type: 'category' },
			{ key: 'c1', header: '累计消费', source: 1, role: 'monetary', type: 'number' }
		];
		const { rejects, s } = build(
			[
				['甲', '¥1,200'],
				['乙', '300'],
				['合计', '1500'],
				['Total', '8']
			],
			cols,
			'customers'
		);
		expect(rejects.map((r) => [r.cells[0], r.reason])).toEqual([['合计', 'totalsRow']]);
		expect(s.rowsImported).toBe(3);
	});
});

describe('TotalsSums', () => {
	it('matches within a cent and starts a new section after a proven total', () => {
		const t = new TotalsSums(1);
		t.add([0.1]);
		t.add([0.2]);
		expect(t.match([0.3])).toBe('section');
		expect(t.match([0.3])).toBe('file');
		t.add([1]);
		expect(t.match([1.004])).toBe('section');
		expect(t.match([5])).toBeUndefined();
	});
});

// Random sheets: rows of customers (some named Total), amounts in cents, and 合计 rows that sometimes carry the
// true sum of their section, sometimes a wrong one. A model in integer cents says what each row must become:
// read = imported + rejected always, and the rejected rows (totals rows, and unproven 合计 rows without a date)
// are exactly the model's, in order.
const cents = fc.integer({ min: -50_000, max: 500_000 });
const item = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({
			kind: fc.constant('data' as const),
			id: fc.constantFrom('A', 'B', 'Total', 'C9'),
			cents
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('total' as const),
			truthful: fc.boolean(),
			grand: fc.boolean(),
			cents
		})
	}
);

test.prop([fc.array(item, { minLength: 1, maxLength: 60 })], {
	seed: Number(process.env.FC_SEED ?? 9009),
	numRuns: Number(process.env.FC_RUNS ?? 200)
})('read = imported + rejected, and only true sums are totals rows', (items) => {
	const rows: string[][] = [];
	const expected: string[] = [];
	let section = 0;
	let sectionRows = 0;
	let file = 0;
	let fileRows = 0;
	for (const it of items) {
		const id = it.kind === 'data' ? it.id : '合计';
		const value = it.kind === 'total' && it.truthful ? (it.grand ? file : section) : it.cents;
		rows.push([id, it.kind === 'data' ? '2024-03-05' : '', (value / 100).toFixed(2)]);
		const label = id === 'Total' || id === '合计';
		const kind =
			label && sectionRows > 0 && value === section
				? 'totalsRow'
				: label && fileRows > 0 && value === file
					? 'grandTotalRow'
					: undefined;
		if (kind) {
			expected.push(kind);
			section = 0;
			sectionRows = 0;
			continue;
		}
		section += value;
		file += value;
		sectionRows++;
		fileRows++;
		if (it.kind === 'total') expected.push('missingValue');
	}
	const { s, rejects } = build(rows);
	expect(s.rowsRead).toBe(rows.length);
	expect(s.rowsImported + s.rowsRejected).toBe(s.rowsRead);
	expect(rejects.map((r) => r.reason)).toEqual(expected);
});
