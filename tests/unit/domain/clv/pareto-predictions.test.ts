// Pareto/NBD's per-customer predictions on CDNOW (the ones customer CLV uses when Pareto/NBD is chosen), checked
// against the model's definition computed a second, independent way: P(alive) as the share of the likelihood in
// which the customer is still alive at T, with the death-time integral done by plain Simpson's rule.
import { describe, expect, it } from 'vitest';
import {
	fitParetoNbd,
	paretoExpectedPurchases,
	paretoProbabilityAlive,
	type ParetoNbdParams
} from '$lib/domain/clv/pareto-nbd';
import { predictClv, predictPurchases } from '$lib/domain/clv/predict';
import { conditionalPurchaseCurves } from '$lib/domain/clv/purchase-model';
import { readCdnow } from './cdnow';

/** Published CDNOW Pareto/NBD fit (Fader & Hardie 2005). */
const P: ParetoNbdParams = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

/**
 * From first principles (Fader & Hardie 2005, eqs. 11–12, the Γ(r+x)α^r β^s/Γ(r) factor cancels):
 * alive part (α+T)^−(r+x) (β+T)^−s, dead part s ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ.
 */
function aliveBySimpson(p: ParetoNbdParams, x: number, tx: number, T: number): number {
	const alive = Math.pow(p.alpha + T, -(p.r + x)) * Math.pow(p.beta + T, -p.s);
	const f = (t: number) => Math.pow(p.alpha + t, -(p.r + x)) * Math.pow(p.beta + t, -(p.s + 1));
	const n = 20_000;
	const h = (T - tx) / n;
	let sum = f(tx) + f(T);
	for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f(tx + i * h);
	const dead = T > tx ? (p.s * (sum * h)) / 3 : 0;
	return alive / (alive + dead);
}

/** E[X(T, T+t)] = P(alive) · E[rate | alive] · E[remaining lifetime in t | alive], by the same integration. */
function expectedBySimpson(p: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
	const rate = (p.r + x) / (p.alpha + T);
	// Lifetime beyond T given alive: μ ~ Gamma(s, β+T); E[min(τ−T, t)] = ∫_0^t P(alive at T+u) du.
	const n = 20_000;
	const h = t / n;
	const g = (u: number) => Math.pow((p.beta + T) / (p.beta + T + u), p.s);
	let sum = g(0) + g(t);
	for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * g(i * h);
	return aliveBySimpson(p, x, tx, T) * rate * ((sum * h) / 3);
}

const one = (x: number, tx: number, T: number) => ({
	x: Float64Array.of(x),
	tx: Float64Array.of(tx),
	T: Float64Array.of(T)
});

describe('Pareto/NBD per-customer predictions', () => {
	it('gives P(alive) and 39-week expectations equal to a direct numerical integration, on CDNOW-shaped customers', () => {
		for (const [x, tx, T] of [
			[0, 0, 38.86],
			[1, 2, 38.86],
			[2, 30.43, 38.86],
			[7, 29.43, 35.86],
			[26, 30.86, 31]
		]) {
			expect(paretoProbabilityAlive(P, one(x, tx, T))[0]).toBeCloseTo(aliveBySimpson(P, x, tx, T), 9);
			expect(paretoExpectedPurchases(P, 39, one(x, tx, T))[0]).toBeCloseTo(
				expectedBySimpson(P, 39, x, tx, T),
				8
			);
		}
	});

	it('pins CDNOW: the mean P(alive), the 39-week total and the one-timers', () => {
		const d = readCdnow();
		const alive = paretoProbabilityAlive(P, d);
		const expected = paretoExpectedPurchases(P, 39, d);
		let aliveSum = 0;
		let total = 0;
		for (let i = 0; i < alive.length; i++) {
			aliveSum += alive[i];
			total += expected[i];
		}
		// Independently integrated on every 50th customer, so the pins below are not self-referential.
		for (let i = 0; i < alive.length; i += 50)
			expect(alive[i]).toBeCloseTo(aliveBySimpson(P, d.x[i], d.tx[i], d.T[i]), 8);
		expect(aliveSum / alive.length).toBeCloseTo(PINNED.meanAlive, 6);
		expect(total).toBeCloseTo(PINNED.total39, 3);
		// A customer who never came back is alive with probability 1 only at T = 0; CDNOW's one-timers are not.
		const oneTimer = d.x.findIndex((x) => x === 0);
		expect(alive[oneTimer]).toBeLessThan(1);
	});

	it('predicts CLV from Pareto/NBD when given the Pareto/NBD model, with P(alive) computed once for all horizons', () => {
		const s = { unit: 'weeks' as const, ...one(2, 30.43, 38.86), monetary: Float64Array.of(50) };
		const gg = { p: 6.25, q: 3.74, v: 15.44 };
		const model = { kind: 'paretonbd' as const, params: P };
		const [m1, m2] = conditionalPurchaseCurves(model, [4.345, 8.69], s);
		expect(m1[0]).toBeCloseTo(paretoExpectedPurchases(P, 4.345, s)[0], 12);
		expect(m2[0]).toBeCloseTo(paretoExpectedPurchases(P, 8.69, s)[0], 12);
		const w = 12.5 / 15.24;
		const spend = (1 - w) * ((6.25 * 15.44) / 2.74) + w * 50;
		const clv = predictClv(model, gg, s, { months: 2, monthlyDiscount: 0.01 });
		expect(clv[0]).toBeCloseTo(spend * (m1[0] / 1.01 + (m2[0] - m1[0]) / 1.01 ** 2), 9);
		expect(predictPurchases(model, s, 2)[0]).toBeCloseTo(m2[0], 12);
		// …and differs from what BG/NBD would say for the same customer.
		const bg = predictClv({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gg, s, { months: 2 });
		expect(Math.abs(bg[0] - clv[0])).toBeGreaterThan(0.01);
	});

	it('fits CDNOW and predicts with the fitted parameters (sanity of the chain the analysis runs)', () => {
		const fit = fitParetoNbd(readCdnow());
		if ('error' in fit) throw new Error(fit.error);
		const e = paretoExpectedPurchases(fit.params, 39, one(26, 30.86, 31))[0];
		expect(e).toBeCloseTo(expectedBySimpson(fit.params, 39, 26, 30.86, 31), 8);
	});
});

/** Computed by this code with the published parameters, after the Simpson cross-check above agreed. */
const PINNED = { meanAlive: 0.446431, total39: 1665.698 };
