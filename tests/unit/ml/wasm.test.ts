// The WASM backend lacks some kernels (e.g. UnsortedSegmentSum): k-means and training must not need them.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lloyd } from '$lib/domain/kmeans-plain';
import { disposeNet, predictProba, trainBinaryNet } from '$lib/ml/binary-net';
import { activateBackend } from '$lib/ml/backend';
import { kmeansTf } from '$lib/ml/kmeans';
import { createMlp } from '$lib/ml/mlp';
import { blobs } from '../domain/blobs';

beforeAll(async () => {
	expect(await activateBackend('wasm')).toBe(true);
});

describe('on the WASM backend', () => {
	it('runs k-means to the same partition as the plain version from the same start', async () => {
		expect(tf.getBackend()).toBe('wasm');
		const { x, n, d } = blobs(
			[
				[0, 0],
				[6, 0],
				[0, 6]
			],
			100,
			1.2,
			5
		);
		const init = Float64Array.from([1, 1, 5, 1, 1, 5]);
		const plain = lloyd(x, n, d, init, 3);
		const viaTf = await kmeansTf(x, n, d, { k: 3, init, restarts: 1 });
		expect(Array.from(viaTf.labels)).toEqual(Array.from(plain.labels));
		expect(viaTf.inertia).toBeCloseTo(plain.inertia, 2);
	});

	it('trains the MLP and frees its tensors', async () => {
		const before = tf.memory().numTensors;
		const x = Float32Array.from({ length: 400 }, (_, i) => ((i * 37) % 100) / 50 - 1);
		const y = Array.from({ length: 200 }, (_, i) => (x[i * 2] > 0 ? 1 : 0));
		const data = { x, rows: 200, cols: 2, y };
		const net = createMlp(2, 8, 3);
		const report = await trainBinaryNet(net, data, data, { epochs: 5, batchSize: 32, learningRate: 0.05 });
		expect(report.history).toHaveLength(5);
		// Later epochs fit better than the first on a separable rule.
		expect(report.history[4].valLoss).toBeLessThan(report.history[0].valLoss);
		const p = await predictProba(net, x, 200, 2);
		for (const v of p) expect(v > 0 && v < 1).toBe(true);
		disposeNet(net);
		expect(tf.memory().numTensors).toBe(before);
	});
});
