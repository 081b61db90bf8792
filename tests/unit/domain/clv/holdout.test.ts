import { describe, expect, it } from 'vitest';
import { splitCalibrationHoldout } from '$lib/domain/clv/holdout-split';
import { checkHoldout } from '$lib/domain/clv/holdout-check';
import { fitPurchaseModel } from '$lib/domain/clv/purchase-model';
import { fitGammaGamma } from '$lib/domain/clv/gamma-gamma';
import { readCdnowTransactions } from './cdnow-transactions';

const within = (actual: number, expected: number, rel = 0.01) =>
	expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(rel);

describe('CDNOW calibration/holdout (1997-01-01 … 1997-09-30 | … 1998-06-30)', () => {
	const { tx, customerCount } = readCdnowTransactions();
	const split = splitCalibrationHoldout(tx, customerCount, Date.UTC(1997, 8, 30), Date.UTC(1998, 5, 30));

	it('reads 6,919 lines of 2,357 customers and makes a 39 + 39 week split', () => {
		expect(tx.customer.length).toBe(6919);
		expect(customerCount).toBe(2357);
		expect(split.holdoutWeeks).toBe(39);
		expect(split.calibrationWeeks).toBe(39);
		expect(split.weekEnds.length).toBe(78);
	});

	it('fits the published BG/NBD on the calibration period (same-day purchases merged)', () => {
		const fit = fitPurchaseModel('bgnbd', split.calibration);
		if ('error' in fit) throw new Error(fit.error);
		const p = fit.model.params as { r: number; alpha: number; a: number; b: number };
		within(p.r, 0.2426);
		within(p.alpha, 4.4136);
		within(p.a, 0.7929);
		within(p.b, 2.4259);
		within(fit.logLikelihood, -9582.4, 0.001);
	});

	it('expects 1,653.4 repeat purchases in the holdout (conditional), 1,666.7 (aggregate); there were 1,882', () => {
		const fit = fitPurchaseModel('bgnbd', split.calibration);
		if ('error' in fit) throw new Error(fit.error);
		const check = checkHoldout(split, fit.model);
		expect(check.actual).toBe(1882);
		within(check.expected, 1653.4);
		within(check.aggregateExpected, 1666.7);
		within(check.relativeError, (1653.4 - 1882) / 1882, 0.05);
		// The weekly actuals add up to the calibration repeats plus the holdout repeats.
		const calRepeats = Array.from(split.calibration.x).reduce((a, x) => a + (x > 0 ? x : 0), 0);
		const weekly = Array.from(check.tracking.actual).reduce((a, b) => a + b, 0);
		expect(weekly).toBe(calRepeats + 1882);
		// The model's per-customer error beats the naive "same rate as before" baseline.
		expect(check.mae).toBeLessThan(check.naiveMae);
		// Conditional expectations: 8 groups (0 … 7+) cover every calibration customer.
		expect(check.byRepeats.map((g) => g.customers).reduce((a, b) => a + b, 0)).toBe(2357);
		expect(check.byRepeats[0].customers).toBe(1411);
	});

	it('fits the published Gamma–Gamma on the 946 calibration repeat buyers', () => {
		const gg = fitGammaGamma(split.calibration.x, split.calibration.monetary);
		if ('error' in gg) throw new Error(gg.error);
		expect(gg.customers).toBe(946);
		within(gg.params.p, 6.25);
		within(gg.params.q, 3.74);
		within(gg.params.v, 15.44);
		within(gg.logLikelihood, -4055.9, 0.001);
	});

	it('fits Pareto/NBD on the calibration period to the published figures', () => {
		const fit = fitPurchaseModel('paretonbd', split.calibration);
		if ('error' in fit) throw new Error(fit.error);
		const p = fit.model.params as { r: number; alpha: number; s: number; beta: number };
		within(p.r, 0.553);
		within(p.alpha, 10.578);
		within(p.s, 0.606);
		within(p.beta, 11.669);
		within(fit.logLikelihood, -9595.0);
		expect(fit.converged).toBe(true);
	});
});
