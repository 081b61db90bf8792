import { describe, expect, it } from 'vitest';
import {
	byExpectedLoss,
	defaultTopTiers,
	expectedLoss,
	highValueAtRisk,
	isHighValueAtRisk
} from '$lib/domain/at-risk';

// Six customers: probability, tier (0 = top), value.
const cols = {
	probability: [0.9, 0.55, 0.7, 0.4, 0.95, NaN],
	tier: [1, 0, 3, 0, 0, 0],
	value: [100, 1000, 5000, 9000, 200, 800]
};
const settings = { threshold: 0.5, topTiers: 2 };

describe('high-value at risk', () => {
	it('needs both: flagged at the threshold and in a counted tier', () => {
		expect([0, 1, 2, 3, 4, 5].map((i) => isHighValueAtRisk(i, cols, settings))).toEqual([
			true, // 0.9, tier 1
			true, // 0.55, tier 0
			false, // flagged but lowest tier
			false, // top tier but below the threshold
			true,
			false // not scored
		]);
	});

	it('counts a probability exactly at the threshold as flagged', () => {
		expect(isHighValueAtRisk(0, { probability: [0.5], tier: [0], value: [1] }, settings)).toBe(true);
	});

	it('ranks by expected loss = probability × value, highest first', () => {
		// Losses: #1 0.55·1000 = 550, #4 0.95·200 = 190, #0 0.9·100 = 90.
		expect(Array.from(highValueAtRisk(cols, settings))).toEqual([1, 4, 0]);
	});

	it('narrows with a tier filter but never widens the definition', () => {
		expect(Array.from(highValueAtRisk(cols, settings, (t) => t === 0))).toEqual([1, 4]);
		expect(Array.from(highValueAtRisk(cols, settings, () => true))).toEqual([1, 4, 0]);
	});

	it('follows the top-tiers setting', () => {
		expect(Array.from(highValueAtRisk(cols, { threshold: 0.5, topTiers: 1 }))).toEqual([1, 4]);
		expect(Array.from(highValueAtRisk(cols, { threshold: 0.5, topTiers: 4 }))).toEqual([2, 1, 4, 0]);
	});

	it('puts unknown losses last and keeps customer order among ties', () => {
		const c = { probability: [0.5, 0.5, 0.5, 0.5], tier: [0, 0, 0, 0], value: [NaN, 10, 10, 20] };
		expect(Array.from(byExpectedLoss([0, 1, 2, 3], c))).toEqual([3, 1, 2, 0]);
		expect(expectedLoss(0.5, NaN)).toBeNaN();
	});

	it('counts the top two of four or more tiers, else the top one', () => {
		expect([0, 1, 2, 3, 4, 6].map(defaultTopTiers)).toEqual([0, 1, 1, 1, 2, 2]);
	});
});
