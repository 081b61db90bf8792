import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '$lib/domain/cluster-quality';
import { scanK } from '$lib/ml/cluster-scan';
import { blobs } from '../domain/blobs';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('K scan', () => {
	const { x, n, d, truth } = blobs(
		[
			[0, 0],
			[10, 0],
			[0, 10],
			[10, 10],
			[5, 5],
			[20, 20]
		],
		60,
		0.8,
		12
	);

	it('suggests the six generated blobs with both engines and finds them (ARI ≥ 0.95)', async () => {
		for (const engine of ['tf', 'plain'] as const) {
			const progress: number[] = [];
			const r = await scanK(x, n, d, { engine, onProgress: (done) => progress.push(done) });
			if ('error' in r) throw new Error(r.error);
			expect(r.entries.map((e) => e.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
			expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
			expect(r.suggestion.k).toBe(6);
			expect(adjustedRandIndex(r.entries[4].fit.labels, truth)).toBeGreaterThanOrEqual(0.95);
		}
	}, 20_000);

	it('scans on a seeded sample when the data is larger than fitRows', async () => {
		const r = await scanK(x, n, d, { engine: 'plain', fitRows: 200, ks: [5, 6, 7] });
		if ('error' in r) throw new Error(r.error);
		expect(r.rows?.length).toBe(200);
		expect(r.entries[1].fit.labels.length).toBe(200);
		for (let i = 1; i < 200; i++)
			expect((r.rows as Int32Array)[i]).toBeGreaterThan((r.rows as Int32Array)[i - 1]);
		expect(r.suggestion.k).toBe(6);
	});

	it('stops when cancelled and refuses data with fewer rows than any K', async () => {
		expect(await scanK(x, n, d, { signal: { aborted: true } })).toEqual({ error: 'cancelled' });
		expect(await scanK(Float64Array.from([1, 2]), 2, 1)).toEqual({ error: 'tooFewRows' });
	});
});
