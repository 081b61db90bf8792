import { describe, expect, it } from 'vitest';
import {
	assignTiers,
	DEFAULT_TIERING,
	EIGHT_CLASS_TIERING,
	RFM_SEGMENT_TIERING,
	tierCounts,
	validateTierDefinition,
	type TierAssignment,
	type TierDefinition
} from '$lib/domain/tiers';

const f64 = (...v: number[]) => Float64Array.from(v);
const tiers = (ids: string[]) => ids.map((id) => ({ id }));
function assign(values: Float64Array, def: TierDefinition, ctx = {}): TierAssignment {
	const res = assignTiers(values, def, ctx);
	if ('errors' in res) throw new Error(res.errors.map((e) => e.key).join());
	return res;
}

const spendRule: TierDefinition = {
	method: 'rule',
	measure: 'monetary',
	tiers: tiers(['vip', 'regular', 'small']),
	ranges: [
		{ min: 5000, max: null },
		{ min: 2000, max: 5000 },
		{ min: null, max: 2000 }
	]
};

describe('rule tiers', () => {
	it('puts a customer who spent exactly 5000 in VIP when the rule is ≥ 5000', () => {
		expect(Array.from(assign(f64(5000, 4999.99, 2000, 1999, NaN), spendRule).tier)).toEqual([0, 1, 1, 2, -1]);
	});

	it('rejects overlapping, gapped and unsorted ranges', () => {
		const withRanges = (ranges: { min: number | null; max: number | null }[]): TierDefinition => ({
			...spendRule,
			ranges
		});
		const keys = (d: TierDefinition) => validateTierDefinition(d).map((e) => e.key);
		expect(
			keys(
				withRanges([
					{ min: 5000, max: null },
					{ min: 2000, max: 6000 },
					{ min: null, max: 2000 }
				])
			)
		).toEqual(['tiering.validation.overlap']);
		expect(
			keys(
				withRanges([
					{ min: 5000, max: null },
					{ min: 2000, max: 4000 },
					{ min: null, max: 2000 }
				])
			)
		).toEqual(['tiering.validation.gap']);
		expect(
			keys(
				withRanges([
					{ min: 2000, max: 5000 },
					{ min: 5000, max: null },
					{ min: null, max: 2000 }
				])
			)
		).toContain('tiering.validation.unsorted');
		expect(
			keys(
				withRanges([
					{ min: 5000, max: 5000 },
					{ min: 2000, max: 5000 },
					{ min: null, max: 2000 }
				])
			)
		).toEqual(['tiering.validation.emptyRange']);
		expect(keys(spendRule)).toEqual([]);
	});
});

describe('score cut-off tiers', () => {
	const def: TierDefinition = { method: 'cutoffs', tiers: tiers(['a', 'b', 'c']), cutoffs: [80, 50] };

	it('includes the cut-off value in the higher tier', () => {
		expect(Array.from(assign(f64(80, 79.9, 50, 49, NaN), def).tier)).toEqual([0, 1, 1, 2, 2]);
	});

	it('rejects unsorted, duplicate and miscounted cut-offs', () => {
		expect(validateTierDefinition({ ...def, cutoffs: [50, 80] }).map((e) => e.key)).toEqual([
			'tiering.validation.unsorted'
		]);
		expect(validateTierDefinition({ ...def, cutoffs: [50, 50] }).map((e) => e.key)).toEqual([
			'tiering.validation.duplicateCutoff'
		]);
		expect(validateTierDefinition({ ...def, cutoffs: [50] }).map((e) => e.key)).toEqual([
			'tiering.validation.countMismatch'
		]);
	});
});

describe('share tiers', () => {
	it('splits 20 distinct customers 5/15/30/50 into 1, 3, 6 and 10 customers', () => {
		const values = Float64Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, …, 1
		const res = assign(values, DEFAULT_TIERING);
		expect(tierCounts(res.tier, 4).counts).toEqual([1, 3, 6, 10]);
		expect(res.lowerBounds.slice(0, 3)).toEqual([20, 17, 11]);
	});

	it('never splits a tie: a run of equal values across a boundary goes to the lower tier', () => {
		// Top 30% of 10 = 3 customers: 9 and the two 8s fit; the 7s straddle the 60% boundary (positions 5–7),
		// so all three 7s go to the bottom tier and the middle tier keeps only the 7.5.
		const def: TierDefinition = {
			method: 'shares',
			tiers: tiers(['top', 'mid', 'low']),
			shares: [30, 30, 40]
		};
		const values = f64(9, 8, 8, 7.5, 7, 7, 7, 1, 0, NaN);
		expect(Array.from(assign(values, def).tier)).toEqual([0, 0, 0, 1, 2, 2, 2, 2, 2, 2]);
	});

	it('keeps the top tier empty rather than promoting a tie larger than its share', () => {
		// Top 10% of 10 = 1 customer, but three share the top value.
		const def: TierDefinition = { method: 'shares', tiers: tiers(['top', 'rest']), shares: [10, 90] };
		expect(Array.from(assign(f64(9, 9, 9, 5, 4, 3, 2, 1, 0, NaN), def).tier)).toEqual([
			1, 1, 1, 1, 1, 1, 1, 1, 1, 1
		]);
	});

	it('rejects shares that do not sum to 100', () => {
		expect(validateTierDefinition({ ...DEFAULT_TIERING, shares: [5, 15, 30, 40] } as TierDefinition)).toEqual(
			[{ key: 'tiering.validation.sharesSum', params: { sum: 90 } }]
		);
	});
});

describe('natural-break tiers', () => {
	it('puts each obvious cluster in its own tier, highest values on top', () => {
		const def: TierDefinition = { method: 'jenks', tiers: tiers(['high', 'mid', 'low']) };
		expect(Array.from(assign(f64(1, 2, 50, 51, 10, 11), def).tier)).toEqual([2, 2, 0, 0, 1, 1]);
	});

	it('keeps the lowest values in the bottom tier when there are fewer distinct values than tiers', () => {
		const def: TierDefinition = { method: 'jenks', tiers: tiers(['high', 'mid', 'low']) };
		expect(Array.from(assign(f64(3, 3, 9), def).tier)).toEqual([2, 2, 0]);
	});
});

describe('presets and counts', () => {
	it('uses RFM segment and eight-class codes directly as tiers', () => {
		const rfm = { segment: Uint8Array.of(0, 10), eightClass: Uint8Array.of(7, 0) };
		expect(Array.from(assign(f64(0, 0), RFM_SEGMENT_TIERING, { rfm }).tier)).toEqual([0, 10]);
		expect(Array.from(assign(f64(0, 0), EIGHT_CLASS_TIERING, { rfm }).tier)).toEqual([7, 0]);
		expect(RFM_SEGMENT_TIERING.tiers).toHaveLength(11);
		expect(EIGHT_CLASS_TIERING.tiers).toHaveLength(8);
	});

	it('counts customers and revenue per tier and reports unassigned customers', () => {
		const res = tierCounts(Int32Array.of(0, 1, 1, -1), 2, f64(100, 20, NaN, 5));
		expect(res).toEqual({ counts: [1, 2], revenue: [100, 20], unassigned: 1 });
	});

	it('returns errors rather than tiers for an invalid definition', () => {
		expect(assignTiers(f64(1), { method: 'shares', tiers: [], shares: [] })).toEqual({
			errors: [{ key: 'tiering.validation.noTiers', params: {} }]
		});
	});
});
