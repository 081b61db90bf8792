import { describe, expect, it } from 'vitest';
import { analyseCustomers } from '$lib/domain/analysis';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import type { TierDefinition } from '$lib/domain/tiers';

const day = (iso: string) => Date.parse(iso + 'T00:00:00Z');

// Customer 0: buys 3000 on Dec 1 and 2500 on Dec 20 (5500 in total, active, repeat).
// Customer 1: one purchase of 2000 on Jun 1 (not active: 213 days before Dec 31).
// Customer 2: one purchase of 500 on Dec 31. Customer 3: no purchases.
const tx = {
	customer: Int32Array.of(0, 0, 1, 2),
	date: Float64Array.of(day('2024-12-01'), day('2024-12-20'), day('2024-06-01'), day('2024-12-31')),
	amount: Float64Array.of(3000, 2500, 2000, 500)
};
const spendRule: TierDefinition = {
	method: 'rule',
	measure: 'monetary',
	tiers: [{ id: 'vip' }, { id: 'regular' }, { id: 'small' }],
	ranges: [
		{ min: 5000, max: null },
		{ min: 2000, max: 5000 },
		{ min: null, max: 2000 }
	]
};

describe('analyseCustomers', () => {
	const res = analyseCustomers(
		{ shape: 'transactions', tx, customerCount: 4 },
		{ tiering: spendRule, tierMeasure: 'monetary' }
	);

	it('computes the headline KPIs', () => {
		expect(res.kpis.customers).toBe(4);
		expect(res.kpis.buyers).toBe(3);
		expect(res.kpis.revenue).toBe(8000);
		expect(res.kpis.activeRate).toBe(2 / 4); // customers 0 and 2 bought within 90 days
		expect(res.kpis.repeatRate).toBe(1 / 3);
		expect(res.kpis.averageHistoricalClv).toBe(2000);
	});

	it('tiers by the chosen measure and totals revenue per tier', () => {
		expect(Array.from('tier' in res.tiers ? res.tiers.tier : [])).toEqual([0, 1, 2, 2]);
		expect(res.kpis.tiers.counts).toEqual([1, 1, 2]);
		expect(res.kpis.tiers.revenue).toEqual([5500, 2000, 500]);
	});

	it('skips CLV with a warning when there are too few buyers', () => {
		expect(res.clv?.warnings.map((w) => w.key)).toContain('tiering.clv.warning.fewBuyers');
		expect(res.clv?.predicted).toBeUndefined();
		expect(res.kpis.averagePredictedClv).toBeNaN();
	});

	it('gives lifecycle stages and a Pareto curve for the same customers', () => {
		// Customer 1: recency 213 days > 180 → dormant; customer 3 never bought → unknown; 0 and 2 are new.
		expect(Array.from(res.lifecycle, (c) => LIFECYCLE_STAGES[c])).toEqual([
			'new',
			'dormant',
			'new',
			'unknown'
		]);
		// Top 25% of 4 customers = customer 0 = 5500 / 8000.
		expect(res.pareto.cumulative[1]).toBeCloseTo(5500 / 8000, 12);
	});

	it('defaults to the value score and Diamond/Gold/Silver/Regular', () => {
		const d = analyseCustomers({ shape: 'transactions', tx, customerCount: 4 });
		expect(d.tiering.tiers.map((t) => t.id)).toEqual(['diamond', 'gold', 'silver', 'regular']);
		expect(d.value.score.every((s) => s >= 0 && s <= 100)).toBe(true);
		// 5% and 20% of 4 customers round to 0 and 1: the top customer by score is Gold, nobody is Diamond.
		expect(d.kpis.tiers.counts[0]).toBe(0);
		expect(d.kpis.tiers.counts[1]).toBe(1);
	});

	it('analyses a customer list without transactions', () => {
		const d = analyseCustomers({
			shape: 'customers',
			customerCount: 3,
			tenureUnit: 'months',
			columns: {
				monetary: Float64Array.of(100, 300, 600),
				frequency: Float64Array.of(1, 3, 6),
				recencyDays: Float64Array.of(200, 30, 5)
			}
		});
		expect(d.clv).toBeNull();
		expect(d.kpis.revenue).toBe(1000);
		expect(d.kpis.activeRate).toBe(2 / 3);
		expect(d.kpis.repeatRate).toBe(2 / 3);
		expect(Array.from(d.value.score).indexOf(Math.max(...d.value.score))).toBe(2);
	});

	it('leaves the active and repeat rates unknown, not 0%, for a list with only spend (the Telco layout)', () => {
		const d = analyseCustomers({
			shape: 'customers',
			customerCount: 3,
			tenureUnit: 'months',
			columns: { monetary: Float64Array.of(29.85, 1889.5, 108.15) }
		});
		expect(d.kpis.revenue).toBeCloseTo(2027.5, 9);
		expect(d.kpis.activeRate).toBeNaN();
		expect(d.kpis.repeatRate).toBeNaN();
		expect(d.kpis.buyers).toBe(3);
	});
});
