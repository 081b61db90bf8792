import { describe, expect, it } from 'vitest';
import { expectedPurchases } from '$lib/domain/clv/bg-nbd';
import { historicalClv, predictClv, predictPurchases } from '$lib/domain/clv/predict';
import type { ClvSummary } from '$lib/domain/clv/summary';

const bg = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const gg = { p: 6.25, q: 3.74, v: 15.44 };
const summary: ClvSummary = {
	unit: 'weeks',
	x: Float64Array.of(2, 0, NaN),
	tx: Float64Array.of(30.43, 0, NaN),
	T: Float64Array.of(38.86, 38.86, NaN),
	monetary: Float64Array.of(50, 0, NaN)
};

describe('predictClv', () => {
	it('discounts each month’s expected purchases times expected spend', () => {
		// Expected spend by hand: w = p·x/(p·x + q − 1) = 12.5/15.24; population mean p·v/(q − 1).
		const w = 12.5 / 15.24;
		const spend = (1 - w) * ((6.25 * 15.44) / 2.74) + w * 50;
		const e1 = expectedPurchases(bg, 4.345, summary)[0];
		const e2 = expectedPurchases(bg, 8.69, summary)[0];
		const clv = predictClv(bg, gg, summary, { months: 2, monthlyDiscount: 0.01 });
		expect(clv[0]).toBeCloseTo(spend * (e1 / 1.01 + (e2 - e1) / 1.01 ** 2), 9);
	});

	it('values one-time buyers at the population mean spend and leaves non-buyers NaN', () => {
		const clv = predictClv(bg, gg, summary, { months: 1, monthlyDiscount: 0 });
		const e = expectedPurchases(bg, 4.345, summary)[1];
		expect(clv[1]).toBeCloseTo(((6.25 * 15.44) / 2.74) * e, 9);
		expect(clv[2]).toBeNaN();
	});

	it('predicts more purchases over 12 months than over 1', () => {
		expect(predictPurchases(bg, summary, 12)[0]).toBeGreaterThan(predictPurchases(bg, summary, 1)[0]);
	});
});

describe('historicalClv', () => {
	it('is net monetary, or margin when a cost column gave one', () => {
		expect(Array.from(historicalClv({ monetary: Float64Array.of(100, -5) }))).toEqual([100, -5]);
		expect(
			Array.from(historicalClv({ monetary: Float64Array.of(100), margin: Float64Array.of(30) }))
		).toEqual([30]);
	});
});
