import { describe, expect, it } from 'vitest';
import {
	labelFromColumn,
	labelFromTransactions,
	latestCutoff,
	summarizeLabel,
	type TransactionColumns
} from '$lib/domain/churn-label';
import { seededRandom } from '$lib/domain/split';

const DAY = 86_400_000;
const day = (d: number) => Date.UTC(2024, 0, 1) + d * DAY;

describe('label from a churn column', () => {
	it('keeps 1/0, marks the rest unknown and lists the raw values that did not parse', () => {
		const parsed = Int8Array.from([1, 0, 0, -1, 1, -1, -1, 0]);
		const raw = ['Yes', 'No', 'No', 'maybe', 'Yes', 'maybe', '', 'No'];
		const r = labelFromColumn(parsed, raw);
		expect(Array.from(r.label)).toEqual([1, 0, 0, -1, 1, -1, -1, 0]);
		expect(r.unexpected).toEqual([{ value: 'maybe', count: 2 }]);
		expect(r.summary).toEqual({
			labelled: 5,
			positives: 2,
			negatives: 3,
			unknown: 3,
			baseRate: 0.4,
			imbalanceRatio: 1.5
		});
	});

	it('reports the Telco-like base rate: 1,869 churners of 7,043', () => {
		const label = new Int8Array(7043);
		label.fill(1, 0, 1869);
		const s = summarizeLabel(label);
		expect(s.baseRate).toBeCloseTo(1869 / 7043, 12);
		expect(s.imbalanceRatio).toBeCloseTo(5174 / 1869, 12);
	});
});

describe('label from transactions by a time split', () => {
	// Customer 0 buys on days 0, 10, 100 and again on day 150 (within 90 days of cutoff day 120 → stays).
	// Customer 1 buys on days 5 and 60, never again (→ churned). Customer 2 first buys on day 130 (not scored).
	const tx: TransactionColumns = {
		customer: Int32Array.from([0, 0, 0, 1, 1, 0, 2, 2]),
		date: Float64Array.from([day(0), day(10), day(100), day(5), day(60), day(150), day(130), day(215)]),
		amount: Float64Array.from([10, 20, 30, 5, 15, 999, 50, 60])
	};

	it('labels churn as no purchase in the 90 days after the cutoff and builds RFM from before it', () => {
		const r = labelFromTransactions(tx, 3, day(120), 90);
		if ('error' in r) throw new Error(r.error);
		expect(Array.from(r.customers)).toEqual([0, 1]);
		expect(Array.from(r.label)).toEqual([0, 1]);
		expect(Array.from(r.features.recencyDays)).toEqual([20, 60]);
		expect(Array.from(r.features.frequency)).toEqual([3, 2]);
		expect(Array.from(r.features.monetary)).toEqual([60, 20]);
		expect(Array.from(r.features.averageOrderValue)).toEqual([20, 10]);
		expect(Array.from(r.features.tenureDays)).toEqual([120, 115]);
		expect(r.summary.baseRate).toBe(0.5);
	});

	it('refuses a cutoff whose 90-day window runs past the last purchase in the data', () => {
		const r = labelFromTransactions(tx, 3, day(200), 90);
		expect(r).toEqual({ error: 'horizonBeyondData', lastDate: day(215), needed: day(290) });
		expect(latestCutoff(tx.date, 90)).toBe(day(125));
	});

	it('leaves every feature unchanged whatever happens after the cutoff', () => {
		const rand = seededRandom(42);
		const n = 2000;
		const base: TransactionColumns = {
			customer: Int32Array.from({ length: n }, () => Math.floor(rand() * 100)),
			date: Float64Array.from({ length: n }, () => day(Math.floor(rand() * 365))),
			amount: Float64Array.from({ length: n }, () => Math.round(rand() * 500))
		};
		const cutoff = day(200);
		const before = labelFromTransactions(base, 100, cutoff);
		// Rewrite every post-cutoff line (amount, customer) and append 500 more post-cutoff purchases.
		const extra = 500;
		const changed: TransactionColumns = {
			customer: new Int32Array(n + extra),
			date: new Float64Array(n + extra),
			amount: new Float64Array(n + extra)
		};
		for (let i = 0; i < n + extra; i++) {
			const post = i >= n || base.date[i] > cutoff;
			changed.customer[i] = post ? Math.floor(rand() * 100) : base.customer[i];
			changed.date[i] = i >= n ? cutoff + (1 + Math.floor(rand() * 160)) * DAY : base.date[i];
			changed.amount[i] = post ? 1e6 : base.amount[i];
		}
		const after = labelFromTransactions(changed, 100, cutoff);
		if ('error' in before || 'error' in after) throw new Error('unexpected error');
		expect(after.customers).toEqual(before.customers);
		expect(after.features).toEqual(before.features);
	});
});
