import { describe, expect, it } from 'vitest';
import { fitLogisticIrls, predictLogistic } from '$lib/domain/irls';

describe('IRLS logistic regression', () => {
	// x = 0: 1 churner of 4; x = 1: 3 of 4. The exact fit reproduces both rates:
	// b = logit(1/4) = −ln 3, b + w = logit(3/4) = ln 3 → w = 2·ln 3.
	const x = [0, 0, 0, 0, 1, 1, 1, 1];
	const y = [1, 0, 0, 0, 1, 1, 1, 0];

	it('recovers the closed-form maximum-likelihood coefficients', () => {
		const fit = fitLogisticIrls(x, 8, 1, y, { ridge: 0 });
		expect(fit.converged).toBe(true);
		expect(fit.bias).toBeCloseTo(-Math.log(3), 9);
		expect(fit.weights[0]).toBeCloseTo(2 * Math.log(3), 9);
		expect(Array.from(predictLogistic(fit, [0, 1], 2, 1))).toEqual([
			expect.closeTo(0.25, 9),
			expect.closeTo(0.75, 9)
		]);
	});

	it('counts a row with sample weight 2 like two copies of it', () => {
		const weighted = fitLogisticIrls([0, 0, 0, 1, 1, 1], 6, 1, [1, 0, 0, 1, 1, 0], {
			ridge: 0,
			sampleWeight: [1, 2, 1, 2, 1, 1]
		});
		// Same data as above after expanding the weights: (0,0) twice, (1,1) twice.
		expect(weighted.bias).toBeCloseTo(-Math.log(3), 9);
		expect(weighted.weights[0]).toBeCloseTo(2 * Math.log(3), 9);
	});

	it('shrinks the weight towards zero under a ridge penalty', () => {
		const fit = fitLogisticIrls(x, 8, 1, y, { ridge: 5 });
		expect(fit.weights[0]).toBeGreaterThan(0);
		expect(fit.weights[0]).toBeLessThan(2 * Math.log(3));
	});
});
