import { describe, expect, it } from 'vitest';
import { riskBand, riskByTier, warningOrder } from '$lib/domain/early-warning';

describe('risk bands at a threshold', () => {
	it('puts a probability exactly at the threshold in the high band, half of it in medium, below that in low', () => {
		expect(riskBand(0.4, 0.4)).toBe(0);
		expect(riskBand(0.2, 0.4)).toBe(1);
		expect(riskBand(0.19, 0.4)).toBe(2);
	});
});

describe('the early-warning order', () => {
	// Customers: (probability, tier, value). Threshold 0.5 → bands: a high, b high, c medium, d high, e low, f high.
	const probability = [0.9, 0.6, 0.3, 0.7, 0.1, 0.95];
	const tier = Int32Array.from([2, 0, 0, 0, 0, -1]);
	const value = [50, 900, 1000, 400, 5000, 10];

	it('lists high value × high risk first: high band by tier (top first), untiered last, then lower bands', () => {
		// High band: b (tier 0, p .6), d (tier 0, p .7) → d before b by probability; a (tier 2); f (no tier).
		// Then medium c, then low e — even though e is the most valuable customer.
		expect(Array.from(warningOrder(probability, tier, value, 0.5))).toEqual([3, 1, 0, 5, 2, 4]);
	});

	it('breaks equal probabilities within a tier by value, highest first', () => {
		expect(Array.from(warningOrder([0.8, 0.8], Int32Array.from([1, 1]), [10, 20], 0.5))).toEqual([1, 0]);
	});

	it('orders by band then probability when there is no tiering', () => {
		expect(Array.from(warningOrder(probability, undefined, value, 0.5))).toEqual([5, 0, 3, 1, 2, 4]);
	});

	it('counts customers per risk band and tier, untiered in the last column', () => {
		expect(riskByTier(probability, tier, 0.5)).toEqual([
			[2, 0, 1, 1],
			[1, 0, 0, 0],
			[1, 0, 0, 0]
		]);
	});
});
