import { describe, expect, it } from 'vitest';
import {
	bgNbdLogLikelihood,
	expectedPurchases,
	expectedPurchasesNewCustomer,
	fitBgNbd,
	probabilityAlive
} from '$lib/domain/clv/bg-nbd';
import { readCdnow } from './cdnow';

const within = (actual: number, expected: number, rel = 0.01) =>
	expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(rel);

describe('BG/NBD', () => {
	const data = readCdnow();

	it('reads the CDNOW fixture with its 2,357 customers and x, t_x, T columns', () => {
		expect(data.header).toEqual(['ID', 'x', 't_x', 'T', 'zbar']);
		expect(data.x.length).toBe(2357);
	});

	it('reproduces the published CDNOW fit r = 0.243, α = 4.414, a = 0.793, b = 2.426 within 1%', () => {
		const fit = fitBgNbd(data);
		if ('error' in fit) throw new Error(fit.error);
		within(fit.params.r, 0.243);
		within(fit.params.alpha, 4.414);
		within(fit.params.a, 0.793);
		within(fit.params.b, 2.426);
		// Fader, Hardie & Lee (2005) report a log-likelihood of −9582.4 at the optimum.
		within(fit.logLikelihood, -9582.4, 0.001);
	});

	it('gives a one-customer likelihood that matches the formula evaluated by hand', () => {
		// r = α = a = b = 1, x = 0, T = 1: ln Γ(1)−ln Γ(1)+0 + ln B(1,1) − ln B(1,1) − 1·ln 2 = −ln 2.
		const p = { r: 1, alpha: 1, a: 1, b: 1 };
		const one = (x: number, tx: number, T: number) =>
			bgNbdLogLikelihood(p, { x: Float64Array.of(x), tx: Float64Array.of(tx), T: Float64Array.of(T) });
		expect(one(0, 0, 1)).toBeCloseTo(-Math.log(2), 12);
		// x = 1, t_x = 1, T = 2, b = 2 (so b+x−1 = 2): A1 = ln Γ(2) = 0; B(1,3)/B(1,2) = (1/3)/(1/2);
		// (α+T)^−2 = 1/9, a/(b+x−1)·(α+t_x)^−2 = 1/2 · 1/4.
		const p2 = { r: 1, alpha: 1, a: 1, b: 2 };
		const ll = bgNbdLogLikelihood(p2, {
			x: Float64Array.of(1),
			tx: Float64Array.of(1),
			T: Float64Array.of(2)
		});
		expect(ll).toBeCloseTo(Math.log(2 / 3) + Math.log(1 / 9 + 1 / 8), 12);
	});

	it('treats a customer without repeat purchases as certainly alive and skips non-buyers', () => {
		const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
		const s = {
			x: Float64Array.of(0, 2, NaN),
			tx: Float64Array.of(0, 30.43, NaN),
			T: Float64Array.of(38.86, 38.86, NaN)
		};
		const alive = probabilityAlive(p, s);
		expect(alive[0]).toBe(1);
		// By hand: 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
		const odds = (0.793 / (2.426 + 1)) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 2.243);
		expect(alive[1]).toBeCloseTo(1 / (1 + odds), 12);
		expect(alive[2]).toBeNaN();
	});

	it('predicts purchases that grow with the horizon and match the unconditional formula for a fresh customer', () => {
		const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
		// A customer observed for T → 0 with x = 0 behaves like a new customer.
		const fresh = expectedPurchases(p, 39, {
			x: Float64Array.of(0),
			tx: Float64Array.of(0),
			T: Float64Array.of(0)
		});
		expect(fresh[0]).toBeCloseTo(expectedPurchasesNewCustomer(p, 39), 10);
		const s = { x: Float64Array.of(2), tx: Float64Array.of(30.43), T: Float64Array.of(38.86) };
		// Fader, Hardie & Lee (2005): this customer (x = 2, t_x = 30.43, T = 38.86) is expected to make 1.226
		// purchases in the next 39 weeks.
		within(expectedPurchases(p, 39, s)[0], 1.226, 0.01);
		expect(expectedPurchases(p, 52, s)[0]).toBeGreaterThan(expectedPurchases(p, 26, s)[0]);
	});
});

describe('BG/NBD on large data', () => {
	it('reaches the published CDNOW optimum through the sampled warm start (CDNOW × 5, 11,785 rows)', () => {
		const data = readCdnow();
		const copies = 5;
		// A negligible per-row jitter of T keeps rows distinct, so the large-data path (sample, then polish) runs.
		const rep = (v: Float64Array, jitter: number) =>
			Float64Array.from({ length: v.length * copies }, (_, i) => v[i % v.length] + jitter * i);
		const fit = fitBgNbd({ x: rep(data.x, 0), tx: rep(data.tx, 0), T: rep(data.T, 1e-9) });
		if ('error' in fit) throw new Error(fit.error);
		expect(fit.customers).toBe(2357 * copies);
		within(fit.params.r, 0.243);
		within(fit.params.alpha, 4.414);
		within(fit.params.a, 0.793);
		within(fit.params.b, 2.426);
	});
});
