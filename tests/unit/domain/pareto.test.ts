import { describe, expect, it } from 'vitest';
import {
	paretoByTier,
	paretoCurve,
	shareOfCustomersForRevenue,
	shareOfRevenueFromTop
} from '$lib/domain/pareto';

// Ten customers, total 1000: 500, 300, 50, 50, 40, 30, 20, 10, 0 and a net refunder at −20 (counts as 0).
const revenue = Float64Array.of(50, 300, 10, 500, 40, -20, 30, 50, 20, 0);

describe('paretoCurve', () => {
	const curve = paretoCurve(revenue);

	it('says the top 20% of customers bring 80% of revenue', () => {
		expect(curve.totalRevenue).toBe(1000);
		expect(curve.top20RevenueShare).toBeCloseTo(0.8, 12);
	});

	it('finds the share of customers producing 80% of revenue', () => {
		expect(curve.customerShareFor80).toBeCloseTo(0.2, 12);
		// 90%: after 4 customers 90% exactly (500+300+50+50) → 0.4.
		expect(shareOfCustomersForRevenue(curve, 0.9)).toBeCloseTo(0.4, 12);
		// 82.5%: halfway through the third customer (800 → 850) → 2.5 / 10.
		expect(shareOfCustomersForRevenue(curve, 0.825)).toBeCloseTo(0.25, 12);
	});

	it('interpolates between whole customers', () => {
		// Top 5% = half of the first customer: 250 / 1000.
		expect(shareOfRevenueFromTop(curve, 0.05)).toBeCloseTo(0.25, 12);
		expect(shareOfRevenueFromTop(curve, 1)).toBe(1);
	});

	it('keeps at most the requested number of chart points, from (0, 0) to (1, 1)', () => {
		expect(curve.points).toHaveLength(11);
		expect(curve.points[0]).toEqual({ customerShare: 0, revenueShare: 0 });
		expect(curve.points[10]).toEqual({ customerShare: 1, revenueShare: 1 });
		const big = paretoCurve(
			Float64Array.from({ length: 10_000 }, (_, i) => i),
			200
		);
		expect(big.points).toHaveLength(200);
	});

	it('gives NaN shares when there is no positive revenue', () => {
		expect(paretoCurve(Float64Array.of(0, -5)).top20RevenueShare).toBeNaN();
	});
});

describe('paretoByTier', () => {
	it('builds one curve per tier from that tier’s customers only', () => {
		const tier = Int32Array.of(1, 0, 1, 0, 1, 1, 1, 1, 1, -1);
		const [top, rest] = paretoByTier(revenue, tier, 2);
		expect(top.customers).toBe(2);
		expect(top.totalRevenue).toBe(800);
		expect(shareOfRevenueFromTop(top, 0.5)).toBeCloseTo(500 / 800, 12);
		expect(rest.customers).toBe(7);
		expect(rest.totalRevenue).toBe(200);
	});
});
