import { describe, expect, it } from 'vitest';
import { columnKeysFor, prepareInput, type DatasetLike } from '$lib/domain/analysis-input';
import type { ColumnSpec } from '$lib/domain/columns';

const col = (key: string, role: ColumnSpec['role'], type: ColumnSpec['type'], header = key): ColumnSpec => ({
	key,
	header,
	source: 0,
	role,
	type
});
const DAY = 86_400_000;

const txDataset: DatasetLike = {
	id: 'd1',
	shape: 'transactions',
	rowCount: 4,
	customerCount: 2,
	columns: [
		col('c0', 'customerId', 'category'),
		col('c1', 'orderDate', 'date'),
		col('c2', 'amount', 'number'),
		col('c3', 'customerName', 'text'),
		col('c4', 'region', 'category')
	]
};

describe('prepareInput for order lines', () => {
	it('uses the customer codes as customer indices and the dictionary as ids', () => {
		const cols = {
			c0: Int32Array.from([0, 1, 0, 1]),
			c1: Float64Array.from([0, DAY, 2 * DAY, 3 * DAY]),
			c2: Float64Array.from([10, 20, 30, 40]),
			c3: ['', 'Bo', 'Ann', 'Bob']
		};
		const p = prepareInput(txDataset, cols, { c0: ['A-1', 'B-2'] });
		if ('error' in p) throw new Error(p.error.key);
		expect(p.input.customerCount).toBe(2);
		expect(p.ids).toEqual(['A-1', 'B-2']);
		if (p.input.shape !== 'transactions') throw new Error('shape');
		expect(Array.from(p.input.tx.customer)).toEqual([0, 1, 0, 1]);
		expect(Array.from(p.input.tx.amount)).toEqual([10, 20, 30, 40]);
		// The first non-empty name on each customer's lines.
		expect(p.names).toEqual(['Ann', 'Bo']);
		expect(p.warnings).toEqual([]);
	});

	it('reads only the columns whose roles the engine uses', () => {
		expect(columnKeysFor(txDataset).sort()).toEqual(['c0', 'c1', 'c2', 'c3']);
	});

	it('computes amounts as quantity × unit price when no amount column is mapped, and says so', () => {
		const ds: DatasetLike = {
			...txDataset,
			columns: [
				col('c0', 'customerId', 'category'),
				col('c1', 'orderDate', 'date'),
				col('q', 'quantity', 'number'),
				col('u', 'unitPrice', 'number')
			]
		};
		const p = prepareInput(
			ds,
			{
				c0: Int32Array.from([0, 0]),
				c1: Float64Array.from([0, DAY]),
				q: Float64Array.from([2, 3]),
				u: Float64Array.from([5, 1.5])
			},
			{ c0: ['A'] }
		);
		if ('error' in p || p.input.shape !== 'transactions') throw new Error('expected transactions');
		expect(Array.from(p.input.tx.amount)).toEqual([10, 4.5]);
		expect(p.warnings.map((w) => w.key)).toEqual(['views.warning.amountFromPrice']);
	});

	it('ranks by frequency, recency and tenure when there are no amounts at all', () => {
		const ds: DatasetLike = {
			...txDataset,
			columns: [col('c0', 'customerId', 'category'), col('c1', 'orderDate', 'date')]
		};
		const p = prepareInput(ds, { c0: Int32Array.from([0]), c1: Float64Array.from([0]) }, { c0: ['A'] });
		if ('error' in p) throw new Error(p.error.key);
		expect(p.warnings.map((w) => w.key)).toEqual(['views.warning.noAmounts']);
		expect(p.fallbackDefinitions.value?.weights).toEqual({ frequency: 60, recency: 25, tenure: 15 });
	});

	it('codes a text customer id column in order of first appearance', () => {
		const ds: DatasetLike = {
			...txDataset,
			columns: [
				col('id', 'customerId', 'text'),
				col('c2', 'amount', 'number'),
				col('c1', 'orderDate', 'date')
			]
		};
		const p = prepareInput(
			ds,
			{ id: ['x', 'y', 'x', ''], c2: Float64Array.from([1, 2, 3, 4]), c1: Float64Array.from([0, 0, 0, 0]) },
			{}
		);
		if ('error' in p || p.input.shape !== 'transactions') throw new Error('expected transactions');
		expect(p.ids).toEqual(['x', 'y']);
		expect(Array.from(p.input.tx.customer)).toEqual([0, 1, 0, -1]);
	});

	it('refuses order lines without a customer id column', () => {
		const ds: DatasetLike = { ...txDataset, columns: [col('c2', 'amount', 'number')] };
		expect(prepareInput(ds, { c2: Float64Array.from([1]) }, {})).toEqual({
			error: { key: 'views.error.noCustomerId' }
		});
	});
});

describe('prepareInput for a customer list', () => {
	const ds: DatasetLike = {
		id: 'd2',
		shape: 'customers',
		rowCount: 3,
		customerCount: 3,
		columns: [
			col('a', 'customerId', 'category'),
			col('b', 'monetary', 'number'),
			col('c', 'frequency', 'number'),
			col('d', 'recencyDays', 'number'),
			col('e', 'tenure', 'number', 'Tenure (days)'),
			col('f', 'phone', 'text')
		]
	};

	it('takes one customer per row, with ids through the dictionary and the aggregates as given', () => {
		const p = prepareInput(
			ds,
			{
				a: Int32Array.from([2, 0, 1]),
				b: Float64Array.from([100, 200, 300]),
				c: Float64Array.from([1, 2, 3]),
				d: Float64Array.from([5, 50, 500]),
				e: Float64Array.from([30, 60, 90]),
				f: ['138', '139', '']
			},
			{ a: ['K1', 'K2', 'K3'] }
		);
		if ('error' in p || p.input.shape !== 'customers') throw new Error('expected customers');
		expect(p.ids).toEqual(['K3', 'K1', 'K2']);
		expect(p.phones).toEqual(['138', '139', '']);
		expect(Array.from(p.input.columns.monetary ?? [])).toEqual([100, 200, 300]);
		expect(p.input.tenureUnit).toBe('days');
		expect(p.warnings).toEqual([]);
	});

	it('adds up several spend columns (spend per category, as UCI Wholesale) into total spend', () => {
		const wholesale: DatasetLike = {
			id: 'w',
			shape: 'customers',
			rowCount: 3,
			customerCount: 3,
			columns: [
				col('r', 'customerId', 'category', 'Row number'),
				col('fresh', 'monetary', 'number', 'Fresh'),
				col('milk', 'monetary', 'number', 'Milk'),
				col('channel', 'categorical', 'category', 'Channel')
			]
		};
		expect(columnKeysFor(wholesale).sort()).toEqual(['fresh', 'milk', 'r']);
		const p = prepareInput(
			wholesale,
			{
				r: Int32Array.from([0, 1, 2]),
				fresh: Float64Array.from([12669, NaN, NaN]),
				milk: Float64Array.from([9656, 9810, NaN])
			},
			{ r: ['1', '2', '3'] }
		);
		if ('error' in p || p.input.shape !== 'customers') throw new Error('expected customers');
		expect(Array.from(p.input.columns.monetary ?? [])).toEqual([22325, 9810, NaN]);
	});

	it('reads tenure in months unless the header says days', () => {
		const months = {
			...ds,
			columns: ds.columns.map((c) => (c.role === 'tenure' ? { ...c, header: '在网时长' } : c))
		};
		const p = prepareInput(months, { a: Int32Array.from([0]), e: Float64Array.from([3]) }, { a: ['K'] });
		if ('error' in p || p.input.shape !== 'customers') throw new Error('expected customers');
		expect(p.input.tenureUnit).toBe('months');
	});
});
