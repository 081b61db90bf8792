import 'fake-indexeddb/auto';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StrataDb } from '$lib/storage/db';
import { fitPipeline, transform, type RawColumn } from '$lib/domain/features';
import { predictProba } from '$lib/ml/binary-net';
import { createLogistic } from '$lib/ml/logistic';
import { createMlp } from '$lib/ml/mlp';
import { loadModel, saveModel } from '$lib/jobs/model-repo';
import { deleteModel, listModels } from '$lib/storage/models';
import { freshDb } from './fixture';

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

const columns: RawColumn[] = [
	{ name: 'charge', kind: 'numeric', values: [10, 20, 30, 40, 50, 60] },
	{ name: 'plan', kind: 'categorical', values: ['a', 'b', 'a', 'b', 'a', 'b'] }
];
const label = [0, 0, 1, 0, 1, 1];

function pipeline() {
	const fit = fitPipeline(columns, label, { leakAuc: 1.01 });
	if ('error' in fit) throw new Error('no features');
	return fit.pipeline;
}

describe('the models repository', () => {
	it('loads a saved logistic model that predicts exactly what the original predicted', async () => {
		const p = pipeline();
		const net = createLogistic(p.featureNames.length);
		net.params.kernel.assign(tf.tensor2d([0.8, -0.5, 0.25], [3, 1]));
		net.params.bias.assign(tf.tensor1d([-0.1]));
		const m = transform(p, columns);
		if ('error' in m) throw new Error('missing');
		const before = await predictProba(net, m.values, m.rows, m.cols);
		await saveModel(db, {
			id: 'm1',
			datasetId: 'd1',
			name: 'first',
			label: { kind: 'column' },
			metrics: { rocAuc: 0.9 },
			model: { net, pipeline: p }
		});
		const loaded = await loadModel(db, 'm1');
		if ('error' in loaded) throw new Error(loaded.error);
		expect(loaded.label).toEqual({ kind: 'column' });
		expect(loaded.model.pipeline).toEqual(p);
		const again = transform(loaded.model.pipeline, columns);
		if ('error' in again) throw new Error('missing');
		const after = await predictProba(loaded.model.net, again.values, again.rows, again.cols);
		expect(Array.from(after)).toEqual(Array.from(before));
		// By hand for row 0: features (charge z-score, plan=a, plan=b) = (−1.4638…, 1, 0).
		const z0 = (10 - 35) / Math.sqrt(291.6666666);
		expect(after[0]).toBeCloseTo(1 / (1 + Math.exp(-(0.8 * z0 - 0.5 * 1 - 0.1))), 5);
		// A logistic model explains itself: no separate explainer is stored.
		expect(loaded.explainer?.net).toBe(loaded.model.net);
	});

	it('keeps an MLP and its logistic explainer side by side in one record', async () => {
		const p = pipeline();
		const mlp = createMlp(p.featureNames.length, 4, 7);
		const logistic = createLogistic(p.featureNames.length);
		logistic.params.kernel.assign(tf.tensor2d([1, 0, 0], [3, 1]));
		const m = transform(p, columns);
		if ('error' in m) throw new Error('missing');
		const before = await predictProba(mlp, m.values, m.rows, m.cols);
		await saveModel(db, {
			id: 'm2',
			datasetId: 'd1',
			name: 'net',
			label: { kind: 'timeSplit', cutoff: 5, horizonDays: 90 },
			metrics: { rocAuc: 0.8 },
			model: { net: mlp, pipeline: p, hidden: 4 },
			explainer: { net: logistic, pipeline: p }
		});
		const loaded = await loadModel(db, 'm2');
		if ('error' in loaded) throw new Error(loaded.error);
		expect(loaded.model.net.kind).toBe('mlp');
		expect(loaded.explainer?.net.kind).toBe('logistic');
		expect(Array.from(await predictProba(loaded.model.net, m.values, m.rows, m.cols))).toEqual(
			Array.from(before)
		);
		expect(Array.from(loaded.explainer?.net.params.kernel.dataSync() ?? [])).toEqual([1, 0, 0]);
	});

	it('lists saved models newest first without their weights, and deletes them', async () => {
		const p = pipeline();
		const net = createLogistic(p.featureNames.length);
		const common = {
			datasetId: 'd1',
			label: { kind: 'column' as const },
			metrics: {},
			model: { net, pipeline: p }
		};
		await saveModel(db, { ...common, id: 'old', name: 'old', createdAt: 1000 });
		await saveModel(db, { ...common, id: 'new', name: 'new', createdAt: 2000 });
		const list = await listModels(db);
		expect(list.map((m) => m.id)).toEqual(['new', 'old']);
		expect('artifacts' in list[0]).toBe(false);
		await deleteModel(db, 'old');
		expect((await listModels(db)).map((m) => m.id)).toEqual(['new']);
		expect(await loadModel(db, 'old')).toEqual({ error: 'notFound' });
	});
});
