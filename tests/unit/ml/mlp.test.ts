import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rocAuc } from '$lib/domain/metrics';
import { seededRandom } from '$lib/domain/split';
import {
	disposeNet,
	predictProba,
	resolveClassWeight,
	trainBinaryNet,
	type Dataset,
	type EpochLog
} from '$lib/ml/binary-net';
import { createLogistic } from '$lib/ml/logistic';
import { createMlp } from '$lib/ml/mlp';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

/** Churn when the two features have the same sign (an XOR pattern no straight line can separate). */
function xorData(n: number, seed: number): Dataset {
	const rand = seededRandom(seed);
	const x = new Float32Array(n * 2);
	const y: number[] = [];
	for (let i = 0; i < n; i++) {
		x[i * 2] = rand() * 2 - 1;
		x[i * 2 + 1] = rand() * 2 - 1;
		y.push(x[i * 2] * x[i * 2 + 1] > 0 ? 1 : 0);
	}
	return { x, rows: n, cols: 2, y };
}

describe('class weights', () => {
	it('weighs each class by n / (2·nᶜ): 1 churner in 4 gives weights 2/3 and 2', () => {
		expect(resolveClassWeight([1, 0, 0, 0], 'balanced')).toEqual([4 / 6, 2]);
		expect(resolveClassWeight([1, 0, 0, 0], 'none')).toEqual([1, 1]);
	});
});

describe('MLP', () => {
	it('learns an XOR pattern that logistic regression cannot (AUC ≥ 0.95 vs ≈ 0.5)', async () => {
		const train = xorData(800, 1);
		const val = xorData(200, 2);
		const test = xorData(400, 3);
		const mlp = createMlp(2, 32, 5);
		await trainBinaryNet(mlp, train, val, {
			epochs: 150,
			learningRate: 0.02,
			batchSize: 64,
			patience: 20,
			seed: 5
		});
		const mlpAuc = rocAuc(await predictProba(mlp, test.x, test.rows, 2), test.y);
		const lin = createLogistic(2);
		await trainBinaryNet(lin, train, val, { epochs: 30, learningRate: 0.02, batchSize: 64, seed: 5 });
		const linAuc = rocAuc(await predictProba(lin, test.x, test.rows, 2), test.y);
		expect(mlpAuc).toBeGreaterThanOrEqual(0.95);
		expect(Math.abs(linAuc - 0.5)).toBeLessThan(0.1);
		disposeNet(mlp);
		disposeNet(lin);
	}, 20_000);

	it('gives the same network from the same seed', async () => {
		const train = xorData(200, 1);
		const val = xorData(100, 2);
		const run = async () => {
			const net = createMlp(2, 8, 9);
			await trainBinaryNet(net, train, val, { epochs: 3, batchSize: 32, seed: 9 });
			const w = Array.from(net.params.kernel1.dataSync());
			disposeNet(net);
			return w;
		};
		expect(await run()).toEqual(await run());
	});
});

describe('training loop', () => {
	it('refuses to train on a matrix holding NaN', async () => {
		const bad: Dataset = { x: Float32Array.from([0, NaN, 1, 2]), rows: 2, cols: 2, y: [0, 1] };
		const net = createMlp(2, 4, 1);
		await expect(trainBinaryNet(net, bad, bad)).rejects.toThrow('non-finite');
		disposeNet(net);
	});

	it('reports every epoch, stops after `patience` epochs without improvement and restores the best weights', async () => {
		// Pure-noise labels: validation loss stops improving quickly.
		const rand = seededRandom(4);
		const noise = (n: number): Dataset => ({
			x: Float32Array.from({ length: n * 3 }, () => rand()),
			rows: n,
			cols: 3,
			y: Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0))
		});
		const train = noise(300);
		const val = noise(300);
		const logs: EpochLog[] = [];
		const net = createMlp(3, 16, 2);
		const report = await trainBinaryNet(net, train, val, {
			epochs: 200,
			patience: 3,
			learningRate: 0.05,
			batchSize: 32,
			onEpoch: (l) => logs.push(l)
		});
		expect(report.stoppedEarly).toBe(true);
		expect(logs.map((l) => l.epoch)).toEqual(Array.from({ length: logs.length }, (_, i) => i + 1));
		expect(logs.length).toBe(report.bestEpoch + 3);
		const bestLoss = Math.min(...logs.map((l) => l.valLoss));
		expect(logs[report.bestEpoch - 1].valLoss).toBe(bestLoss);
		// After training the network is the best epoch's: its validation AUC matches that epoch's log.
		const p = await predictProba(net, val.x, val.rows, val.cols);
		expect(rocAuc(p, val.y)).toBeCloseTo(logs[report.bestEpoch - 1].valAuc, 6);
		disposeNet(net);
	});

	it('stops between batches when cancelled, keeps the best weights so far and frees its tensors', async () => {
		const train = xorData(400, 1);
		const val = xorData(100, 2);
		const signal = { aborted: false };
		const before = tf.memory().numTensors;
		const net = createMlp(2, 8, 1);
		const report = await trainBinaryNet(net, train, val, {
			epochs: 100,
			batchSize: 50,
			signal,
			onEpoch: (l) => {
				if (l.epoch === 2) signal.aborted = true;
			}
		});
		expect(report.cancelled).toBe(true);
		expect(report.history.length).toBe(2);
		disposeNet(net);
		expect(tf.memory().numTensors).toBe(before);
	});
});
