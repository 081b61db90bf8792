import { describe, expect, it } from 'vitest';
import { profileClusters, uniqueNames } from '$lib/domain/cluster-profile';
import { messages } from '$lib/i18n/messages';

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

describe('cluster names that hold', () => {
	it('does not call a cluster "recent" when its customers bought long ago but a lapsed tail drags the mean', () => {
		// Cluster 0: recency 100–120 days; cluster 1: 20–60; cluster 2: a few customers at 2,000+ days.
		// Overall median ≈ 100, mean ≈ 450: cluster 0 has z < 0 (below the mean) but its median is not below the
		// overall median, so "recent" would contradict a rule like "days since last purchase > 84".
		const recency = [100, 105, 110, 120, 100, 115, 20, 30, 40, 60, 2000, 2200, 2500];
		const labels = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2];
		const p = profileClusters(labels, 3, [{ name: 'recencyDays', role: 'recencyDays', values: recency }]);
		expect(p[0].zScores[0]).toBeLessThan(-0.5);
		expect(p[0].nameParts.map((x) => x.key)).not.toContain('cluster.recent');
		expect(p[1].nameParts.map((x) => x.key)).toEqual(['cluster.recent']);
		expect(p[2].nameParts.map((x) => x.key)).toEqual(['cluster.lapsed']);
	});

	it('makes names unique within a run: further parts first, then a number', () => {
		const a = { key: 'cluster.recent' };
		const b = { key: 'cluster.high.monetary' };
		const c = { key: 'cluster.low.frequency' };
		const d = { key: 'cluster.high.tenure' };
		expect(uniqueNames([[a, b, c, d], [a, b, c], [b]])).toEqual([[a, b, c, d], [a, b, c], [b]]);
		expect(uniqueNames([[a], [a], [], []])).toEqual([
			[a, { key: 'cluster.variant', params: { n: 1 } }],
			[a, { key: 'cluster.variant', params: { n: 2 } }],
			[{ key: 'cluster.average' }, { key: 'cluster.variant', params: { n: 1 } }],
			[{ key: 'cluster.average' }, { key: 'cluster.variant', params: { n: 2 } }]
		]);
	});

	it('never uses a tier, segment, eight-class or lifecycle name as a cluster name part, in either language', () => {
		for (const locale of ['en', 'zh-CN'] as const) {
			const m = messages[locale];
			const reserved = new Set(
				Object.entries(m)
					.filter(([k]) => /^tiering\.(tier|segment|eightClass|stage)\./.test(k))
					.map(([, v]) => v)
			);
			const parts = Object.entries(m).filter(([k]) => /^cluster\.(high|low|recent|lapsed|average)/.test(k));
			expect(parts.length).toBeGreaterThan(8);
			for (const [key, text] of parts) expect(reserved.has(text), `${locale} ${key} = ${text}`).toBe(false);
		}
	});
});
