import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceStep, niceTicks } from '$lib/components/charts/nice-ticks';

describe('niceTicks', () => {
	it('puts a profit axis from −3,855 to 1 on round thousands and grows the domain to them', () => {
		expect(niceTicks(-3855, 1)).toEqual({
			domain: [-4000, 1000],
			ticks: [-4000, -3000, -2000, -1000, 0, 1000]
		});
	});

	it('keeps [0, 1] on steps of 0.2 or 0.25-free round tenths without float noise', () => {
		expect(niceTicks(0, 1, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(niceTicks(0, 0.66, 4).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
		expect(niceTicks(0.1, 0.7, 3).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
	});

	it('returns only the ticks inside the domain when asked not to extend (epochs 1–45)', () => {
		expect(niceTicks(1, 45, 4, false)).toEqual({ domain: [1, 45], ticks: [10, 20, 30, 40] });
	});

	it('handles a flat or reversed domain', () => {
		expect(niceTicks(5, 5)).toEqual({ domain: [5, 5], ticks: [5] });
		expect(niceTicks(10, 0).domain).toEqual([0, 10]);
		expect(niceStep(0, 4)).toBe(1);
	});

	it('always covers the data with 2–12 ticks that are 1, 2 or 5 × 10^k apart', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e7, max: 1e7, noNaN: true }),
				fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
				fc.integer({ min: 2, max: 8 }),
				(lo, span, count) => {
					const hi = lo + span;
					if (!(hi > lo)) return;
					const { domain, ticks } = niceTicks(lo, hi, count);
					expect(domain[0]).toBeLessThanOrEqual(lo);
					expect(domain[1]).toBeGreaterThanOrEqual(hi);
					expect(ticks.length).toBeGreaterThanOrEqual(2);
					expect(ticks.length).toBeLessThanOrEqual(4 * count + 2);
					const step = niceStep(hi - lo, count);
					const mantissa = step / 10 ** Math.floor(Math.log10(step));
					expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
				}
			),
			{ seed: 20261202 }
		);
	});
});
