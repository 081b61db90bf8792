import { describe, expect, it } from 'vitest';
import { defaultValueConfig, normalize, normalizeWeights, valueScore } from '$lib/domain/value-score';

const f64 = (...v: number[]) => Float64Array.from(v);
const arr = (a: Float64Array) => Array.from(a, (v) => (Number.isNaN(v) ? NaN : Math.round(v * 1e9) / 1e9));

describe('normalize', () => {
	it('min–max maps the smallest value to 0 and the largest to 1, keeping NaN', () => {
		expect(arr(normalize(f64(10, 20, 40, NaN), 'minmax'))).toEqual([0, 0.333333333, 1, NaN]);
	});

	it('percentile gives ties their shared mid rank', () => {
		// Ranks: 1, 2.5, 2.5, 4 → (rank − 1)/3.
		expect(arr(normalize(f64(1, 5, 5, 9), 'percentile'))).toEqual([0, 0.5, 0.5, 1]);
	});

	it('z-score clips at ±3 before mapping to 0–1', () => {
		// Nine zeros and one 10: mean 1, population sd 3 → z = −1/3 and 3; mapped (z+3)/6.
		const v = f64(0, 0, 0, 0, 0, 0, 0, 0, 0, 10);
		const out = normalize(v, 'zscore');
		expect(out[0]).toBeCloseTo((3 - 1 / 3) / 6, 12);
		expect(out[9]).toBeCloseTo(1, 12);
		// 0 ×19 and 100: mean 5, sd √(475) ≈ 21.79 → z ≈ 4.36 is clipped to 3 → 1.
		const big = new Float64Array(20);
		big[19] = 100;
		expect(normalize(big, 'zscore')[19]).toBe(1);
	});

	it('maps a constant column to 0.5 under every method', () => {
		for (const m of ['minmax', 'percentile', 'zscore'] as const)
			expect(arr(normalize(f64(3, 3), m))).toEqual([0.5, 0.5]);
	});
});

describe('normalizeWeights', () => {
	it('rescales weights that do not sum to 100 and says so', () => {
		const res = normalizeWeights({ frequency: 30, recency: 20 });
		expect(res.weights).toEqual({ frequency: 60, recency: 40 });
		expect(res.rescaled).toBe(true);
		expect(res.messages).toEqual([{ key: 'tiering.weights.rescaled', params: { sum: 50 } }]);
	});

	it('leaves weights summing to 100 untouched and silent', () => {
		const res = normalizeWeights({ frequency: 70, recency: 30 });
		expect(res.rescaled).toBe(false);
		expect(res.messages).toEqual([]);
	});

	it('rejects negative weights and an all-zero set', () => {
		expect(normalizeWeights({ frequency: -1 }).errors[0].key).toBe('tiering.weights.negative');
		expect(normalizeWeights({ frequency: 0 }).errors[0].key).toBe('tiering.weights.allZero');
	});
});

describe('valueScore', () => {
	it('weights min–max values, inverts recency and gives missing values no credit', () => {
		// frequency 1, 3, 5 → 0, 0.5, 1; recency 0, 10, NaN → inverted 1, 0, (missing → 0).
		const res = valueScore(
			{ frequency: f64(1, 3, 5), recency: f64(0, 10, NaN) },
			{ normalization: 'minmax', weights: { frequency: 60, recency: 40 } }
		);
		expect(arr(res.score)).toEqual([40, 30, 60]);
		expect(res.messages).toEqual([]);
	});

	it('drops an unavailable indicator and rescales the rest visibly', () => {
		const res = valueScore(
			{ frequency: f64(1, 3) },
			{ normalization: 'minmax', weights: { frequency: 50, predictedClv: 50 } }
		);
		expect(arr(res.score)).toEqual([0, 100]);
		expect(res.weights).toEqual({ frequency: 100 });
		expect(res.messages.map((m) => m.key)).toEqual([
			'tiering.weights.unavailable',
			'tiering.weights.rescaled'
		]);
	});
});

describe('defaultValueConfig', () => {
	it('uses only available indicators and sums to 100 for both shapes', () => {
		const t = defaultValueConfig('transactions', ['historicalClv', 'frequency', 'recency', 'tenure']);
		// 25 + 15 + 15 + 10 = 65 → 38.5, 23.1, 23.1, 15.4 after rounding (sum 100.1); the
		// 0.1 excess comes off the largest weight.
		expect(t.weights).toEqual({ historicalClv: 38.4, frequency: 23.1, recency: 23.1, tenure: 15.4 });
		const c = defaultValueConfig('customers', ['historicalClv', 'frequency', 'recency', 'tenure']);
		expect(c.weights).toEqual({ historicalClv: 40, frequency: 25, recency: 25, tenure: 10 });
	});
});
