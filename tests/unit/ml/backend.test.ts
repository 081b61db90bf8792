import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { chooseBackend } from '$lib/ml/backend';

describe('backend choice by measured trial', () => {
	it('records webgl and webgpu as unavailable in node, measures wasm and cpu, and activates the fastest', async () => {
		const choice = await chooseBackend({ size: 128, repeats: 3 });
		const byName = Object.fromEntries(choice.trials.map((t) => [t.name, t]));
		expect(byName.webgl.ok).toBe(false);
		expect(byName.webgpu.ok).toBe(false);
		expect(byName.wasm.ok).toBe(true);
		expect(byName.cpu.ok).toBe(true);
		const fastest = [byName.wasm, byName.cpu].sort((a, b) => (a.medianMs ?? 0) - (b.medianMs ?? 0))[0];
		expect(choice.chosen).toBe(fastest.name);
		expect(tf.getBackend()).toBe(choice.chosen);
		// The workload's result is the same on the chosen backend: 0.5·0.5·128 = 32 per cell after the first product.
		const check = tf.tidy(() => tf.matMul(tf.fill([128, 128], 0.5), tf.fill([128, 128], 0.5)).max());
		expect((await check.data())[0]).toBeCloseTo(32, 4);
		check.dispose();
		await tf.setBackend('cpu');
	}, 20_000);

	it('tolerates a loader that throws and still picks a working backend', async () => {
		const choice = await chooseBackend({
			candidates: ['webgpu', 'cpu'],
			loaders: { webgpu: () => Promise.reject(new Error('no adapter')) },
			size: 32,
			repeats: 1
		});
		expect(choice.trials[0]).toEqual({ name: 'webgpu', ok: false, error: 'no adapter' });
		expect(choice.chosen).toBe('cpu');
	});
});
