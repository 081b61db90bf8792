import { describe, expect, it } from 'vitest';
import {
	brierScore,
	calibration,
	confusionAt,
	gains,
	prCurve,
	profitCurve,
	rocAuc,
	rocCurve
} from '$lib/domain/metrics';

// Eight customers, riskiest first; 4 churners.
const s8 = [0.95, 0.85, 0.75, 0.65, 0.55, 0.45, 0.35, 0.25];
const y8 = [1, 1, 0, 1, 0, 0, 1, 0];

describe('ROC', () => {
	it('gives AUC 0.75 when 3 of the 4 churner/stayer pairs are ranked right', () => {
		// pos {0.9, 0.7}, neg {0.8, 0.6}: (0.9>0.8), (0.9>0.6), (0.7>0.6) right; (0.7<0.8) wrong → 3/4.
		const roc = rocCurve([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0]);
		expect(roc.auc).toBeCloseTo(0.75, 12);
		expect(roc.fpr).toEqual([0, 0, 0.5, 0.5, 1]);
		expect(roc.tpr).toEqual([0, 0.5, 0.5, 1, 1]);
		expect(roc.thresholds[0]).toBe(Infinity);
	});

	it('counts a tied churner/stayer pair as half right, like Mann–Whitney', () => {
		// pairs: 0.8>0.5, 0.8>0.2, 0.5=0.5 (½), 0.5>0.2 → 3.5/4 = 0.875; the tie is one diagonal step.
		const roc = rocCurve([0.8, 0.5, 0.5, 0.2], [1, 1, 0, 0]);
		expect(roc.auc).toBeCloseTo(0.875, 12);
		expect(roc.fpr).toEqual([0, 0, 0.5, 1]);
		expect(roc.tpr).toEqual([0, 0.5, 1, 1]);
	});

	it('gives 0.5 when every score is the same and NaN when one class is absent', () => {
		expect(rocAuc([0.3, 0.3, 0.3, 0.3], [1, 0, 1, 0])).toBeCloseTo(0.5, 12);
		expect(rocAuc([0.1, 0.2], [1, 1])).toBeNaN();
	});

	it('agrees with pair counting on the eight-customer case', () => {
		// positives at ranks 1,2,4,7; count stayers ranked below each: 4 + 4 + 3 + 1 = 12 of 16.
		expect(rocAuc(s8, y8)).toBeCloseTo(12 / 16, 12);
	});
});

describe('PR curve and average precision', () => {
	it('sums recall steps times precision: 0.5·1 + 0.5·(2/3)', () => {
		const pr = prCurve([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0]);
		expect(pr.averagePrecision).toBeCloseTo(0.5 + 1 / 3, 12);
		expect(pr.precision).toEqual([1, 0.5, 2 / 3, 0.5]);
		expect(pr.recall).toEqual([0.5, 0.5, 1, 1]);
	});

	it('treats tied scores as a single threshold', () => {
		const pr = prCurve([0.8, 0.5, 0.5, 0.2], [1, 1, 0, 0]);
		expect(pr.thresholds).toEqual([0.8, 0.5, 0.2]);
		expect(pr.averagePrecision).toBeCloseTo(0.5 + 0.5 * (2 / 3), 12);
	});
});

describe('confusion matrix', () => {
	it('flags the five customers scoring ≥ 0.5 and derives the rates from the four counts', () => {
		const c = confusionAt(s8, y8, 0.5);
		expect([c.tp, c.fp, c.tn, c.fn]).toEqual([3, 2, 2, 1]);
		expect(c.precision).toBeCloseTo(3 / 5, 12);
		expect(c.recall).toBeCloseTo(3 / 4, 12);
		expect(c.f1).toBeCloseTo(2 / 3, 12);
		expect(c.accuracy).toBeCloseTo(5 / 8, 12);
		expect(c.specificity).toBeCloseTo(2 / 4, 12);
	});

	it('flags a customer whose score equals the threshold exactly', () => {
		expect(confusionAt(s8, y8, 0.55).fp).toBe(2);
		expect(confusionAt(s8, y8, 0.5500001).fp).toBe(1);
	});
});

describe('calibration', () => {
	it('puts scores in tenth bins, the last one closed at 1, with mean predicted and observed rate', () => {
		const bins = calibration([0.05, 0.15, 0.12, 0.95, 1.0], [0, 1, 0, 1, 1]);
		expect(bins).toHaveLength(10);
		expect(bins[0]).toMatchObject({ count: 1, meanPredicted: 0.05, observedRate: 0 });
		expect(bins[1].count).toBe(2);
		expect(bins[1].meanPredicted).toBeCloseTo(0.135, 12);
		expect(bins[1].observedRate).toBe(0.5);
		expect(bins[9].count).toBe(2);
		expect(bins[9].meanPredicted).toBeCloseTo(0.975, 12);
		expect(bins[5].count).toBe(0);
		expect(bins[5].observedRate).toBeNaN();
	});

	it('computes the Brier score as the mean squared error of the probabilities', () => {
		const expected = (0.05 ** 2 + 0.85 ** 2 + 0.12 ** 2 + 0.05 ** 2 + 0) / 5;
		expect(brierScore([0.05, 0.15, 0.12, 0.95, 1.0], [0, 1, 0, 1, 1])).toBeCloseTo(expected, 12);
	});
});

describe('lift and gains', () => {
	it('says contacting the riskiest 10% reaches 25% of churners (lift 2.5)', () => {
		const scores = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
		const labels = [1, 1, 0, 1, 0, 0, 0, 0, 1, 0];
		const g = gains(scores, labels, [0.1, 0.2, 0.5, 1]);
		expect(g.map((r) => r.churnersReached)).toEqual([1, 2, 3, 4]);
		expect(g.map((r) => r.captureRate)).toEqual([0.25, 0.5, 0.75, 1]);
		expect(g[0].lift).toBeCloseTo(2.5, 12);
		expect(g[2].lift).toBeCloseTo(1.5, 12);
		expect(g[3].lift).toBeCloseTo(1, 12);
	});
});

describe('expected profit', () => {
	it('picks the threshold where contacting is worth most: 4 churners × 0.5 × 100 − 7 × 10 = 130', () => {
		const { points, best } = profitCurve(s8, y8, {
			costPerContact: 10,
			valueOfSavedCustomer: 100,
			saveRate: 0.5
		});
		// Contact nobody, then one more customer per threshold.
		expect(points.map((p) => p.expectedProfit)).toEqual([0, 40, 80, 70, 110, 100, 90, 130, 120]);
		expect(best.threshold).toBe(0.35);
		expect(best.expectedProfit).toBe(130);
		expect(best.contacted).toBe(7);
	});

	it('contacts nobody when a contact costs more than a saved customer can bring', () => {
		const { best } = profitCurve(s8, y8, { costPerContact: 60, valueOfSavedCustomer: 100, saveRate: 0.5 });
		expect(best.threshold).toBe(Infinity);
		expect(best.expectedProfit).toBe(0);
	});
});
