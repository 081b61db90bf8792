import { describe, expect, it } from 'vitest';
import { churnOutcome, realisedChurnCheck } from '$lib/domain/snapshots/outcomes';
import { kpiTrend, retentionRate } from '$lib/domain/snapshots/trends';
import { snap } from './helpers';

// Earlier snapshot on day 100 with churn predictions; later one on day 280 (180 days on).
const earlier = snap(
	100,
	['gold', 'silver'],
	[
		['a', 0, 10, 3, 900, 0.9],
		['b', 0, 20, 2, 600, 0.8],
		['c', 1, 200, 1, 100, 0.4],
		['d', 1, 50, 1, 100, 0.2],
		['e', 1, 95, 2, 300, 0.85]
	]
);
const later = snap(
	280,
	['gold', 'silver'],
	[
		// a missing → churned; b last bought 200 days before day 280 = day 80 < 100 → churned.
		['b', 0, 200, 2, 600],
		['c', 1, 10, 2, 150], // bought on day 270 → stayed
		['d', 1, 30, 2, 150], // day 250 → stayed
		['e', 0, 100, 3, 400] // day 180 → stayed
	]
);

describe('churnOutcome', () => {
	it('counts a customer as churned when absent later or when the last purchase is not after the earlier date', () => {
		expect(Array.from(churnOutcome(earlier, later))).toEqual([1, 1, 0, 0, 0]);
	});
});

describe('realisedChurnCheck', () => {
	it('gives the realised AUC of the earlier predictions: 5 of 6 churned/stayed pairs ordered right', () => {
		// Churned scores {0.9, 0.8}; stayed {0.4, 0.2, 0.85}. 0.9 beats all three; 0.8 beats 0.4 and 0.2 only.
		const r = realisedChurnCheck(earlier, later, 2);
		if ('error' in r) throw new Error(r.error);
		expect(r.customers).toBe(5);
		expect(r.churned).toBe(2);
		expect(r.auc).toBeCloseTo(5 / 6, 12);
		// Bins [0, .5): c, d → mean 0.3, none churned; [.5, 1]: a, b, e → mean 0.85, 2 of 3 churned.
		expect(r.calibration.map((b) => b.count)).toEqual([2, 3]);
		expect(r.calibration[0].meanPredicted).toBeCloseTo(0.3, 12);
		expect(r.calibration[0].observedRate).toBe(0);
		expect(r.calibration[1].meanPredicted).toBeCloseTo(0.85, 12);
		expect(r.calibration[1].observedRate).toBeCloseTo(2 / 3, 12);
	});

	it('says so when the earlier snapshot has no predictions or the later one is not later', () => {
		expect(realisedChurnCheck(later, earlier)).toEqual({ error: 'noPredictions' });
		expect(realisedChurnCheck(earlier, { ...later, analysisDate: earlier.analysisDate })).toEqual({
			error: 'notLater'
		});
	});
});

describe('KPI trends', () => {
	it('computes customers and revenue per tier, active and repeat rates, and retention since the last snapshot', () => {
		const [first, second] = kpiTrend([later, earlier]);
		expect(first.analysisDate).toBe(earlier.analysisDate);
		expect(first.tierCustomers).toEqual([2, 3]);
		expect(first.tierRevenue).toEqual([1500, 500]);
		expect(first.revenue).toBe(2000);
		// Active (recency ≤ 90): a, b, d → 3/5. Repeat (≥ 2 purchases) among buyers: a, b, e → 3/5.
		expect(first.activeRate).toBeCloseTo(0.6, 12);
		expect(first.repeatRate).toBeCloseTo(0.6, 12);
		expect(first.retentionRate).toBeNaN();
		// Earlier active a, b, d: only d bought again → 1/3.
		expect(second.retentionRate).toBeCloseTo(1 / 3, 12);
		expect(retentionRate(earlier, later)).toBeCloseTo(1 / 3, 12);
		expect(second.tierCustomers).toEqual([2, 2]);
	});
});
