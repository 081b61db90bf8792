import { describe, expect, it } from 'vitest';
import { churnVerdict, maxTopDecileLift, savedValueDefault } from '$lib/domain/churn-verdict';

describe('churnVerdict', () => {
	it('calls a model below 0.65 AUC weak, 0.65–0.80 useful, from 0.80 strong', () => {
		const at = (rocAuc: number) => churnVerdict({ rocAuc, topDecileLift: 2, baseRate: 0.3 }).quality;
		expect(at(0.61)).toBe('weak');
		expect(at(0.649)).toBe('weak');
		expect(at(0.65)).toBe('useful');
		expect(at(0.79)).toBe('useful');
		expect(at(0.8)).toBe('strong');
		expect(at(NaN)).toBe('weak');
	});

	it('calls a passable AUC weak when the riskiest 10% barely churn more than average', () => {
		expect(churnVerdict({ rocAuc: 0.72, topDecileLift: 1.1, baseRate: 0.3 })).toEqual({
			quality: 'weak',
			reason: 'lift',
			baseRate: null
		});
	});

	it('does not judge lift when the base rate caps it (80% churners: lift ≤ 1.25)', () => {
		const v = churnVerdict({ rocAuc: 0.82, topDecileLift: 1.1, baseRate: 0.8 });
		expect(v.quality).toBe('strong');
		expect(v.reason).toBe('aucCapped');
		expect(v.baseRate).toBe(null);
		expect(maxTopDecileLift(0.8)).toBeCloseTo(1.25, 12);
		// At two thirds churn lift can still reach 1.5, so it is judged (and 1.1 fails it).
		expect(churnVerdict({ rocAuc: 0.82, topDecileLift: 1.1, baseRate: 2 / 3 }).reason).toBe('lift');
		expect(churnVerdict({ rocAuc: 0.82, topDecileLift: 1.6, baseRate: 0.3 }).reason).toBe('auc');
	});

	it('calls any model weak when almost everyone (or almost no one) churns', () => {
		expect(churnVerdict({ rocAuc: 0.82, topDecileLift: 1.03, baseRate: 0.96 })).toEqual({
			quality: 'weak',
			reason: 'baseRate',
			baseRate: 'almostAll'
		});
		expect(churnVerdict({ rocAuc: 0.9, topDecileLift: 8, baseRate: 0.01 }).reason).toBe('baseRate');
	});

	it('warns about the base rate above 90% and below 2%, not at the limits', () => {
		const rate = (baseRate: number) => churnVerdict({ rocAuc: 0.7, topDecileLift: 2, baseRate }).baseRate;
		expect(rate(0.96)).toBe('almostAll');
		expect(rate(0.9)).toBe(null);
		expect(rate(0.02)).toBe(null);
		expect(rate(0.01)).toBe('almostNone');
	});

	it('gives the reported real file (AUC 0.61, 96% churners) a weak verdict with the base-rate warning', () => {
		expect(churnVerdict({ rocAuc: 0.61, topDecileLift: 1.0, baseRate: 0.96 })).toEqual({
			quality: 'weak',
			// 1 / 0.96 caps lift at 1.04×: the sentence says so instead of quoting 1.0× as if it were judged.
			reason: 'aucCapped',
			baseRate: 'almostAll'
		});
	});
});

describe('savedValueDefault', () => {
	it('averages the value of the flagged customers only', () => {
		const p = [0.9, 0.6, 0.2, 0.5];
		const v = [300, 100, 10_000, NaN];
		// Flagged at 0.5: 300, 100 and NaN (unknown value skipped) → 200 over 2.
		expect(savedValueDefault(p, v, 0.5)).toEqual({ value: 200, flagged: 2 });
	});

	it('falls back to everyone’s mean when no one is flagged', () => {
		expect(savedValueDefault([0.1, 0.2], [10, 30], 0.5)).toEqual({ value: 20, flagged: 0 });
		expect(savedValueDefault([0.1], [NaN], 0.5).value).toBeNaN();
	});
});
