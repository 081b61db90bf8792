import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitPipeline, transform, type FeatureMatrix } from '$lib/domain/features';
import { fitLogisticIrls, predictLogistic } from '$lib/domain/irls';
import { rocAuc } from '$lib/domain/metrics';
import { stratifiedSplit } from '$lib/domain/split';
import {
	disposeNet,
	predictProba,
	resolveClassWeight,
	trainBinaryNet,
	type Dataset
} from '$lib/ml/binary-net';
import { contributions, createLogistic, logisticCoefficients, topRiskFactors } from '$lib/ml/logistic';
import { loadTelco } from './telco';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

function subset(
	columns: ReturnType<typeof loadTelco>['columns'],
	pipeline: Parameters<typeof transform>[0],
	rows: Int32Array,
	label: Int8Array
): Dataset & FeatureMatrix {
	const m = transform(pipeline, columns, rows);
	if ('error' in m) throw new Error(m.error);
	return { ...m, x: m.values, y: Array.from(rows, (r) => label[r]) };
}

describe('logistic regression on the Telco churn data', () => {
	it('matches an exact IRLS fit on the same features and split (test AUC within 0.005) and reaches ≥ 0.83', async () => {
		const { columns, label, rows } = loadTelco();
		expect(rows).toBe(7043);
		const split = stratifiedSplit(label, { seed: 42 });
		const fit = fitPipeline(columns, label, { labelSource: 'Churn', trainRows: split.train });
		if ('error' in fit) throw new Error(fit.error);
		const reasons = Object.fromEntries(fit.pipeline.excluded.map((e) => [e.column, e.reason]));
		expect(reasons).toEqual({ customerID: 'idLike', Churn: 'labelSource' });
		const train = subset(columns, fit.pipeline, split.train, label);
		const val = subset(columns, fit.pipeline, split.validation, label);
		const test = subset(columns, fit.pipeline, split.test, label);

		const l2 = 1e-4;
		const net = createLogistic(train.cols);
		const report = await trainBinaryNet(net, train, val, {
			epochs: 150,
			learningRate: 0.02,
			batchSize: 256,
			l2,
			seed: 1
		});
		const p = await predictProba(net, test.x, test.rows, test.cols);
		const tfAuc = rocAuc(p, test.y);

		// Same objective for IRLS: Σ wᵢ·CEᵢ + (l2·n)/2·‖w‖² equals n × (the TF.js mean loss + l2/2·‖w‖²).
		const cw = resolveClassWeight(train.y, 'balanced');
		const exact = fitLogisticIrls(train.x, train.rows, train.cols, train.y, {
			ridge: l2 * train.rows,
			sampleWeight: Array.from(train.y, (v) => cw[v])
		});
		expect(exact.converged).toBe(true);
		const exactAuc = rocAuc(predictLogistic(exact, test.x, test.rows, test.cols), test.y);

		expect(Math.abs(tfAuc - exactAuc)).toBeLessThan(0.005);
		expect(tfAuc).toBeGreaterThanOrEqual(0.83);
		expect(report.history.length).toBeGreaterThan(0);
		expect(report.bestEpoch).toBeGreaterThan(0);

		// Explanations: contributions are coefficient × value and sum (with the bias) to the logit.
		const coef = logisticCoefficients(net);
		const c = contributions(coef, test.x, 0, test.featureNames);
		const logit = c.reduce((s, v) => s + v.contribution, coef.bias);
		expect(1 / (1 + Math.exp(-logit))).toBeCloseTo(p[0], 4);
		const top = topRiskFactors(c, 3);
		for (let k = 1; k < top.length; k++)
			expect(top[k].contribution).toBeLessThanOrEqual(top[k - 1].contribution);
		for (const t of top) expect(t.contribution).toBeGreaterThan(0);
		disposeNet(net);
	}, 20_000);
});
