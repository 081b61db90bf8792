import { describe, expect, it } from 'vitest';
import { queryCustomers } from '../../../src/routes/customers/customer-query';
import type { CustomerTable } from '$lib/domain/tiering-types';

const table = {
	ids: ['A', 'B', 'C', 'D'],
	tier: Int32Array.of(0, 1, 1, 2),
	segment: Uint8Array.of(0, 0, 0, 0),
	eightClass: Uint8Array.of(0, 0, 0, 0),
	lifecycle: Uint8Array.of(0, 0, 0, 0),
	valueScore: Float64Array.of(90, 60, 50, 10),
	recencyDays: Float64Array.of(1, 2, 3, 4),
	frequency: Float64Array.of(5, 3, 2, 1),
	monetary: Float64Array.of(500, 300, 200, 100),
	clv: Float64Array.of(400, 250, 150, NaN)
} as CustomerTable;

describe('queryCustomers with the predicted spend tier filter', () => {
	const base = {
		tier: null,
		segment: null,
		lifecycle: null,
		search: '',
		sort: 'valueScore' as const,
		descending: true
	};

	it('keeps only customers of the chosen spend tier; customers without a prediction (NaN) never match', () => {
		const column = Float64Array.of(0, 2, 0, NaN);
		expect(Array.from(queryCustomers(table, { ...base, spendTier: { column, value: 0 } }))).toEqual([0, 2]);
		expect(Array.from(queryCustomers(table, { ...base, spendTier: { column, value: 2 } }))).toEqual([1]);
		expect(Array.from(queryCustomers(table, { ...base, spendTier: null }))).toEqual([0, 1, 2, 3]);
	});
});
