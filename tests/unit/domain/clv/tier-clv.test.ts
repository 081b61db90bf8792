import { describe, expect, it } from 'vitest';
import { clvByTier, upgradeCandidates } from '$lib/domain/clv/tier-clv';

describe('CLV per tier and upgrade candidates', () => {
	// Tiers 0 (top) … 3; customer 9 sits in tier 3 with a CLV typical of tier 1; customer 10 has no CLV.
	const tier = Int32Array.of(0, 0, 1, 1, 2, 2, 3, 3, 3, 3, 3, -1);
	const clv = Float64Array.of(900, 1100, 400, 600, 150, 250, 20, 30, 40, 700, NaN, 5000);

	it('gives each tier its count, mean, total and median predicted CLV, leaving out untiered customers', () => {
		const t = clvByTier(tier, clv, 4);
		expect(t[0]).toEqual({ customers: 2, valued: 2, mean: 1000, total: 2000, median: 1000 });
		expect(t[3]).toMatchObject({ customers: 5, valued: 4, total: 790, median: 35 });
		expect(t[3].mean).toBeCloseTo(197.5, 12);
	});

	it('lists customers whose CLV reaches the median of a tier two or more above theirs, best first', () => {
		const t = clvByTier(tier, clv, 4);
		// Customer 9 (tier 3, CLV 700 ≥ tier-1 median 500) qualifies; customer 5 (tier 2, 250 < tier-0 median 1000)
		// does not; customer 11 is in no tier.
		expect(upgradeCandidates(tier, clv, t)).toEqual([9]);
		// With a gap of one tier, customer 5 (250 ≥ tier-1 median? no: 250 < 500) still not; 9 stays.
		expect(upgradeCandidates(tier, clv, t, 1)).toEqual([9]);
	});
});
