import { describe, expect, it } from 'vitest';
import { buildClusterMatrix, clusterFeatureOptions } from '$lib/jobs/cluster-features';
import type { CustomerBase } from '$lib/jobs/customer-base';

/** Only what the clustering glue reads: customer count, indicators, the dataset's shape and columns. */
function base(indicators: Record<string, Float64Array>): CustomerBase {
	const n = Object.values(indicators)[0].length;
	return {
		n,
		indicators,
		cols: {},
		dicts: {},
		dataset: { shape: 'transactions', columns: [] },
		prepared: { ids: [] }
	} as unknown as CustomerBase;
}

describe('the clustering feature matrix', () => {
	it('log-scales with log1p, then standardizes each feature to mean 0 and standard deviation 1', () => {
		// log1p(e − 1) = 1 and log1p(e³ − 1) = 3: scaled values 1, 3 → mean 2, sd 1 → −1, +1.
		const m = buildClusterMatrix(base({ monetary: Float64Array.from([Math.E - 1, Math.E ** 3 - 1]) }), [
			{ key: 'monetary', log: true }
		]);
		if ('error' in m) throw new Error('unknown feature');
		expect(m.x[0]).toBeCloseTo(-1, 12);
		expect(m.x[1]).toBeCloseTo(1, 12);
		expect(Array.from(m.raw[0])).toEqual([Math.E - 1, Math.E ** 3 - 1]);
	});

	it('fills a missing value with the median of the present ones, so no NaN reaches k-means', () => {
		// Present 1, 2, 9 → median 2; values 1, 2, 9, 2 → mean 3.5.
		const m = buildClusterMatrix(base({ trend: Float64Array.from([1, 2, 9, NaN]) }), [
			{ key: 'trend', log: false }
		]);
		if ('error' in m) throw new Error('unknown feature');
		expect(Array.from(m.raw[0])).toEqual([1, 2, 9, 2]);
		const mean = 3.5;
		const sd = Math.sqrt(((1 - mean) ** 2 + 2 * (2 - mean) ** 2 + (9 - mean) ** 2) / 4);
		expect(m.x[3]).toBeCloseTo((2 - mean) / sd, 12);
		expect(Array.from(m.x).every(Number.isFinite)).toBe(true);
	});

	it('lays features out row by row in the order chosen', () => {
		const m = buildClusterMatrix(base({ a: Float64Array.from([0, 2]), b: Float64Array.from([10, 30]) }), [
			{ key: 'b', log: false },
			{ key: 'a', log: false }
		]);
		if ('error' in m) throw new Error('unknown feature');
		expect(Array.from(m.x)).toEqual([-1, -1, 1, 1]);
	});

	it('reports a feature the dataset does not have', () => {
		expect(
			buildClusterMatrix(base({ a: Float64Array.from([0, 1]) }), [{ key: 'monetary', log: true }])
		).toEqual({
			error: 'unknownFeature',
			key: 'monetary'
		});
	});

	it('offers only features that vary, and defaults to log-scaled recency, frequency and spend', () => {
		const { options, defaults } = clusterFeatureOptions(
			base({
				recencyDays: Float64Array.from([1, 5]),
				frequency: Float64Array.from([1, 3]),
				monetary: Float64Array.from([10, 20]),
				trend: Float64Array.from([0.5, 0.5])
			})
		);
		expect(options.map((o) => o.key)).toEqual(['recencyDays', 'frequency', 'monetary']);
		expect(defaults).toEqual([
			{ key: 'recencyDays', log: true },
			{ key: 'frequency', log: true },
			{ key: 'monetary', log: true }
		]);
	});
});
