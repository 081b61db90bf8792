import { describe, expect, it } from 'vitest';
import { clvDataWarnings, clvSummaryFromTransactions } from '$lib/domain/clv/summary';
import type { TransactionColumns } from '$lib/domain/transactions';

const D0 = Date.parse('2024-01-01T00:00:00Z');
const at = (days: number) => D0 + days * 86_400_000;

// Customer 0: 10 + 5 on day 0, 20 on day 14, 30 on day 28, a refund of 5 on day 30.
// Customer 1: one purchase on day 35. Customer 2: nothing. Customer 3: only a purchase after the analysis date.
const tx: TransactionColumns = {
	customer: Int32Array.of(0, 0, 0, 0, 0, 1, 3),
	date: Float64Array.of(at(0), at(0), at(14), at(28), at(30), at(35), at(50)),
	amount: Float64Array.of(10, 5, 20, 30, -5, 40, 99)
};
const analysisDate = at(42);

describe('clvSummaryFromTransactions', () => {
	it('counts repeat purchase days, recency and age in weeks', () => {
		const s = clvSummaryFromTransactions(tx, 4, { analysisDate });
		expect(s.x[0]).toBe(2); // days 14 and 28 after the first day; the refund day is not a purchase
		expect(s.tx[0]).toBe(4);
		expect(s.T[0]).toBe(6);
		// Repeat spend = (net 60 − first-day 15) / 2 repeat days.
		expect(s.monetary[0]).toBe(22.5);
	});

	it('gives a one-time buyer x = 0, t_x = 0 and monetary 0', () => {
		const s = clvSummaryFromTransactions(tx, 4, { analysisDate });
		expect([s.x[1], s.tx[1], s.T[1], s.monetary[1]]).toEqual([0, 0, 1, 0]);
	});

	it('leaves customers without purchases before the analysis date as NaN', () => {
		const s = clvSummaryFromTransactions(tx, 4, { analysisDate });
		expect(s.T[2]).toBeNaN();
		expect(s.T[3]).toBeNaN();
	});

	it('measures time in days when asked', () => {
		const s = clvSummaryFromTransactions(tx, 4, { analysisDate, unit: 'days' });
		expect([s.tx[0], s.T[0]]).toEqual([28, 42]);
	});
});

describe('clvDataWarnings', () => {
	it('warns about too few buyers and too short a history', () => {
		const s = clvSummaryFromTransactions(tx, 4, { analysisDate });
		expect(clvDataWarnings(s)).toEqual([
			{ key: 'tiering.clv.warning.fewBuyers', params: { count: 2, min: 500 } },
			{ key: 'tiering.clv.warning.shortHistory', params: { days: 42, min: 180 } }
		]);
	});

	it('stays quiet with 500 buyers over 180 days', () => {
		const n = 500;
		const T = new Float64Array(n).fill(180 / 7);
		const zeros = new Float64Array(n);
		expect(clvDataWarnings({ unit: 'weeks', x: zeros, tx: zeros, T, monetary: zeros })).toEqual([]);
	});
});
