import { describe, expect, it } from 'vitest';
import { expectedAverageSpend, fitGammaGamma, gammaGammaLogLikelihood } from '$lib/domain/clv/gamma-gamma';
import { readCdnow } from './cdnow';

const within = (actual: number, expected: number, rel = 0.01) =>
	expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(rel);

describe('Gamma–Gamma', () => {
	it('reproduces the published CDNOW repeat-buyer fit p = 6.25, q = 3.74, v = 15.44 within 1%', () => {
		const data = readCdnow();
		const fit = fitGammaGamma(data.x, data.monetary);
		if ('error' in fit) throw new Error(fit.error);
		// Only repeat buyers (x > 0) count: 946 of the 2,357 CDNOW customers.
		expect(fit.customers).toBe(Array.from(data.x).filter((x) => x > 0).length);
		within(fit.params.p, 6.25);
		within(fit.params.q, 3.74);
		within(fit.params.v, 15.44);
	});

	it('matches the likelihood formula evaluated by hand for one customer', () => {
		// p = q = v = 1, x = 1, m = 1: ln Γ(2) − ln Γ(1) − ln Γ(1) + 0 + 0 + 0 − 2 ln 2 = −2 ln 2.
		const ll = gammaGammaLogLikelihood({ p: 1, q: 1, v: 1 }, Float64Array.of(1), Float64Array.of(1));
		expect(ll).toBeCloseTo(-2 * Math.log(2), 12);
	});

	it('ignores one-time buyers and non-positive spend when fitting', () => {
		const ll = gammaGammaLogLikelihood(
			{ p: 1, q: 1, v: 1 },
			Float64Array.of(1, 0, 3),
			Float64Array.of(1, 5, -2)
		);
		expect(ll).toBeCloseTo(-2 * Math.log(2), 12);
		expect(fitGammaGamma(Float64Array.of(0, 0), Float64Array.of(10, 20))).toEqual({
			error: 'tiering.clv.error.noRepeatBuyers'
		});
	});

	it('shrinks observed spend towards the population mean, and gives one-time buyers the population mean', () => {
		const params = { p: 6.25, q: 3.74, v: 15.44 };
		const population = (6.25 * 15.44) / 2.74;
		const spend = expectedAverageSpend(params, Float64Array.of(0, 2), Float64Array.of(0, 50));
		expect(spend[0]).toBeCloseTo(population, 10);
		const w = 12.5 / (12.5 + 2.74);
		expect(spend[1]).toBeCloseTo((1 - w) * population + w * 50, 10);
	});
});

describe('Gamma–Gamma on large data', () => {
	it('reaches the published CDNOW optimum through the sampled warm start (repeat buyers × 11)', () => {
		const data = readCdnow();
		const copies = 11;
		const rep = (v: Float64Array, jitter: number) =>
			Float64Array.from({ length: v.length * copies }, (_, i) => v[i % v.length] + jitter * i);
		const fit = fitGammaGamma(rep(data.x, 0), rep(data.monetary, 1e-12));
		if ('error' in fit) throw new Error(fit.error);
		expect(fit.customers).toBeGreaterThan(10_000);
		within(fit.params.p, 6.25);
		within(fit.params.q, 3.74);
		within(fit.params.v, 15.44);
	});
});
