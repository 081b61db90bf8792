import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StrataDb } from '$lib/storage/db';
import { getChurnScores, setChurnThreshold } from '$lib/storage/churn-scores';
import { loadCustomerBase, type CustomerBase } from '$lib/jobs/customer-base';
import { assembleList, attachModel, restoreChurn, storeChurn } from '$lib/jobs/churn-store';
import type { ChurnResult } from '$lib/jobs/churn-types';
import { customerDataset, freshDb } from './fixture';

let db: StrataDb;
let base: CustomerBase;
beforeEach(async () => {
	db = await freshDb();
	const b = await loadCustomerBase(db, await customerDataset(db));
	if ('error' in b) throw new Error(b.error.key);
	base = b;
});
afterEach(async () => {
	await db.delete();
});

// The fixture's six customers A..F (Ann … Flo); the model scored E, A and C (codes 4, 0, 2) in that order.
const scored = Int32Array.from([4, 0, 2]);
const p = Float64Array.from([0.8, 0.6, 0.1]);
const factors = ['c3', 'c3|c4', ''];
const label = { kind: 'column' } as const;

function trainingRun(): ChurnResult {
	const history = [
		{ epoch: 1, loss: 0.7, valLoss: 0.72, valAuc: 0.5 },
		{ epoch: 2, loss: 0.6, valLoss: 0.65, valAuc: 0.75 }
	];
	return {
		label,
		summary: { labelled: 5, positives: 3, negatives: 2, unknown: 1, baseRate: 0.6, imbalanceRatio: 2 / 3 },
		seed: 7,
		split: { train: 3, validation: 1, test: 1 },
		featureNames: ['c3', 'c4=monthly'],
		excluded: [{ column: 'c5', reason: 'constant' }],
		notFeatures: [{ column: 'name', reason: 'text' }],
		baseline: {
			kind: 'logistic',
			history,
			bestEpoch: 2,
			stoppedEarly: false,
			test: { rocAuc: 0.75, averagePrecision: 0.7, brier: 0.2 }
		},
		chosen: {
			kind: 'logistic',
			history,
			bestEpoch: 2,
			stoppedEarly: false,
			test: { rocAuc: 0.75, averagePrecision: 0.7, brier: 0.2 }
		},
		testScores: Float32Array.from([0.25, 0.5]),
		testLabels: Int8Array.from([0, 1]),
		importance: [{ feature: 'c3', drop: 0.1, drops: [0.1, 0.1, 0.1] }],
		rules: {
			rules: [
				{ conditions: [{ feature: 'c3', op: '>', threshold: 120 }], classIndex: 1, support: 2, purity: 1 },
				{ conditions: [{ feature: 'c3', op: '<=', threshold: 120 }], classIndex: 0, support: 1, purity: 1 }
			],
			testAccuracy: 1,
			testBaseRate: 0.5,
			testRows: 1,
			trainRows: 3,
			maxDepth: 3,
			levels: { 'c4=monthly': { column: 'c4', level: 'monthly' } }
		},
		list: assembleList(base, scored, p, factors),
		backend: 'cpu',
		ms: 12
	};
}

async function storeTraining(threshold = 0.5): Promise<ChurnResult> {
	const result = trainingRun();
	await storeChurn(db, {
		datasetId: base.dataset.id,
		customerCount: base.n,
		customers: scored,
		list: result.list,
		threshold,
		trainedAt: 5000,
		modelKind: 'logistic',
		labelSource: label,
		result
	});
	return result;
}

describe('the stored churn result of a training run', () => {
	it('keeps each score at its customer code, NaN for customers not scored, banded at the threshold', async () => {
		await storeTraining(0.5);
		const got = await getChurnScores(db, base.dataset.id);
		expect(Array.from(got?.probability ?? [])).toEqual([0.6, NaN, 0.1, NaN, 0.8, NaN]);
		// 0.6 and 0.8 ≥ 0.5 high; 0.1 < 0.25 low; unscored −1.
		expect(Array.from(got?.band ?? [])).toEqual([2, -1, 0, -1, 2, -1]);
		expect(got?.trainedAt).toBe(5000);
	});

	it('restores the evaluation, loss history and list without training', async () => {
		const stored = await storeTraining(0.5);
		const back = await restoreChurn(db, base);
		expect(back?.trainedAt).toBe(5000);
		expect(back?.threshold).toBe(0.5);
		const r = back?.result;
		expect(r?.chosen.test.rocAuc).toBe(0.75);
		expect(r?.chosen.history.map((h) => h.loss)).toEqual([0.7, 0.6]);
		expect(r?.excluded).toEqual(stored.excluded);
		// The decision rules come back with the evaluation (they live in the stored meta).
		expect(r?.rules).toEqual(stored.rules);
		expect(Array.from(r?.testScores ?? [])).toEqual([0.25, 0.5]);
		expect(Array.from(r?.testLabels ?? [])).toEqual([0, 1]);
		expect(r?.list.ids).toEqual(['E', 'A', 'C']);
		expect(r?.list.names).toEqual(['Ed', 'Ann', 'Cy']);
		expect(Array.from(r?.list.probability ?? [])).toEqual([0.8, 0.6, 0.1]);
		expect(r?.list.factors).toEqual(factors);
	});

	it('restores the threshold the user moved to, and the bands other pages read follow it', async () => {
		await storeTraining(0.5);
		await setChurnThreshold(db, base.dataset.id, 0.1);
		expect((await restoreChurn(db, base))?.threshold).toBe(0.1);
		// At 0.1 every scored customer (0.8, 0.6, 0.1) is high.
		expect(Array.from((await getChurnScores(db, base.dataset.id))?.band ?? [])).toEqual([
			2, -1, 2, -1, 2, -1
		]);
	});

	it('records the saved model only on the training run it came from', async () => {
		await storeTraining();
		await attachModel(db, base.dataset.id, 4999, 'other', 'Older run');
		expect((await restoreChurn(db, base))?.modelId).toBeUndefined();
		await attachModel(db, base.dataset.id, 5000, 'm1', 'March model');
		expect((await restoreChurn(db, base))?.modelId).toBe('m1');
	});

	it('ignores a stored result made when the dataset had another number of customers', async () => {
		await storeTraining();
		expect(await restoreChurn(db, { ...base, n: base.n + 1 })).toBeUndefined();
	});

	it('returns nothing for a dataset never scored', async () => {
		expect(await restoreChurn(db, base)).toBeUndefined();
	});
});

describe('the stored churn result of a re-score by a saved model', () => {
	it('restores as a re-scored list (no evaluation) at the model threshold', async () => {
		await storeChurn(db, {
			datasetId: base.dataset.id,
			customerCount: base.n,
			customers: scored,
			list: assembleList(base, scored, p, factors),
			threshold: 0.7,
			trainedAt: 9000,
			modelKind: 'mlp',
			labelSource: label,
			modelId: 'm1',
			modelName: 'March model',
			rescore: { modelName: 'March model', datasetName: 'customers' }
		});
		const back = await restoreChurn(db, base);
		expect(back?.result).toBeUndefined();
		expect(back?.rescored?.modelName).toBe('March model');
		expect(back?.rescored?.list.ids).toEqual(['E', 'A', 'C']);
		expect(back?.modelId).toBe('m1');
		// At 0.7: 0.8 high, 0.6 ≥ 0.35 medium, 0.1 low.
		expect(Array.from((await getChurnScores(db, base.dataset.id))?.band ?? [])).toEqual([
			1, -1, 0, -1, 2, -1
		]);
	});
});
