import { describe, expect, it } from 'vitest';
import { defaultBasis, rankCustomers } from '$lib/domain/strategies/ranking';

const clv = Float64Array.from([1000, 400, 800, NaN]);
const valueScore = Float64Array.from([10, 90, 50, 70]);

describe('rankCustomers', () => {
	it('orders by CLV × churn probability when churn scores exist', () => {
		const churnProbability = Float64Array.from([0.1, 0.9, 0.5, 0.8]);
		// 100, 360, 400, NaN → 2, 1, 0, then 3 (NaN last).
		const cols = { clv, valueScore, churnProbability };
		expect(defaultBasis(cols)).toBe('clvRisk');
		expect(Array.from(rankCustomers(Int32Array.from([0, 1, 2, 3]), 'clvRisk', cols))).toEqual([2, 1, 0, 3]);
	});

	it('orders by CLV without churn scores, falling back to the value score where CLV is missing', () => {
		const cols = { clv, valueScore };
		expect(defaultBasis(cols)).toBe('clv');
		// 1000, 400, 800, 70 → 0, 2, 1, 3.
		expect(Array.from(rankCustomers(Int32Array.from([0, 1, 2, 3]), 'clv', cols))).toEqual([0, 2, 1, 3]);
	});

	it('ranks only the given customers and keeps customer order on ties', () => {
		const cols = { clv: Float64Array.from([5, 7, 5, 7]), valueScore };
		expect(Array.from(rankCustomers(Int32Array.from([3, 2, 1, 0]), 'clv', cols))).toEqual([1, 3, 0, 2]);
		expect(Array.from(rankCustomers(Int32Array.from([1, 3]), 'valueScore', { clv, valueScore }))).toEqual([
			1, 3
		]);
	});
});
