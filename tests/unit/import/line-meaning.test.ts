// Order-line rules inside the column builder: derived amounts, refunds signed negative (and never a purchase day),
// amount checks, totals rows, and messages that agree with the column table (#10 item 6).
import { describe, expect, it } from 'vitest';
import { ColumnBuilder } from '$lib/import/column-builder';
import { DERIVED_AMOUNT_KEY, derivedAmountSpec, DEFAULT_LINE_RULES } from '$lib/domain/line-rules';
import { computeIndicators } from '$lib/domain/indicators';
import type { ColumnSpec } from '$lib/domain/columns';

const BASE: ColumnSpec[] = [
	{ key: 'c0', header: 'order', source: 0, role: 'orderId', type: 'text' },
	{ key: 'c1', header: 'customer', source: 1, role: 'customerId', type: 'category' },
	{ key: 'c2', header: 'date', source: 2, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c3', header: 'qty', source: 3, role: 'quantity', type: 'number' },
	{ key: 'c4', header: 'price', source: 4, role: 'unitPrice', type: 'number' },
	{ key: 'c5', header: 'status', source: 5, role: 'orderStatus', type: 'category' }
];
const DERIVED = [...BASE, derivedAmountSpec(BASE, { quantity: 3, unitPrice: 4 })];

function build(
	rows: string[][],
	columns = DERIVED,
	extra: Partial<ConstructorParameters<typeof ColumnBuilder>[0]> = {}
) {
	const b = new ColumnBuilder({ columns, shape: 'transactions', fieldCount: 6, ...extra });
	rows.forEach((r, i) => b.push(r, i + 2));
	b.finish();
	const chunks = b.takeChunks();
	return { s: b.summary(), chunks, rejects: b.takeRejectChunks().flatMap((c) => c.rejected) };
}

describe('derived amounts and refunds in the builder', () => {
	it('stores quantity × unit price, negative for cancellations, returns and refund statuses', () => {
		const { s, chunks } = build([
			['1', 'A', '2024-01-01', '2', '5', ''],
			['C2', 'A', '2024-01-05', '-1', '5', ''], // C-number and negative quantity
			['3', 'B', '2024-01-02', '1', '８．５', '退款成功'], // full-width price, refund status
			['4', 'B', '2024-01-03', '3', '¥1,000', '交易成功'],
			['5', 'B', '2024-01-04', '1', '20', 'Cancelled']
		]);
		expect(Array.from(chunks[0].columns[DERIVED_AMOUNT_KEY] as Float64Array)).toEqual([
			10, -5, -8.5, 3000, -20
		]);
		expect(s.lines).toEqual({ refunds: 3, amountMismatches: 0, amountChecked: 0 });
	});

	it('never lets a refund create a purchase day, frequency or recency', () => {
		const { chunks } = build([
			['1', 'A', '2024-01-01', '2', '5', ''],
			['C2', 'A', '2024-01-20', '-1', '5', '']
		]);
		const cols = chunks[0].columns;
		const ind = computeIndicators(
			{
				customer: cols.c1 as Int32Array,
				date: cols.c2 as Float64Array,
				amount: cols[DERIVED_AMOUNT_KEY] as Float64Array
			},
			1
		);
		expect(ind.monetary[0]).toBe(5);
		expect(ind.frequency[0]).toBe(1);
		expect(ind.lastPurchase[0]).toBe(Date.UTC(2024, 0, 1));
		expect(ind.refundCount[0]).toBe(1);
	});

	it('rejects lines whose quantity or price is empty or unreadable, saying which and why', () => {
		const { rejects, s } = build([
			['1', 'A', '2024-01-01', '', '5', ''],
			['2', 'A', '2024-01-01', '2', 'abc', ''],
			['3', 'A', '2024-01-01', '0', '5', 'refunded'],
			['4', '', '2024-01-01', '1', '5', '']
		]);
		expect(rejects.map((r) => [r.reason, r.column])).toEqual([
			['missingValue', 'qty'],
			['unparsableNumber', 'price'],
			['refundWithoutAmount', undefined],
			['missingCustomerId', 'customer']
		]);
		expect(s.rowsImported).toBe(0);
	});

	it('keeps a stated amount over the derived one and counts lines off by more than a cent', () => {
		const columns: ColumnSpec[] = [
			...BASE.slice(0, 5),
			{ key: 'c5', header: 'amount', source: 5, role: 'amount', type: 'number' }
		];
		const { s, chunks } = build(
			[
				['1', 'A', '2024-01-01', '3', '1.1', '3.30'],
				['2', 'A', '2024-01-02', '2', '5', '10.01'],
				['3', 'A', '2024-01-03', '2', '5', '12'],
				['C4', 'A', '2024-01-04', '-2', '5', '10'] // positive amount on a cancellation: stored −10, no mismatch
			],
			columns
		);
		expect(Array.from(chunks[0].columns.c5 as Float64Array)).toEqual([3.3, 10.01, 12, -10]);
		expect(s.lines).toEqual({ refunds: 1, amountMismatches: 1, amountChecked: 4 });
		const off = build([['2', 'A', '2024-01-02', '2', '5', '12']], columns, {
			lineRules: { ...DEFAULT_LINE_RULES, derivedAmount: false }
		});
		expect(off.s.lines?.amountChecked).toBe(0);
	});

	it('rejects totals rows and keeps the cancellation prefix off when asked', () => {
		const { rejects, s } = build(
			[
				['C1', 'A', '2024-01-01', '2', '5', ''],
				['合计', '', '', '2', '', ''],
				['', 'Grand Total', '', '2', '', '']
			],
			DERIVED,
			{ lineRules: { ...DEFAULT_LINE_RULES, cancelPrefix: '' } }
		);
		// 合计's quantity 2 closes the one line above it; Grand Total's 2 then sums the whole file (#9 totals by sums).
		expect(rejects.map((r) => r.reason)).toEqual(['totalsRow', 'grandTotalRow']);
		expect(s.lines?.refunds).toBe(0);
	});
});

describe('import messages that agree (#10 item 6)', () => {
	const SIMPLE: ColumnSpec[] = [
		{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
		{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
		{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' },
		{ key: 'c3', header: 'note', source: 3, role: 'text', type: 'text' }
	];
	const run = (rows: string[][], shortRowsAreNormal = false) => {
		const b = new ColumnBuilder({
			columns: SIMPLE,
			shape: 'transactions',
			fieldCount: 4,
			shortRowsAreNormal
		});
		rows.forEach((r, i) => b.push(r, i + 2));
		b.finish();
		return { s: b.summary(), rejects: b.takeRejectChunks().flatMap((c) => c.rejected) };
	};

	it('calls an empty date cell missing, not "not a date", and counts it as missing in the column table', () => {
		const { s, rejects } = run([
			['A', '', '5', 'x'],
			['A', 'soon', '5', 'x']
		]);
		expect(rejects.map((r) => r.reason)).toEqual(['missingValue', 'unparsableDate']);
		expect(s.columns.find((c) => c.key === 'c1')).toMatchObject({ missing: 1, invalid: 1 });
	});

	it('counts rows with a different number of fields only among the imported ones', () => {
		const { s } = run([
			['A', '2024-01-01', '5'], // short, imported
			['A', '', '5'], // short, rejected
			['', '2024-01-01', '5', 'x', ''] // long, rejected
		]);
		expect(s.raggedTolerated).toBe(1);
		expect(s.rowsRejected).toBe(2);
	});

	it('does not count a sheet row that ends early (XLSX drops trailing empty cells) as a different field count', () => {
		const { s } = run([['A', '2024-01-01', '5']], true);
		expect(s.raggedTolerated).toBe(0);
		expect(s.rowsImported).toBe(1);
	});
});

describe('the header line repeated part-way down (several exports pasted into one file)', () => {
	const SIMPLE: ColumnSpec[] = [
		{ key: 'c0', header: 'customer_id', source: 0, role: 'customerId', type: 'category' },
		{ key: 'c1', header: 'order_date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
		{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' }
	];
	it('rejects it as a repeated header, not as "not a date", and keeps every other row', () => {
		const b = new ColumnBuilder({ columns: SIMPLE, shape: 'transactions', fieldCount: 3 });
		const rows = [
			['A', '2024-01-01', '5'],
			['customer_id', 'order_date', 'amount'],
			['B', '2024-01-02', '6'],
			[' customer_id ', 'order_date', 'amount'],
			['customer_id', '2024-01-03', '7'] // a customer really called "customer_id" is still a customer
		];
		rows.forEach((r, i) => b.push(r, i + 2));
		b.finish();
		const rejects = b.takeRejectChunks().flatMap((c) => c.rejected);
		expect(rejects.map((r) => [r.line, r.reason])).toEqual([
			[3, 'repeatedHeader'],
			[5, 'repeatedHeader']
		]);
		expect(b.summary().rowsImported).toBe(3);
	});
});
