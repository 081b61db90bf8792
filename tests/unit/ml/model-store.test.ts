import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitPipeline } from '$lib/domain/features';
import { disposeNet, predictProba } from '$lib/ml/binary-net';
import { createMlp } from '$lib/ml/mlp';
import { callbackHandler, loadChurnModel, saveChurnModel, type ChurnModelMeta } from '$lib/ml/model-store';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('model store', () => {
	const fit = fitPipeline([{ name: 'spend', kind: 'numeric', values: [1, 2, 3, 4] }], [0, 1, 0, 1]);
	if ('error' in fit) throw new Error('fit');
	const meta: ChurnModelMeta = {
		kind: 'mlp',
		inputs: 3,
		hidden: 4,
		pipeline: fit.pipeline,
		info: { testAuc: 0.84, seed: 42 }
	};

	it('saves through the callbacks and loads back a network that scores identically, with its pipeline', async () => {
		let stored: tf.io.ModelArtifacts | null = null;
		const handler = callbackHandler(
			async (a) => {
				// Round-trip through structured data the way IndexedDB would keep it.
				stored = {
					...JSON.parse(JSON.stringify({ ...a, weightData: undefined })),
					weightData: (a.weightData as ArrayBuffer).slice(0)
				};
			},
			async () => stored as tf.io.ModelArtifacts
		);
		const net = createMlp(3, 4, 7);
		const result = await saveChurnModel(net, meta, handler);
		// 3·4 + 4 + 4·1 + 1 = 21 float32 weights = 84 bytes.
		expect(result.modelArtifactsInfo.weightDataBytes).toBe(84);
		const loaded = await loadChurnModel(handler);
		if ('error' in loaded) throw new Error(loaded.error);
		expect(loaded.meta).toEqual(meta);
		const x = Float32Array.from([0.1, -2, 3, 1, 1, 1]);
		expect(await predictProba(loaded.net, x, 2, 3)).toEqual(await predictProba(net, x, 2, 3));
		disposeNet(net);
		disposeNet(loaded.net);
	});

	it('reports artifacts of another format instead of loading them', async () => {
		const handler = callbackHandler(
			async () => {},
			async () => ({ format: 'layers-model', modelTopology: {} })
		);
		expect(await loadChurnModel(handler)).toEqual({ error: 'wrongFormat' });
	});

	it('reports weights whose shapes do not fit the described network', async () => {
		let stored: tf.io.ModelArtifacts | null = null;
		const handler = callbackHandler(
			async (a) => {
				stored = a;
			},
			async () => ({
				...(stored as tf.io.ModelArtifacts),
				userDefinedMetadata: { meta: { ...meta, inputs: 5 } }
			})
		);
		const net = createMlp(3, 4, 7);
		await saveChurnModel(net, meta, handler);
		const before = tf.memory().numTensors;
		expect(await loadChurnModel(handler)).toEqual({ error: 'shapeMismatch' });
		expect(tf.memory().numTensors).toBe(before);
		disposeNet(net);
	});
});
