import { describe, expect, it } from 'vitest';
import {
	fitParetoNbd,
	logDeathIntegral,
	logHyp2f1Shifted,
	paretoExpectedPurchases,
	paretoExpectedPurchasesNewCustomer,
	paretoNbdLogLikelihood,
	paretoProbabilityAlive
} from '$lib/domain/clv/pareto-nbd';
import { hyp2f1 } from '$lib/domain/clv/special';
import { readCdnow } from './cdnow';

const within = (actual: number, expected: number, rel = 0.01) =>
	expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(rel);

const one = (x: number, tx: number, T: number) => ({
	x: Float64Array.of(x),
	tx: Float64Array.of(tx),
	T: Float64Array.of(T)
});

describe('Pareto/NBD', () => {
	it('reproduces the published CDNOW fit r = 0.553, α = 10.578, s = 0.606, β = 11.669, LL −9595.0 within 1%', () => {
		const fit = fitParetoNbd(readCdnow());
		if ('error' in fit) throw new Error(fit.error);
		expect(fit.converged).toBe(true);
		within(fit.params.r, 0.553);
		within(fit.params.alpha, 10.578);
		within(fit.params.s, 0.606);
		within(fit.params.beta, 11.669);
		within(fit.logLikelihood, -9595.0, 0.01);
	});

	it('agrees with the plain hypergeometric series where that one is safe', () => {
		for (const [a, b, z] of [
			[3.2, 1.6, 0.3],
			[1.5, 2.2, 0.05],
			[10, 4, 0.7]
		])
			expect(logHyp2f1Shifted(a, b, z)).toBeCloseTo(Math.log(hyp2f1(a, b, a + 1, z)), 10);
	});

	it('stays finite for a customer with 5,000 repeat purchases, where the naive likelihood overflows', () => {
		const p = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
		// The naive form multiplies (α+T)^(r+x) ≈ 48^5000 = ∞ by a vanishing term.
		expect(Math.pow(10.578 + 38, 5000.553)).toBe(Infinity);
		const ll = paretoNbdLogLikelihood(p, one(5000, 37.9, 38));
		expect(Number.isFinite(ll)).toBe(true);
		const alive = paretoProbabilityAlive(p, one(5000, 37.9, 38))[0];
		// Reference by 50-digit arithmetic (mpmath) on the naive formula.
		expect(alive).toBeCloseTo(0.22009508497634, 10);
		expect(Number.isFinite(paretoExpectedPurchases(p, 39, one(5000, 37.9, 38))[0])).toBe(true);
		// Also with α < β (the other branch of A0).
		expect(Number.isFinite(paretoNbdLogLikelihood({ ...p, alpha: 2 }, one(5000, 37.9, 38)))).toBe(true);
	});

	it('matches the closed form for a customer with no repeat purchases observed for T = 0', () => {
		// x = t_x = T = 0: A0 = 0, so L = Γ(r)/Γ(r) α^r β^s / (α^r β^s) = 1 and P(alive) = 1.
		const p = { r: 0.5, alpha: 3, s: 0.7, beta: 5 };
		expect(paretoNbdLogLikelihood(p, one(0, 0, 0))).toBeCloseTo(0, 12);
		expect(paretoProbabilityAlive(p, one(0, 0, 0))[0]).toBe(1);
		// Such a customer's conditional expectation is the new-customer one: r β/α · (1 − (β/(β+t))^(s−1))/(s−1).
		const byHand = ((0.5 * 5) / 3) * ((1 - Math.pow(5 / 44, -0.3)) / -0.3);
		expect(paretoExpectedPurchasesNewCustomer(p, 39)).toBeCloseTo(byHand, 12);
		expect(paretoExpectedPurchases(p, 39, one(0, 0, 0))[0]).toBeCloseTo(byHand, 12);
	});

	it('reports a fit without buyers as an error, not NaN', () => {
		expect(fitParetoNbd(one(NaN, NaN, NaN))).toEqual({ error: 'tiering.clv.error.noBuyers' });
	});
});

describe('Pareto/NBD death-time integral', () => {
	it('agrees with the hypergeometric form of A0 on both branches (α ≥ β and α < β)', () => {
		for (const p of [
			{ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
			{ r: 0.4, alpha: 20, s: 1.3, beta: 3 },
			{ r: 2, alpha: 1, s: 0.5, beta: 40 }
		])
			for (const [x, tx, T] of [
				[0, 0, 30],
				[3, 12.5, 38],
				[40, 36, 38]
			]) {
				const rsx = p.r + p.s + x;
				const big = Math.max(p.alpha, p.beta);
				const b = p.alpha >= p.beta ? p.s + 1 : p.r + x;
				const z = (t: number) => Math.abs(p.alpha - p.beta) / (big + t);
				const series =
					Math.exp(logHyp2f1Shifted(rsx, b, z(tx)) - rsx * Math.log(big + tx)) -
					Math.exp(logHyp2f1Shifted(rsx, b, z(T)) - rsx * Math.log(big + T));
				const integral = rsx * Math.exp(logDeathIntegral(p, x, tx, T));
				expect(Math.abs(integral - series) / series).toBeLessThan(1e-8);
			}
	});

	it('fits a degenerate base (s and β running away) in well under a second', () => {
		// 200 one-time buyers and 40 customers who buy weekly to the end: nobody seems to leave.
		const n = 240;
		const x = Float64Array.from({ length: n }, (_, i) => (i < 40 ? 20 : 0));
		const tx = Float64Array.from({ length: n }, (_, i) => (i < 40 ? 20 : 0));
		const T = Float64Array.from({ length: n }, (_, i) => 20 + (i % 3));
		const started = performance.now();
		const fit = fitParetoNbd({ x, tx, T });
		expect(performance.now() - started).toBeLessThan(3000);
		if ('error' in fit) throw new Error(fit.error);
		expect(Number.isFinite(fit.logLikelihood)).toBe(true);
		if (!fit.converged) expect(['atBound', 'maxIterations']).toContain(fit.reason);
	});
});

describe('Pareto/NBD on large data', () => {
	it('reaches the published CDNOW optimum through the sampled fit and short polish (CDNOW × 5, 11,785 rows)', () => {
		const data = readCdnow();
		const copies = 5;
		// A negligible per-row jitter of T keeps rows distinct, so the large-data path runs.
		const rep = (v: Float64Array, jitter: number) =>
			Float64Array.from({ length: v.length * copies }, (_, i) => v[i % v.length] + jitter * i);
		const fit = fitParetoNbd({ x: rep(data.x, 0), tx: rep(data.tx, 0), T: rep(data.T, 1e-9) });
		if ('error' in fit) throw new Error(fit.error);
		expect(fit.customers).toBe(2357 * copies);
		within(fit.params.r, 0.553, 0.02);
		within(fit.params.alpha, 10.578, 0.02);
		within(fit.params.s, 0.606, 0.02);
		within(fit.params.beta, 11.669, 0.02);
		within(fit.logLikelihood, -9595.0 * copies, 0.001);
	}, 60_000);
});
