// The churn training job and the re-score job end to end on a fake store, with TF.js on its cpu backend: 60
// customers whose churn follows their monthly charge (with a few exceptions, so no feature looks like a leak).
import 'fake-indexeddb/auto';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StrataDb } from '$lib/storage/db';
import { getChurnScores } from '$lib/storage/churn-scores';
import { disposeTrained, trainChurn, type TrainedModels } from '$lib/jobs/churn-run';
import { rescore } from '$lib/jobs/rescore';
import { saveModel } from '$lib/jobs/model-repo';
import { transform } from '$lib/domain/features';
import { predictProba } from '$lib/ml/binary-net';
import { freshDb, spec, store } from './fixture';

let db: StrataDb;
beforeAll(async () => {
	await tf.setBackend('cpu');
});
beforeEach(async () => {
	db = await freshDb();
});
afterEach(async () => {
	await db.delete();
});

const N = 60;
/** Customer i pays 10 + i a month; the dearer half churned, except every tenth customer, which flips. */
const churned = (i: number) => i >= 30 !== (i % 10 === 0);

async function subscribers(labels: (i: number) => number = (i) => (churned(i) ? 1 : 0)): Promise<string> {
	return store(
		db,
		'customers',
		[
			spec('c0', 'id', 'customerId', 'category', 0),
			spec('c1', 'monthly charge', 'numeric', 'number', 1),
			spec('c2', 'churned', 'churn', 'boolean', 2)
		],
		{
			c0: Int32Array.from({ length: N }, (_, i) => i),
			c1: Float64Array.from({ length: N }, (_, i) => 10 + i),
			c2: Int8Array.from({ length: N }, (_, i) => labels(i))
		},
		{ c0: Array.from({ length: N }, (_, i) => `S${String(i).padStart(2, '0')}`) },
		N
	);
}

const train = (id: string, signal = { aborted: false }, phases: string[] = []) =>
	trainChurn(
		db,
		id,
		{ kind: 'column' },
		'logistic',
		7,
		(phase) => phases.push(phase),
		() => {},
		signal
	);

describe('trainChurn', () => {
	let trained: TrainedModels | undefined;
	afterEach(() => {
		disposeTrained(trained);
		trained = undefined;
	});

	it('trains on the churn column, splits the 60 labelled customers, and ranks the dearest first', async () => {
		const phases: string[] = [];
		const out = await train(await subscribers(), undefined, phases);
		if ('error' in out) throw new Error(out.error.key);
		trained = out;
		expect(phases).toEqual(['load', 'features', 'train', 'evaluate', 'score']);
		const s = out.summary;
		expect(s.summary).toMatchObject({ labelled: 60, positives: 30, negatives: 30, unknown: 0 });
		expect(s.split.train + s.split.validation + s.split.test).toBe(60);
		expect(s.featureNames).toEqual(['monthly charge']);
		expect(s.backend).toBe('cpu');
		expect(out.customerCount).toBe(60);
		// Every customer is scored; the probability rises with the charge, so S59 is the riskiest and S00 the least.
		expect(s.list.ids).toHaveLength(60);
		const byRisk = s.list.ids
			.map((id, k) => ({ id, p: s.list.probability[k] }))
			.sort((a, b) => b.p - a.p)
			.map((c) => c.id);
		expect(byRisk[0]).toBe('S59');
		expect(byRisk[59]).toBe('S00');
		expect(s.list.factors[s.list.ids.indexOf('S59')]).toBe('monthly charge');
	}, 60_000);

	it('refuses one class, too few labels, and a cancelled run, with their messages', async () => {
		expect(await train(await subscribers(() => 1))).toEqual({ error: { key: 'mlv.error.singleClass' } });
		expect(await train(await subscribers((i) => (i < 40 ? -1 : i % 2)))).toEqual({
			error: { key: 'mlv.error.tooFewLabelled', params: { count: 20, min: 50 } }
		});
		expect(await train(await subscribers(), { aborted: true })).toEqual({
			error: { key: 'ml.error.cancelled' }
		});
	});
});

describe('rescore', () => {
	it('scores another dataset with a saved model, exactly as the model predicts, and stores the scores', async () => {
		const out = await train(await subscribers());
		if ('error' in out) throw new Error(out.error.key);
		const { net, pipeline } = out.chosen;
		await saveModel(db, {
			id: 'm1',
			datasetId: out.datasetId,
			name: 'charge model',
			label: { kind: 'column' },
			metrics: { threshold: 0.4 },
			model: { net, pipeline }
		});
		const other = await subscribers();
		const scored = await rescore(db, 'm1', other);
		if ('error' in scored) throw new Error(scored.error.key);
		expect(scored.modelName).toBe('charge model');
		expect(scored.list.ids).toHaveLength(60);
		// The stored scores are the model's own predictions, customer by customer, banded at the saved 0.4.
		const charges = {
			name: 'monthly charge',
			kind: 'numeric' as const,
			values: Float64Array.from({ length: N }, (_, i) => 10 + i)
		};
		const m = transform(pipeline, [charges]);
		if ('error' in m) throw new Error(m.column);
		const expected = await predictProba(net, m.values, m.rows, m.cols);
		const stored = await getChurnScores(db, other);
		expect(stored?.threshold).toBe(0.4);
		for (let i = 0; i < N; i++) expect(stored?.probability[i]).toBeCloseTo(expected[i], 6);
		disposeTrained(out);
	}, 60_000);

	it('says so when the model does not exist', async () => {
		expect(await rescore(db, 'missing', await subscribers())).toEqual({
			error: { key: 'mlv.error.modelNotFound' }
		});
	});
});
