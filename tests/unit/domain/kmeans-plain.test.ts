import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, silhouette, suggestK } from '$lib/domain/cluster-quality';
import { kmeansPlain, kmeansPlusPlus, lloyd } from '$lib/domain/kmeans-plain';
import { seededRandom } from '$lib/domain/split';
import { blobs } from './blobs';

describe('plain k-means', () => {
	it('puts the centroids at the two group means on a hand-sized example', () => {
		// Groups {0, 2} and {10, 12} on a line: centroids 1 and 11, inertia 4·1 = 4.
		const x = Float64Array.from([0, 10, 2, 12]);
		const r = lloyd(x, 4, 1, Float64Array.from([0, 12]), 2);
		expect(Array.from(r.centroids)).toEqual([1, 11]);
		expect(Array.from(r.labels)).toEqual([0, 1, 0, 1]);
		expect(r.inertia).toBe(4);
		expect(Array.from(r.counts)).toEqual([2, 2]);
	});

	it('refills an empty cluster with the point farthest from its centroid', () => {
		// Both starting centroids near 0: the one at 100 wins nothing; the far point 50 takes it over.
		const x = Float64Array.from([0, 1, 2, 50]);
		const r = lloyd(x, 4, 1, Float64Array.from([1, 100]), 2);
		expect(Array.from(r.counts).sort()).toEqual([1, 3]);
		expect(r.inertia).toBe(2); // {0,1,2} around 1 → 1 + 0 + 1
	});

	it('seeds k-means++ reproducibly with distinct data points as centres', () => {
		const { x, n, d } = blobs(
			[
				[0, 0],
				[10, 0],
				[0, 10]
			],
			50,
			0.5,
			1
		);
		const a = kmeansPlusPlus(x, n, d, 3, seededRandom(9));
		expect(kmeansPlusPlus(x, n, d, 3, seededRandom(9))).toEqual(a);
		const rows = new Set<number>();
		for (let j = 0; j < 3; j++) {
			for (let i = 0; i < n; i++) if (x[i * d] === a[j * d] && x[i * d + 1] === a[j * d + 1]) rows.add(i);
		}
		expect(rows.size).toBe(3);
	});

	it('recovers four well-separated blobs: suggested K = 4 and ARI ≥ 0.95', () => {
		const { x, n, d, truth } = blobs(
			[
				[0, 0],
				[8, 0],
				[0, 8],
				[8, 8]
			],
			100,
			0.7,
			2
		);
		const ks = [2, 3, 4, 5, 6, 7, 8];
		const fits = ks.map((k) => kmeansPlain(x, n, d, { k, seed: 4 }));
		const s = suggestK(
			ks,
			fits.map((f) => f.inertia),
			fits.map((f, i) => silhouette(x, n, d, f.labels, ks[i]))
		);
		expect(s.k).toBe(4);
		expect(adjustedRandIndex(fits[2].labels, truth)).toBeGreaterThanOrEqual(0.95);
	});
});
