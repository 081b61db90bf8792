import { describe, expect, it } from 'vitest';
import { ColumnBuilder, MAX_CELL_CHARS, type BuildSummary } from '$lib/import/column-builder';
import type { ColumnSpec } from '$lib/domain/columns';

const TX_COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'customer', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' },
	{ key: 'c3', header: 'qty', source: 3, role: 'quantity', type: 'number' },
	{ key: 'c4', header: 'channel', source: 4, role: 'channel', type: 'category' },
	{ key: 'c5', header: 'note', source: 5, role: 'text', type: 'text' }
];

function expectBalanced(s: BuildSummary) {
	expect(s.rowsRead).toBe(s.rowsImported + s.rowsRejected);
	const byReason = Object.values(s.byReason).reduce((a, b) => a + (b ?? 0), 0);
	expect(byReason).toBe(s.rowsRejected);
}

function build(
	rows: string[][],
	columns = TX_COLUMNS,
	shape: 'transactions' | 'customers' = 'transactions',
	chunkSize = 50_000
) {
	const b = new ColumnBuilder({ columns, shape, fieldCount: 6, chunkSize });
	rows.forEach((r, i) => b.push(r, i + 2));
	b.finish();
	return {
		b,
		chunks: b.takeChunks(),
		rejects: b.takeRejectChunks().flatMap((c) => c.rejected),
		s: b.summary()
	};
}

describe('ColumnBuilder', () => {
	it('stores each type in its typed array and codes categories into a growing dictionary', () => {
		const { chunks, s } = build([
			['A1', '2024-03-05', '10.5', '2', 'web', 'first'],
			['B2', '2024-03-06', '20', '', 'shop', ''],
			['A1', '2024-03-07', '30', 'x', 'web', 'third']
		]);
		expect(chunks).toHaveLength(1);
		const c = chunks[0].columns;
		expect(Array.from(c.c0 as Int32Array)).toEqual([0, 1, 0]);
		expect(Array.from(c.c1 as Float64Array)).toEqual([
			Date.UTC(2024, 2, 5),
			Date.UTC(2024, 2, 6),
			Date.UTC(2024, 2, 7)
		]);
		expect(Array.from(c.c2 as Float64Array)).toEqual([10.5, 20, 30]);
		const qty = c.c3 as Float64Array;
		expect(qty[0]).toBe(2);
		expect(Number.isNaN(qty[1])).toBe(true);
		expect(Number.isNaN(qty[2])).toBe(true);
		expect(Array.from(c.c4 as Int32Array)).toEqual([0, 1, 0]);
		expect(c.c5).toEqual(['first', '', 'third']);
		expect(s.dictionaries).toEqual([
			{ column: 'c0', values: ['A1', 'B2'] },
			{ column: 'c4', values: ['web', 'shop'] }
		]);
		expect(s.customerCount).toBe(2);
		// qty: one empty (missing), one 'x' (invalid, kept as missing); note: one empty.
		expect(s.columns.find((q) => q.key === 'c3')).toEqual({
			key: 'c3',
			header: 'qty',
			missing: 1,
			invalid: 1
		});
		expect(s.columns.find((q) => q.key === 'c5')).toEqual({
			key: 'c5',
			header: 'note',
			missing: 1,
			invalid: 0
		});
		expect(s.rowsImported).toBe(3);
		expectBalanced(s);
	});

	it('rejects each bad row with its line number and reason, and keeps read = imported + rejected', () => {
		const huge = 'x'.repeat(MAX_CELL_CHARS + 1);
		const { rejects, s } = build([
			['', '2024-01-01', '1', '', '', ''], // line 2: missing id
			['C', 'not a date', '1', '', '', ''], // 3
			['C', '2024-01-01', 'abc', '', '', ''], // 4
			['C', '2024-01-01', '', '', '', ''], // 5: empty amount in a transaction
			['C', '2024-01-01', '1', '', '', '', 'extra'], // 6: extra non-empty cell
			['C', '2024-01-01', '1', '', '', '', '', ' '], // 7: extra empty cells: tolerated
			['C', '2024-01-01', '1'], // 8: too few, id kept: tolerated
			[], // 9: blank
			[''], // 10: blank
			['C', '2024-01-01', '1', '', '', huge], // 11
			['C', '2024-01-01', '5', '', '', ''] // 12
		]);
		expect(rejects.map((r) => [r.line, r.reason])).toEqual([
			[2, 'missingCustomerId'],
			[3, 'unparsableDate'],
			[4, 'unparsableNumber'],
			[5, 'missingValue'],
			[6, 'tooManyFields'],
			[11, 'cellTooLarge']
		]);
		expect(rejects[1].column).toBe('date');
		expect(rejects[0].cells).toEqual(['', '2024-01-01', '1', '', '', '']);
		expect(s.rowsRead).toBe(9);
		expect(s.rowsImported).toBe(3);
		expect(s.rowsRejected).toBe(6);
		expect(s.blankLines).toBe(2);
		expect(s.raggedTolerated).toBe(2);
		expect(s.byReason).toEqual({
			missingCustomerId: 1,
			unparsableDate: 1,
			unparsableNumber: 1,
			missingValue: 1,
			tooManyFields: 1,
			cellTooLarge: 1
		});
		expectBalanced(s);
	});

	it('rejects a short row that loses the customer id as tooFewFields', () => {
		const columns: ColumnSpec[] = [
			{ key: 'c0', header: 'amount', source: 0, role: 'monetary', type: 'number' },
			{ key: 'c1', header: 'id', source: 5, role: 'customerId', type: 'text' }
		];
		const { rejects, s } = build(
			[
				['1', '', '', '', '', 'K1'],
				['2', '']
			],
			columns,
			'customers'
		);
		expect(rejects.map((r) => r.reason)).toEqual(['tooFewFields']);
		expect(s.rowsImported).toBe(1);
		expectBalanced(s);
	});

	it('keeps the first row of a repeated customer id in the customers shape and rejects the rest', () => {
		const columns: ColumnSpec[] = [
			{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
			{ key: 'c1', header: 'spend', source: 1, role: 'monetary', type: 'number' }
		];
		const { chunks, rejects, s } = build(
			[
				['a', '1'],
				['b', '2'],
				['a', '3'],
				['a', '4'],
				[' b ', '5']
			],
			columns,
			'customers'
		);
		expect(Array.from(chunks[0].columns.c1 as Float64Array)).toEqual([1, 2]);
		expect(rejects.map((r) => [r.line, r.reason])).toEqual([
			[4, 'duplicateCustomer'],
			[5, 'duplicateCustomer'],
			[6, 'duplicateCustomer']
		]);
		expect(s.duplicateIds).toBe(3);
		expect(s.customerCount).toBe(2);
		// the dictionary holds only ids of imported rows
		expect(s.dictionaries[0].values).toEqual(['a', 'b']);
		expectBalanced(s);
	});

	it('detects duplicates of a text-typed id too', () => {
		const columns: ColumnSpec[] = [{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'text' }];
		const { s } = build([['000123'], ['123'], ['000123']], columns, 'customers');
		expect(s.rowsImported).toBe(2);
		expect(s.duplicateIds).toBe(1);
		expect(s.customerCount).toBe(2);
	});

	it('cuts chunks at the chunk size, numbered in order, with the remainder in a last short chunk', () => {
		const rows = Array.from({ length: 7 }, (_, i) => [`id${i % 3}`, '2024-01-01', String(i), '', '', '']);
		const { chunks, s } = build(rows, TX_COLUMNS, 'transactions', 3);
		expect(chunks.map((c) => [c.index, c.length])).toEqual([
			[0, 3],
			[1, 3],
			[2, 1]
		]);
		expect(Array.from(chunks[2].columns.c2 as Float64Array)).toEqual([6]);
		expect((chunks[2].columns.c2 as Float64Array).buffer.byteLength).toBe(8);
		expect(s.chunkCount).toBe(3);
		expect(s.customerCount).toBe(3);
	});

	it('treats booleans per the boolean parser and null tokens as missing', () => {
		const columns: ColumnSpec[] = [
			{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
			{ key: 'c1', header: 'churn', source: 1, role: 'churn', type: 'boolean' }
		];
		const { chunks, s } = build(
			[
				['a', 'Yes'],
				['b', 'No'],
				['c', 'NULL'],
				['d', 'perhaps']
			],
			columns,
			'customers'
		);
		expect(Array.from(chunks[0].columns.c1 as Int8Array)).toEqual([1, 0, -1, -1]);
		expect(s.columns[1]).toEqual({ key: 'c1', header: 'churn', missing: 1, invalid: 1 });
	});

	it('does not store columns mapped to ignore', () => {
		const columns: ColumnSpec[] = [
			{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
			{ key: 'c1', header: 'junk', source: 1, role: 'ignore', type: 'text' }
		];
		const { chunks } = build([['a', 'zzz']], columns, 'customers');
		expect(Object.keys(chunks[0].columns)).toEqual(['c0']);
	});
});
