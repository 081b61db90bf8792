import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rocAuc } from '$lib/domain/metrics';
import { disposeChurnResult, scoreCustomers, trainChurnModel } from '$lib/ml/churn-train';
import { loadTelco } from './telco';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe('churn model run', () => {
	it('trains the MLP with its default settings on Telco to a test ROC-AUC ≥ 0.83 and scores new data identically', async () => {
		const { columns, label } = loadTelco();
		const r = await trainChurnModel(columns, label, {
			model: 'mlp',
			hidden: 32,
			labelSource: 'Churn',
			split: { seed: 42 },
			epochs: 60
		});
		if ('error' in r) throw new Error(r.error);
		expect(r.split.seed).toBe(42);
		expect(r.split.test.length).toBe(Math.round(1869 * 0.2) + Math.round(5174 * 0.2));
		expect(r.test.rocAuc).toBeGreaterThanOrEqual(0.83);
		expect(r.test.rocAuc).toBeCloseTo(rocAuc(r.testScores, r.testLabels), 12);
		// Scoring the test customers as "new data" through the stored pipeline gives the same probabilities.
		const testColumns = columns.map((c) =>
			c.kind === 'numeric'
				? { ...c, values: Float64Array.from(r.split.test, (i) => c.values[i]) }
				: { ...c, values: Array.from(r.split.test, (i) => c.values[i]) }
		);
		const scored = await scoreCustomers(r.net, r.pipeline, testColumns);
		if ('error' in scored) throw new Error(scored.error);
		expect(scored.scores).toEqual(r.testScores);
		disposeChurnResult(r);
	}, 20_000);

	it('refuses a label with too few churners to split, and a run cancelled before its first epoch', async () => {
		const cols = [
			{ name: 'x', kind: 'numeric' as const, values: Float64Array.from({ length: 50 }, (_, i) => i) }
		];
		const oneChurner = Int8Array.from({ length: 50 }, (_, i) => (i === 0 ? 1 : 0));
		expect(await trainChurnModel(cols, oneChurner)).toEqual({ error: 'tooFewChurners' });
		const label = Int8Array.from({ length: 50 }, (_, i) => (i % 2 ? 1 : 0));
		expect(await trainChurnModel(cols, label, { signal: { aborted: true } })).toEqual({ error: 'cancelled' });
	});
});
