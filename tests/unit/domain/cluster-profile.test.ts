import { describe, expect, it } from 'vitest';
import { profileClusters } from '../../../src/lib/domain/cluster-profile';

describe('cluster profiles', () => {
	// Cluster 0: two big, frequent, recent buyers; cluster 1: four small, rare, lapsed ones.
	const labels = [0, 0, 1, 1, 1, 1];
	const monetary = [900, 1100, 100, 100, 100, 100];
	const frequency = [10, 12, 1, 2, 1, 2];
	const recency = [5, 7, 200, 300, 250, 250];
	const features = [
		{ name: 'monetary', role: 'monetary' as const, values: monetary },
		{ name: 'frequency', role: 'frequency' as const, values: frequency },
		{ name: 'recencyDays', role: 'recencyDays' as const, values: recency },
		{ name: 'region_code', role: 'other' as const, values: [1, 1, 1, 1, 1, 1] }
	];

	it('gives size, share, revenue share and means per cluster', () => {
		const p = profileClusters(labels, 2, features, monetary);
		expect(p[0]).toMatchObject({ size: 2, share: 2 / 6, revenueShare: 2000 / 2400 });
		expect(p[0].means).toEqual([1000, 11, 6, 1]);
		expect(p[1].means).toEqual([100, 1.5, 250, 1]);
		// monetary: mean 2400/6 = 400; deviations 500, 700, −300 ×4 → population std; z = (1000 − 400)/std.
		const std = Math.sqrt((500 ** 2 + 700 ** 2 + 4 * 300 ** 2) / 6);
		expect(p[0].zScores[0]).toBeCloseTo(600 / std, 10);
		expect(p[0].zScores[3]).toBe(0);
	});

	it('names clusters from their most unusual features as message keys', () => {
		const p = profileClusters(labels, 2, features);
		expect(p[0].nameParts.map((x) => x.key).sort()).toEqual(
			['cluster.high.frequency', 'cluster.high.monetary', 'cluster.recent'].sort()
		);
		expect(p[1].nameParts.map((x) => x.key).sort()).toEqual(
			['cluster.lapsed', 'cluster.low.frequency', 'cluster.low.monetary'].sort()
		);
		expect(p[0].revenueShare).toBeNaN();
	});

	it('names a generic feature with its column name as a parameter, and an ordinary cluster "average"', () => {
		const p = profileClusters([0, 0, 1, 1, 2, 2], 3, [
			{ name: 'visits', role: 'other', values: [10, 10, 0, 0, 5, 5] }
		]);
		expect(p[0].nameParts).toEqual([{ key: 'cluster.high.feature', params: { feature: 'visits' } }]);
		expect(p[2].nameParts).toEqual([{ key: 'cluster.average' }]);
	});
});
