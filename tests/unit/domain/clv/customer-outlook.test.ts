import { describe, expect, it } from 'vitest';
import { customerOutlook, nextPurchaseQuantile, spendTiers } from '$lib/domain/clv/customer-outlook';
import { expectedPurchases, probabilityAlive } from '$lib/domain/clv/bg-nbd';
import type { ClvSummary } from '$lib/domain/clv/summary';

const bg = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const gg = { p: 6.25, q: 3.74, v: 15.44 };
const summary: ClvSummary = {
	unit: 'weeks',
	x: Float64Array.of(2, 0, NaN, 8),
	tx: Float64Array.of(30.43, 0, NaN, 38),
	T: Float64Array.of(38.86, 38.86, NaN, 38.86),
	monetary: Float64Array.of(50, 0, NaN, -4)
};

describe('customerOutlook', () => {
	const o = customerOutlook({ kind: 'bgnbd', params: bg }, gg, summary);

	it('gives expected purchases over 30/90/365 days from the conditional expectation in weeks', () => {
		expect(o.expected30[0]).toBeCloseTo(expectedPurchases(bg, 30 / 7, summary)[0], 12);
		expect(o.expected365[0]).toBeCloseTo(expectedPurchases(bg, 365 / 7, summary)[0], 12);
		expect(o.expected30[0]).toBeLessThan(o.expected90[0]);
		expect(o.alive[0]).toBeCloseTo(probabilityAlive(bg, summary)[0], 12);
		expect(o.expected30[2]).toBeNaN();
	});

	it('puts the median next purchase where the Lomax wait has half its mass, with quartiles around it', () => {
		// Median by hand: (α+T)(2^(1/(r+x)) − 1) weeks, × 7 days.
		const byHand = (4.414 + 38.86) * (Math.pow(2, 1 / 2.243) - 1) * 7;
		expect(o.nextPurchaseDays[0]).toBeCloseTo(byHand, 9);
		expect(o.nextPurchaseLowDays[0]).toBeLessThan(o.nextPurchaseDays[0]);
		expect(o.nextPurchaseHighDays[0]).toBeGreaterThan(o.nextPurchaseDays[0]);
		// The frequent buyer (x = 8) is expected back much sooner than the one-time buyer.
		expect(o.nextPurchaseDays[3]).toBeLessThan(o.nextPurchaseDays[1]);
		// P(W ≤ median) = 1/2.
		const w = nextPurchaseQuantile(0.5, 10, 3, 20, 0.5);
		expect(1 - Math.pow(30 / (30 + w), 3.5)).toBeCloseTo(0.5, 12);
	});

	it('never gives a refund-heavy customer a negative or NaN 12-month spend', () => {
		expect(o.predictedSpend12m[3]).toBeGreaterThan(0);
		expect(Number.isNaN(o.predictedSpend12m[2])).toBe(true);
	});

	it('splits predicted spend into high 20% / medium 30% / low 50%, a tied block placed by its middle', () => {
		const tiers = spendTiers(Float64Array.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1, NaN));
		expect(Array.from(tiers.slice(0, 10))).toEqual([0, 0, 1, 1, 1, 2, 2, 2, 2, 2]);
		expect(tiers[10]).toBeNaN();
		// Mostly one-time buyers with identical predictions: the block is not called "high" for touching the top 20%.
		const flat = spendTiers(Float64Array.of(5, 5, 5, 5, 5, 5, 5, 5, 20, 30));
		expect(Array.from(flat)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 0, 0]);
	});
});

describe('the outlook in the analysis result', () => {
	it('is computed for every buyer of a transaction dataset, with BG/NBD unless Pareto/NBD is chosen', async () => {
		const { analyseCustomers } = await import('$lib/domain/analysis');
		const { readCdnowTransactions } = await import('./cdnow-transactions');
		const { tx, customerCount } = readCdnowTransactions();
		const input = { shape: 'transactions' as const, tx, customerCount, analysisDate: Date.UTC(1997, 8, 30) };
		const result = analyseCustomers(input);
		const o = result.clv?.outlook;
		if (!o) throw new Error('no outlook');
		expect(result.clv?.model).toBe('bgnbd');
		const tiers = Array.from(o.spendTier).filter(Number.isFinite);
		expect(tiers.length).toBe(2357);
		// Predicted 12-month spend is never negative; the high tier is about a fifth of buyers.
		expect(Array.from(o.predictedSpend12m).every((v) => v >= 0)).toBe(true);
		const high = tiers.filter((t) => t === 0).length / tiers.length;
		expect(high).toBeGreaterThan(0.1);
		expect(high).toBeLessThan(0.3);
		const pareto = analyseCustomers(input, { clv: { model: 'paretonbd' } });
		expect(pareto.clv?.model).toBe('paretonbd');
		// Predicted 12-month spend as the tiering measure: the top tier holds the highest predicted spenders.
		const bySpend = analyseCustomers(input, { tierMeasure: 'predictedSpend12m' });
		if (!('tier' in bySpend.tiers)) throw new Error('tiers');
		const tier = bySpend.tiers.tier;
		const spend = o.predictedSpend12m;
		const top = Array.from(tier.keys()).filter((c) => tier[c] === 0);
		const rest = Array.from(tier.keys()).filter((c) => tier[c] > 0);
		expect(Math.min(...top.map((c) => spend[c]))).toBeGreaterThanOrEqual(
			Math.max(...rest.map((c) => spend[c]))
		);
	}, 60_000);
});
