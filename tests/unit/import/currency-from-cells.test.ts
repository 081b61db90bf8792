// The import reads the currency off the amount cells as it parses them (issue #10): ¥88 and 88元 make a CNY
// dataset even when no header says so; plain numbers say nothing; quantities never count.
import { describe, expect, it } from 'vitest';
import { ColumnBuilder } from '$lib/import/column-builder';
import type { ColumnSpec } from '$lib/domain/columns';

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'customer', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'paid', source: 2, role: 'amount', type: 'number' },
	{ key: 'c3', header: 'qty', source: 3, role: 'quantity', type: 'number' }
];

function currencyOf(rows: string[][]) {
	const b = new ColumnBuilder({ columns: COLUMNS, shape: 'transactions', fieldCount: 4 });
	rows.forEach((r, i) => b.push(r, i + 2));
	b.finish();
	return { s: b.summary(), chunks: b.takeChunks() };
}

describe('currency from amount cells', () => {
	it('finds CNY in ¥ and 元 amounts and still stores the numbers', () => {
		const { s, chunks } = currencyOf([
			['A', '2024-01-01', '¥88', '1'],
			['B', '2024-01-02', '1,234.50元', '2'],
			['C', '2024-01-03', '12', '1']
		]);
		expect(s.currency).toBe('CNY');
		expect(Array.from(chunks[0].columns.c2 as Float64Array)).toEqual([88, 1234.5, 12]);
	});

	it('lets the most frequent symbol win ($ over a stray €)', () => {
		const { s } = currencyOf([
			['A', '2024-01-01', '$12.50', '1'],
			['B', '2024-01-02', 'US$5', '1'],
			['C', '2024-01-03', '€7', '1']
		]);
		expect(s.currency).toBe('USD');
	});

	it('says nothing for plain amounts, and ignores symbols outside money columns', () => {
		expect(currencyOf([['A', '2024-01-01', '88', '¥3']]).s.currency).toBeUndefined();
	});
});
