import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, elbowK, silhouette, suggestK } from '$lib/domain/cluster-quality';

describe('adjusted Rand index', () => {
	it('is 1 for the same partition under different cluster numbers', () => {
		expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBe(1);
	});

	it('matches a hand computation on a small contingency table', () => {
		// a = [0,0,0,1,1,1], b = [0,0,1,1,2,2]. Table cells: (0,0)=2, (0,1)=1, (1,1)=1, (1,2)=2.
		// index = C(2,2)+C(2,2) = 2; rows: 2·C(3,2) = 6; cols: 3·C(2,2) = 3; C(6,2) = 15.
		// expected = 6·3/15 = 1.2; max = (6+3)/2 = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.8/3.3.
		expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 12);
	});

	it('can go below zero for worse-than-chance agreement', () => {
		// a = [0,0,1,1], b = [0,1,0,1]: index 0, rows 2, cols 2, C(4,2)=6 → expected 2/3, max 2 → −0.5.
		expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
	});
});

describe('silhouette', () => {
	it('matches a hand computation on four points on a line', () => {
		// x = 0, 1 (cluster 0) and 4, 6 (cluster 1).
		// p0: a=1, b=(4+6)/2=5 → 0.8; p1: a=1, b=(3+5)/2=4 → 0.75;
		// p4: a=2, b=(4+3)/2=3.5 → 1.5/3.5; p6: a=2, b=(6+5)/2=5.5 → 3.5/5.5.
		const x = Float64Array.from([0, 1, 4, 6]);
		const expected = (0.8 + 0.75 + 1.5 / 3.5 + 3.5 / 5.5) / 4;
		expect(silhouette(x, 4, 1, [0, 0, 1, 1], 2)).toBeCloseTo(expected, 12);
	});

	it('scores a point alone in its cluster as 0', () => {
		// p0: a=1, b=10 → 0.9; p1: a=1, b=9 → 8/9; p10 alone → 0.
		const x = Float64Array.from([0, 1, 10]);
		expect(silhouette(x, 3, 1, [0, 0, 1], 2)).toBeCloseTo((0.9 + 8 / 9 + 0) / 3, 12);
	});

	it('uses a seeded sample above the exact limit and stays close to the exact score', () => {
		const n = 600;
		const x = Float64Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 10) + ((i * 7) % 13) / 13);
		const labels = Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 1));
		const exact = silhouette(x, n, 1, labels, 2);
		const sampled = silhouette(x, n, 1, labels, 2, { maxExact: 200, seed: 3 });
		expect(sampled).not.toBe(exact);
		expect(Math.abs(sampled - exact)).toBeLessThan(0.02);
		expect(silhouette(x, n, 1, labels, 2, { maxExact: 200, seed: 3 })).toBe(sampled);
	});
});

describe('choosing K', () => {
	const ks = [2, 3, 4, 5, 6];
	// Inertia drops steeply until K = 4, then flattens.
	const inertias = [1000, 600, 200, 180, 165];

	it('finds the elbow where the inertia curve bends', () => {
		expect(elbowK(ks, inertias)).toBe(4);
	});

	it('takes the clear silhouette maximum', () => {
		const s = suggestK(ks, inertias, [0.4, 0.45, 0.7, 0.5, 0.45]);
		expect(s).toEqual({ k: 4, elbow: 4, reasonKey: 'cluster.k.silhouette', candidates: [4] });
	});

	it('settles a near-tie in silhouette by the elbow', () => {
		const s = suggestK(ks, inertias, [0.61, 0.5, 0.6, 0.5, 0.45]);
		expect(s.candidates).toEqual([2, 4]);
		expect(s.k).toBe(4);
		expect(s.reasonKey).toBe('cluster.k.elbowTieBreak');
	});
});
