import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { adjustedRandIndex, silhouette, suggestK } from '$lib/domain/cluster-quality';
import { kmeansPlusPlus, lloyd } from '$lib/domain/kmeans-plain';
import { seededRandom } from '$lib/domain/split';
import { kmeansTf } from '$lib/ml/kmeans';
import { blobs } from '../domain/blobs';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('k-means in TF.js', () => {
	it('puts the centroids at the group means on a hand-sized example, far from the origin', async () => {
		// Groups {1000, 1002} and {1010, 1012}: centroids 1001 and 1011, inertia 4.
		const r = await kmeansTf(Float64Array.from([1000, 1010, 1002, 1012]), 4, 1, { k: 2, seed: 1 });
		expect(Array.from(r.centroids).sort((a, b) => a - b)).toEqual([1001, 1011]);
		expect(r.inertia).toBeCloseTo(4, 3);
		expect(r.labels[0]).toBe(r.labels[2]);
		expect(r.labels[1]).toBe(r.labels[3]);
		expect(r.labels[0]).not.toBe(r.labels[1]);
	});

	it('recovers five seeded blobs: suggested K = 5 and ARI ≥ 0.95', async () => {
		const { x, n, d, truth } = blobs(
			[
				[0, 0, 0],
				[9, 0, 0],
				[0, 9, 0],
				[0, 0, 9],
				[9, 9, 9]
			],
			80,
			1,
			7
		);
		const ks = [2, 3, 4, 5, 6, 7, 8, 9, 10];
		const fits = [];
		for (const k of ks) fits.push(await kmeansTf(x, n, d, { k, seed: 3 }));
		const s = suggestK(
			ks,
			fits.map((f) => f.inertia),
			fits.map((f, i) => silhouette(x, n, d, f.labels, ks[i]))
		);
		expect(s.k).toBe(5);
		expect(adjustedRandIndex(fits[3].labels, truth)).toBeGreaterThanOrEqual(0.95);
	}, 20_000);

	it('ends within 1% of the best of 10 plain Lloyd runs from k-means++ starts, on structureless data', async () => {
		const rand = seededRandom(21);
		const n = 1500;
		const d = 4;
		const x = Float64Array.from({ length: n * d }, () => rand() * 10);
		const rPlain = seededRandom(99);
		let bestPlain = Infinity;
		for (let r = 0; r < 10; r++)
			bestPlain = Math.min(bestPlain, lloyd(x, n, d, kmeansPlusPlus(x, n, d, 6, rPlain), 6).inertia);
		const tfRes = await kmeansTf(x, n, d, { k: 6, seed: 5 });
		expect(tfRes.inertia).toBeLessThanOrEqual(bestPlain * 1.01);
		// Its inertia is the true sum of squared distances to the returned centroids.
		let s = 0;
		for (let i = 0; i < n; i++)
			for (let f = 0; f < d; f++) s += (x[i * d + f] - tfRes.centroids[tfRes.labels[i] * d + f]) ** 2;
		expect(tfRes.inertia).toBeCloseTo(s, 0);
	}, 20_000);

	it('refills an emptied cluster instead of leaving a centroid with no customers', async () => {
		// Start at 1 and 100: the centroid at 100 wins nothing, so it moves to the farthest point, 50.
		const x = Float64Array.from([0, 1, 2, 50]);
		const r = await kmeansTf(x, 4, 1, { k: 2, init: Float64Array.from([1, 100]), restarts: 1 });
		expect(Array.from(r.counts)).toEqual([3, 1]);
		expect(Array.from(r.centroids)).toEqual([1, 50]);
		expect(r.inertia).toBeCloseTo(2, 4);
	});

	it('leaves no tensors behind', async () => {
		const before = tf.memory().numTensors;
		const { x, n, d } = blobs(
			[
				[0, 0],
				[5, 5]
			],
			100,
			1,
			1
		);
		await kmeansTf(x, n, d, { k: 3, seed: 1, restarts: 2 });
		expect(tf.memory().numTensors).toBe(before);
	});
});
