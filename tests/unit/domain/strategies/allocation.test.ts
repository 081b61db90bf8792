import { describe, expect, it } from 'vitest';
import { allocateByTier } from '$lib/domain/strategies/allocation';

describe('allocateByTier', () => {
	it('splits customers, revenue, CLV and each playbook budget over the tiers of the customers it targets', () => {
		const tier = Int32Array.from([0, 1, 1, -1]);
		const revenue = Float64Array.from([600, 200, 200, 0]);
		const clv = Float64Array.from([900, 50, 50, NaN]);
		// Playbook A (60) targets customers 0 and 1 → 30 to tier 0, 30 to tier 1; B (40) targets 3 → 40 to "no tier".
		const targets = [
			{ budget: 60, mask: Uint8Array.from([1, 1, 0, 0]), count: 2 },
			{ budget: 40, mask: Uint8Array.from([0, 0, 0, 1]), count: 1 },
			{ budget: 25, mask: new Uint8Array(4), count: 0 }
		];
		const rows = allocateByTier(tier, 2, revenue, clv, targets);
		expect(rows.map((r) => r.customers)).toEqual([1, 2, 1]);
		expect(rows.map((r) => r.revenueShare)).toEqual([0.6, 0.4, 0]);
		expect(rows.map((r) => r.clvShare)).toEqual([0.9, 0.1, 0]);
		expect(rows.map((r) => r.budgetShare)).toEqual([0.3, 0.3, 0.4]);
		expect(rows.map((r) => r.customerShare)).toEqual([0.25, 0.5, 0.25]);
	});
});
