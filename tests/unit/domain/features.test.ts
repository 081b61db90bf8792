import { describe, expect, it } from 'vitest';
import {
	featureGroups,
	fitPipeline,
	transform,
	type FeaturePipeline,
	type RawColumn
} from '$lib/domain/features';
import { seededRandom } from '$lib/domain/split';

function fitted(columns: RawColumn[], label: number[], options = {}): FeaturePipeline {
	const r = fitPipeline(columns, label, options);
	if ('error' in r) throw new Error('fit failed');
	return r.pipeline;
}

function matrix(p: FeaturePipeline, columns: RawColumn[], rows?: number[]) {
	const m = transform(p, columns, rows);
	if ('error' in m) throw new Error(m.error);
	return m;
}

describe('numeric features', () => {
	// Rows 0–3 train; row 4 (1000) is outside the training split and must not move mean or std.
	const cols: RawColumn[] = [{ name: 'spend', kind: 'numeric', values: [1, 2, NaN, 5, 1000] }];
	const label = [1, 0, 1, 0, 1];

	it('imputes the training median and standardizes with training mean and std only', () => {
		// present [1,2,5] → median 2; imputed [1,2,2,5] → mean 2.5, population std 1.5.
		const p = fitted(cols, label, { trainRows: [0, 1, 2, 3] });
		expect(p.steps[0]).toMatchObject({
			kind: 'numeric',
			median: 2,
			mean: 2.5,
			std: 1.5,
			missingIndicator: true
		});
		expect(p.featureNames).toEqual(['spend', 'spend=__missing__']);
		const m = matrix(p, cols);
		expect(m.cols).toBe(2);
		expect(m.values[0]).toBeCloseTo(-1, 6); // (1 − 2.5) / 1.5
		expect(m.values[2 * 2]).toBeCloseTo(-1 / 3, 6); // missing → median 2
		expect(m.values[2 * 2 + 1]).toBe(1); // missing indicator
		expect(m.values[0 * 2 + 1]).toBe(0);
		expect(m.values[4 * 2]).toBeCloseTo((1000 - 2.5) / 1.5, 2);
	});

	it('adds no missing-indicator column when the training rows have no gaps', () => {
		const p = fitted([{ name: 'spend', kind: 'numeric', values: [1, 2, 3, 4] }], [1, 0, 0, 1]);
		expect(p.featureNames).toEqual(['spend']);
	});
});

describe('categorical features', () => {
	// 10 training rows: a×4, b×3, c×1, missing×2; with min share 0.2, c (10%) goes to "other".
	const values = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', '', null];
	const label = [1, 0, 1, 0, 1, 0, 0, 1, 0, 1];
	const cols: RawColumn[] = [{ name: 'plan', kind: 'categorical', values }];

	it('one-hot encodes frequent levels and buckets rare and missing values', () => {
		const p = fitted(cols, label, { minCategoryShare: 0.2 });
		expect(p.featureNames).toEqual(['plan=a', 'plan=b', 'plan=__other__', 'plan=__missing__']);
		const m = matrix(p, cols);
		expect(Array.from(m.values.slice(0, 4))).toEqual([1, 0, 0, 0]);
		expect(Array.from(m.values.slice(7 * 4, 8 * 4))).toEqual([0, 0, 1, 0]); // c → other
		expect(Array.from(m.values.slice(8 * 4, 9 * 4))).toEqual([0, 0, 0, 1]); // '' → missing
	});

	it('groups the one-hot columns of a source column for importance', () => {
		const p = fitted(
			[{ name: 'age', kind: 'numeric', values: [1, NaN, 3, 4, 5, 6, 7, 8, 9, 10] }, ...cols],
			label,
			{
				minCategoryShare: 0.2
			}
		);
		expect(featureGroups(p)).toEqual([
			{ name: 'age', columns: [0, 1] },
			{ name: 'plan', columns: [2, 3, 4, 5] }
		]);
	});

	it('sends a level never seen in training to "other" when scoring new data', () => {
		const p = fitted(cols, label, { minCategoryShare: 0.2 });
		const m = matrix(p, [{ name: 'plan', kind: 'categorical', values: ['zzz'] }]);
		expect(Array.from(m.values)).toEqual([0, 0, 1, 0]);
	});
});

describe('excluded columns', () => {
	const n = 30;
	const label = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
	const rand = seededRandom(11);
	const cols: RawColumn[] = [
		{ name: 'customerID', kind: 'categorical', values: label.map((_, i) => `C-${i}`) },
		{ name: 'Churn', kind: 'categorical', values: label.map((y) => (y ? 'Yes' : 'No')) },
		{ name: 'Churn Reason', kind: 'categorical', values: label.map(() => 'x') },
		{ name: 'cancel_date', kind: 'numeric', values: label.map(() => rand()) },
		{ name: 'refund_flag', kind: 'numeric', values: label.map((y) => y + rand() * 0.01) },
		{ name: 'country', kind: 'categorical', values: label.map(() => 'CN') },
		{ name: 'notes', kind: 'numeric', values: label.map(() => NaN) },
		{ name: 'age', kind: 'numeric', values: label.map(() => 20 + Math.floor(rand() * 50)) }
	];

	it('gives each excluded column its reason code and keeps the ordinary one', () => {
		const p = fitted(cols, label, { labelSource: 'Churn' });
		const reasons = Object.fromEntries(p.excluded.map((e) => [e.column, e.reason]));
		expect(reasons).toEqual({
			customerID: 'idLike',
			Churn: 'labelSource',
			'Churn Reason': 'constant',
			cancel_date: 'leakName',
			refund_flag: 'leakAuc',
			country: 'constant',
			notes: 'allMissing'
		});
		expect(p.featureNames).toEqual(['age']);
		// refund_flag = label + noise < 0.01 separates the classes perfectly.
		expect(p.excluded.find((e) => e.column === 'refund_flag')?.auc).toBe(1);
	});

	it('reports an error instead of a pipeline when nothing usable is left', () => {
		const r = fitPipeline(cols.slice(0, 3), label, { labelSource: 'Churn' });
		expect('error' in r && r.error).toBe('noFeatures');
	});

	it('reports a column the pipeline needs but new data lacks', () => {
		const p = fitted(cols, label, { labelSource: 'Churn' });
		expect(transform(p, [cols[0]])).toEqual({ error: 'missingColumn', column: 'age' });
	});
});

describe('NaN guard', () => {
	it('never lets NaN or Infinity into the matrix, whatever the input holds', () => {
		const rand = seededRandom(5);
		const n = 500;
		const label = Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
		const num = Array.from({ length: n }, () => {
			const r = rand();
			return r < 0.1 ? NaN : r < 0.15 ? Infinity : r < 0.2 ? -Infinity : r * 100;
		});
		const cat = Array.from({ length: n }, () => {
			const r = rand();
			return r < 0.1
				? ''
				: r < 0.15
					? null
					: r < 0.2
						? `rare${Math.floor(r * 1e6)}`
						: ['x', 'y', 'z'][Math.floor(r * 3)];
		});
		const cols: RawColumn[] = [
			{ name: 'n', kind: 'numeric', values: num },
			{ name: 'c', kind: 'categorical', values: cat }
		];
		const p = fitted(cols, label, { trainRows: Array.from({ length: 300 }, (_, i) => i) });
		// Also score data with gaps where training had none, and unseen levels.
		const fresh: RawColumn[] = [
			{ name: 'n', kind: 'numeric', values: [NaN, Infinity, 3] },
			{ name: 'c', kind: 'categorical', values: [undefined, 'never-seen', 'x'] }
		];
		for (const m of [matrix(p, cols), matrix(p, fresh)])
			for (const v of m.values) expect(Number.isFinite(v)).toBe(true);
		expect(JSON.parse(JSON.stringify(p))).toEqual(p);
	});
});
