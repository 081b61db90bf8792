import { describe, expect, it } from 'vitest';
import { whatIf } from '$lib/domain/strategies/what-if';

describe('whatIf', () => {
	it('contacting the top 2 at 50 each with a 30% save rate retains 0.3 × (1000·0.8 + 500·0.4)', () => {
		const r = whatIf(
			{ values: [1000, 500, 300], churnProbability: [0.8, 0.4, 0.9] },
			{ n: 2, costPerContact: 50, saveRate: 0.3 }
		);
		// at risk = 800 + 200 = 1000; retained = 300; cost = 100; net = 200; return = 2.
		expect(r.contacted).toBe(2);
		expect(r.revenueAtRisk).toBeCloseTo(1000, 9);
		expect(r.retainedRevenue).toBeCloseTo(300, 9);
		expect(r.cost).toBe(100);
		expect(r.net).toBeCloseTo(200, 9);
		expect(r.returnOnSpend).toBeCloseTo(2, 9);
	});

	it('assumes every contacted customer would leave when there are no churn scores', () => {
		const r = whatIf({ values: [200, 100] }, { n: 5, costPerContact: 10, saveRate: 0.5 });
		// N is capped at 2: retained = 0.5 × 300 = 150, cost 20, net 130.
		expect(r.contacted).toBe(2);
		expect(r.retainedRevenue).toBe(150);
		expect(r.net).toBe(130);
		expect(r.returnOnSpend).toBe(6.5);
	});

	it('reports no return ratio when nothing is spent, and clamps the save rate to 0..1', () => {
		const r = whatIf({ values: [100] }, { n: 1, costPerContact: 0, saveRate: 1.5 });
		expect(r.retainedRevenue).toBe(100);
		expect(r.returnOnSpend).toBeNaN();
	});
});
