import { describe, expect, it } from 'vitest';
import { defaultCalibrationEnd } from '$lib/domain/clv/holdout-split';
import { validateClv } from '$lib/domain/clv/validation';
import { fitSpend } from '$lib/domain/clv/spend-check';
import { expectedAverageSpend } from '$lib/domain/clv/gamma-gamma';
import type { TransactionColumns } from '$lib/domain/transactions';
import { readCdnowTransactions } from './cdnow-transactions';

const DAY = 86_400_000;

describe('validateClv on CDNOW', () => {
	const { tx, customerCount } = readCdnowTransactions();

	it('compares BG/NBD and Pareto/NBD on the published split and picks the one with the lower holdout error', () => {
		const v = validateClv(tx, customerCount, { calibrationEnd: Date.UTC(1997, 8, 30) });
		if ('error' in v) throw new Error(v.error);
		expect(v.calibrationEnd).toBe(Date.UTC(1997, 8, 30));
		expect(v.holdoutEnd).toBe(Date.UTC(1998, 5, 30));
		expect(v.models.map((m) => m.kind)).toEqual(['bgnbd', 'paretonbd']);
		const [bg, pareto] = v.models;
		if (!bg.check || !pareto.check) throw new Error('both models should fit');
		expect(v.chosenBy).toBe('holdoutError');
		expect(v.chosen).toBe(bg.check.mae <= pareto.check.mae ? 'bgnbd' : 'paretonbd');
		// BIC = 4 ln n − 2 LL with n = 2,357 for both.
		if ('error' in bg.fit) throw new Error('fit');
		expect(bg.fit.bic).toBeCloseTo(4 * Math.log(2357) - 2 * bg.fit.logLikelihood, 8);
		// Spend check: Gamma–Gamma on 946 repeat buyers, none refund-heavy in CDNOW.
		if ('error' in v.spend) throw new Error(v.spend.error);
		expect(v.spend.customers).toBe(946);
		expect(v.spend.refundHeavy).toBe(0);
		expect(v.spendCheck?.actualRevenue).toBeGreaterThan(0);
		expect(Number.isFinite(v.spendCheck?.relativeError)).toBe(true);
		// 18 months of history: no advice to add more.
		expect(v.advice).toEqual([]);
		// Heatmaps: P(alive) falls as recency drops for a frequent buyer.
		const h = v.heatmaps!;
		expect(h.alive[5][h.recencies.length - 1]).toBeGreaterThan(h.alive[5][1]);
	});

	it('honours the user’s model choice', () => {
		const v = validateClv(tx, customerCount, { calibrationEnd: Date.UTC(1997, 8, 30), model: 'paretonbd' });
		if ('error' in v) throw new Error(v.error);
		expect([v.chosen, v.chosenBy]).toEqual(['paretonbd', 'user']);
	});

	it('defaults to the last quarter of the span as holdout, at most 39 weeks', () => {
		// 546 days → 136-day holdout.
		expect(defaultCalibrationEnd(Date.UTC(1997, 0, 1), Date.UTC(1998, 5, 30))).toBe(Date.UTC(1998, 1, 14));
		// 4 years → capped at 273 days.
		expect(defaultCalibrationEnd(Date.UTC(2020, 0, 1), Date.UTC(2023, 11, 31))).toBe(
			Date.UTC(2023, 11, 31) - 273 * DAY
		);
	});
});

/** Real-data shape: 600 customers, 80% buy once, some repeat buyers only refund; 4 months of history. */
function shapedTransactions(): { tx: TransactionColumns; n: number } {
	const customer: number[] = [];
	const date: number[] = [];
	const amount: number[] = [];
	const D0 = Date.UTC(2024, 0, 1);
	const add = (c: number, day: number, a: number) => {
		customer.push(c);
		date.push(D0 + day * DAY);
		amount.push(a);
	};
	let seed = 7;
	const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const n = 600;
	for (let c = 0; c < n; c++) {
		const first = Math.floor(rand() * 60);
		add(c, first, 20 + Math.floor(rand() * 80));
		if (c % 5 !== 0) continue; // 80% one-time buyers
		const repeats = 1 + Math.floor(rand() * 4);
		for (let k = 1; k <= repeats; k++) {
			const day = first + k * (5 + Math.floor(rand() * 15));
			// Every fourth repeat buyer: a repeat purchase fully refunded on the same day (net 0).
			if (c % 20 === 0) {
				add(c, day, 30);
				add(c, day, -30);
			} else add(c, day, 25 + Math.floor(rand() * 50));
		}
	}
	return {
		tx: {
			customer: Int32Array.from(customer),
			date: Float64Array.from(date),
			amount: Float64Array.from(amount)
		},
		n
	};
}

describe('validateClv on real-data-shaped transactions', () => {
	const { tx, n } = shapedTransactions();

	it('leaves refund-heavy repeat buyers out of Gamma–Gamma with a count, and says what data is missing', () => {
		const v = validateClv(tx, n);
		if ('error' in v) throw new Error(v.error);
		if ('error' in v.spend) throw new Error(v.spend.error);
		expect(v.spend.refundHeavy).toBeGreaterThan(0);
		// About 4 months of history: ask for about 8 more months; fewer than 100 repeat buyers in calibration.
		const keys = v.advice.map((a) => a.key);
		expect(keys).toContain('clv.advice.addHistory');
		const months = v.advice.find((a) => a.key === 'clv.advice.addHistory')!.params as { months: number };
		expect(months.months).toBeGreaterThanOrEqual(7);
		expect(months.months).toBeLessThanOrEqual(9);
		for (const m of v.models) {
			if (!m.check) continue;
			expect(Number.isFinite(m.check.expected)).toBe(true);
			expect(m.check.expected).toBeGreaterThanOrEqual(0);
		}
		// A fit that did not converge says why.
		for (const m of v.models) if (!('error' in m.fit) && !m.fit.converged) expect(m.fit.reason).toBeTruthy();
	}, 60_000);

	it('never predicts a negative or NaN spend, even for customers whose repeats were all refunded', () => {
		const x = Float64Array.of(3, 2, 1, 4, 2, 5, 1, 2);
		const m = Float64Array.of(40, 0, -15, 55, 30, 25, 60, 35);
		const fit = fitSpend(x, m);
		if ('error' in fit) throw new Error(fit.error);
		expect(fit.refundHeavy).toBe(2);
		expect(fit.customers).toBe(6);
		const spend = expectedAverageSpend(fit.params, x, m);
		for (const s of spend) expect(s).toBeGreaterThan(0);
	});

	it('reports a spend model with an unbounded mean instead of showing infinity', () => {
		// One repeat buyer with a huge spread cannot identify q > 1 — either an error or a bounded q, never ∞.
		const fit = fitSpend(Float64Array.of(1, 1, 1), Float64Array.of(1, 1000, 1_000_000));
		if (!('error' in fit)) expect(fit.params.q).toBeGreaterThan(1);
		else expect(fit.error).toBe('tiering.clv.error.spendUnbounded');
	});
});
