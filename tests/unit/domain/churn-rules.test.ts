import { describe, expect, it } from 'vitest';
import { fitPipeline, type FeaturePipeline, type RawColumn } from '$lib/domain/features';
import { explainChurn } from '$lib/domain/churn-rules';

/** The pipeline the model would use; the leak guard is off because these toy labels are exact on purpose. */
function pipelineOf(columns: RawColumn[], label: Int8Array, train: Int32Array): FeaturePipeline {
	const fit = fitPipeline(columns, label, { trainRows: train, leakAuc: 1.01 });
	if ('error' in fit) throw new Error(fit.error);
	return fit.pipeline;
}

const range = (n: number, keep: (i: number) => boolean) =>
	Int32Array.from(Array.from({ length: n }, (_, i) => i).filter(keep));

describe('the churn decision rules', () => {
	// 200 customers with recency 0…199 days; exactly those with recency > 100 churned. Even rows train, odd test.
	const n = 200;
	const recency = Float64Array.from({ length: n }, (_, i) => i);
	const orders = Float64Array.from({ length: n }, (_, i) => (i * 7) % 5);
	const label = Int8Array.from(recency, (r) => (r > 100 ? 1 : 0));
	const columns: RawColumn[] = [
		{ name: 'orders', kind: 'numeric', values: orders },
		{ name: 'recency', kind: 'numeric', values: recency }
	];
	const split = { train: range(n, (i) => i % 2 === 0), test: range(n, (i) => i % 2 === 1) };

	it('splits on raw recency at 100 days when churn is exactly "recency > 100", and is right for every test customer', () => {
		const rules = explainChurn(pipelineOf(columns, label, split.train), columns, label, split);
		expect(rules).toBeDefined();
		if (!rules) return;
		const top = [...rules.rules].sort((a, b) => b.support - a.support)[0];
		// Training recencies are even: 100 is the last non-churner, 102 the first churner, so the cut is 100
		// in days (not a standardized value).
		expect(top.conditions).toEqual([{ feature: 'recency', op: '<=', threshold: 100 }]);
		expect(top.classIndex).toBe(0);
		// Even recencies 0…100 are 51 training customers, 102…198 are 49; both leaves are pure.
		expect(rules.rules.map((r) => [r.classIndex, r.support, r.purity])).toEqual([
			[0, 51, 1],
			[1, 49, 1]
		]);
		expect(rules.testAccuracy).toBe(1);
		// Odd recencies 101…199 churned: 50 of the 100 test customers.
		expect(rules.testBaseRate).toBe(0.5);
		expect(rules.trainRows).toBe(100);
		expect(rules.testRows).toBe(100);
	});

	it('reads a category as "plan = monthly" when only monthly customers churn', () => {
		const plans = ['annual', 'monthly', 'two-year'];
		const plan = Array.from({ length: 90 }, (_, i) => plans[i % 3]);
		const noise = Float64Array.from({ length: 90 }, (_, i) => (i * 11) % 7);
		const y = Int8Array.from(plan, (p) => (p === 'monthly' ? 1 : 0));
		const cols: RawColumn[] = [
			{ name: 'plan', kind: 'categorical', values: plan },
			{ name: 'orders', kind: 'numeric', values: noise }
		];
		const parts = { train: range(90, (i) => i < 60), test: range(90, (i) => i >= 60) };
		const rules = explainChurn(pipelineOf(cols, y, parts.train), cols, y, parts);
		const churn = rules?.rules.find((r) => r.classIndex === 1);
		expect(churn?.conditions).toEqual([{ feature: 'plan=monthly', op: '>', threshold: 0 }]);
		// 20 of the 60 training customers are monthly, all churned.
		expect([churn?.support, churn?.purity]).toEqual([20, 1]);
		expect(rules?.levels['plan=monthly']).toEqual({ column: 'plan', level: 'monthly' });
		expect(rules?.testAccuracy).toBe(1);
	});

	it('counts support over every training customer even when the tree grows on a 20,000-row sample', () => {
		// 40,000 customers, recency = i mod 200, churn = recency > 100; rows with i mod 4 ≠ 0 train (30,000).
		const big = 40_000;
		const r = Float64Array.from({ length: big }, (_, i) => i % 200);
		const y = Int8Array.from(r, (v) => (v > 100 ? 1 : 0));
		const cols: RawColumn[] = [{ name: 'recency', kind: 'numeric', values: r }];
		const parts = { train: range(big, (i) => i % 4 !== 0), test: range(big, (i) => i % 4 === 0) };
		const rules = explainChurn(pipelineOf(cols, y, parts.train), cols, y, parts);
		// Per 200-row block, recencies 0…100 not divisible by 4: 101 − 26 = 75; 101…199: 99 − 24 = 75.
		// 200 blocks → 15,000 customers on each side, all of one class.
		expect(rules?.rules.map((x) => [x.classIndex, x.support, x.purity])).toEqual([
			[0, 15_000, 1],
			[1, 15_000, 1]
		]);
		expect(rules?.trainRows).toBe(30_000);
	});
});
