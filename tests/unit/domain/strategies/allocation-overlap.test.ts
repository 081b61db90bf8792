import { describe, expect, it } from 'vitest';
import { allocateByTier, audienceOverlap, firstMatchWins } from '$lib/domain/strategies/allocation';

const u8 = (...v: number[]) => Uint8Array.from(v);

describe('playbook audience overlap', () => {
	// Four customers; A targets 0,1,2; B targets 1,2; C targets 2,3.
	const masks = [u8(1, 1, 1, 0), u8(0, 1, 1, 0), u8(0, 0, 1, 1)];

	it('counts customers in more than one audience and their extra counts', () => {
		// Customer 1 is in A and B (1 extra); customer 2 in A, B and C (2 extra).
		expect(audienceOverlap(masks, 4)).toEqual({ customers: 2, extra: 3 });
		expect(audienceOverlap([u8(1, 0), u8(0, 1)], 2)).toEqual({ customers: 0, extra: 0 });
	});

	it('keeps each customer in the first matching audience only', () => {
		const first = firstMatchWins(masks, 4);
		expect(first.map((f) => Array.from(f.mask))).toEqual([
			[1, 1, 1, 0],
			[0, 0, 0, 0],
			[0, 0, 0, 1]
		]);
		expect(first.map((f) => f.count)).toEqual([3, 0, 1]);
		expect(
			audienceOverlap(
				first.map((f) => f.mask),
				4
			)
		).toEqual({ customers: 0, extra: 0 });
	});

	it('lets the budget add up per customer under the priority order', () => {
		// Tiers: 0, 1, 1, 2 (lowest). Budgets 30 / 21 / 30 as in the report: with overlap the lowest tier's share
		// depends on how often its customers are double-counted; with first-match each customer carries one budget.
		const tier = Int32Array.from([0, 1, 1, 2]);
		const zeros = new Float64Array(4);
		const first = firstMatchWins(masks, 4);
		const rows = allocateByTier(
			tier,
			3,
			zeros,
			zeros,
			first.map((f, k) => ({ budget: [30, 21, 30][k], ...f }))
		);
		// A: 30 over 3 customers (tiers 0, 1, 1) → 10 each; B: nobody; C: 30 to customer 3 (tier 2).
		expect(rows.map((r) => r.budgetShare)).toEqual([10 / 60, 20 / 60, 30 / 60, 0]);
	});
});
