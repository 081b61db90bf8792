import { describe, expect, it } from 'vitest';
import { logisticFromRecord, newestLogistic } from '$lib/jobs/sql-churn';
import type { FeaturePipeline } from '$lib/domain/features';
import type { ModelRecord } from '$lib/storage/db';

const pipeline: FeaturePipeline = {
	version: 1,
	steps: [
		{ kind: 'numeric', column: 'recencyDays', median: 1, mean: 2, std: 3, missingIndicator: false },
		{ kind: 'numeric', column: 'frequency', median: 1, mean: 2, std: 3, missingIndicator: false }
	],
	excluded: [],
	featureNames: ['recencyDays', 'frequency']
};

function record(over: Partial<ModelRecord> = {}, label = 'timeSplit', split = false): ModelRecord {
	const kernel = Float32Array.from([0.5, -1.25]);
	const bias = Float32Array.from([0.75]);
	const bytes = new Uint8Array(12);
	bytes.set(new Uint8Array(kernel.buffer), 0);
	bytes.set(new Uint8Array(bias.buffer), 8);
	const weightData = split ? [bytes.slice(0, 5).buffer, bytes.slice(5).buffer] : bytes.buffer;
	return {
		id: 'm',
		datasetId: 'd',
		createdAt: 1,
		kind: 'logistic',
		name: 'model',
		metrics: {},
		pipeline,
		artifacts: {
			label: { kind: label },
			model: {
				weightSpecs: [
					{ name: 'kernel', shape: [2, 1], dtype: 'float32' },
					{ name: 'bias', shape: [1], dtype: 'float32' }
				],
				weightData
			}
		},
		...over
	};
}

describe('the churn model an SQL export carries', () => {
	it('reads kernel and bias from the stored float32 bytes, also when they come in pieces', () => {
		for (const split of [false, true])
			expect(logisticFromRecord(record({}, 'timeSplit', split))).toEqual({
				pipeline,
				weights: [0.5, -1.25],
				bias: 0.75
			});
	});

	it('leaves out MLPs, models of a churn column and weights that do not fit the pipeline', () => {
		expect(logisticFromRecord(record({ kind: 'mlp' }))).toBeUndefined();
		expect(logisticFromRecord(record({}, 'column'))).toBeUndefined();
		expect(
			logisticFromRecord(record({ pipeline: { ...pipeline, featureNames: ['recencyDays'] } }))
		).toBeUndefined();
	});

	it('takes the newest usable model', () => {
		const older = record({ createdAt: 1 });
		const newer = record({ createdAt: 5, pipeline: { ...pipeline } });
		const newestButMlp = record({ createdAt: 9, kind: 'mlp' });
		expect(newestLogistic([older, newestButMlp, newer])?.pipeline).toBe(newer.pipeline);
	});
});
