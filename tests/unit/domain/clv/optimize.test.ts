// The Nelder–Mead minimiser the CLV fits use, on functions whose minima are known by hand.
import { describe, expect, it } from 'vitest';
import { nelderMead } from '$lib/domain/clv/optimize';

describe('nelderMead', () => {
	it('finds the minimum of a shifted quadratic: (x − 3)² + 2(y + 1)² + 5 has its minimum 5 at (3, −1)', () => {
		const f = ([x, y]: number[]) => (x - 3) ** 2 + 2 * (y + 1) ** 2 + 5;
		const out = nelderMead(f, [0, 0]);
		expect(out.converged).toBe(true);
		expect(out.x[0]).toBeCloseTo(3, 4);
		expect(out.x[1]).toBeCloseTo(-1, 4);
		expect(out.value).toBeCloseTo(5, 9);
		expect(out.evaluations).toBeGreaterThan(3);
	});

	it('finds the minimum of a one-parameter quadratic: 4(x − 0.25)² has its minimum 0 at 0.25', () => {
		const out = nelderMead(([x]) => 4 * (x - 0.25) ** 2, [10], { step: 1 });
		expect(out.x[0]).toBeCloseTo(0.25, 5);
		expect(out.value).toBeLessThan(1e-9);
	});

	it('follows the Rosenbrock valley to its minimum 0 at (1, 1) from the classic start (−1.2, 1)', () => {
		const rosenbrock = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
		const out = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5000 });
		expect(out.x[0]).toBeCloseTo(1, 3);
		expect(out.x[1]).toBeCloseTo(1, 3);
		expect(out.value).toBeLessThan(1e-8);
	});

	it('stops at the wall of the box |x| ≤ bound when the unbounded minimum lies outside it', () => {
		// (x − 20)² is smallest at 20; inside |x| ≤ 12 the best point is the wall, x = 12, value 64.
		const out = nelderMead(([x]) => (x - 20) ** 2, [0], { bound: 12, step: 1 });
		expect(out.x[0]).toBeLessThanOrEqual(12);
		expect(out.x[0]).toBeCloseTo(12, 3);
		expect(out.value).toBeCloseTo(64, 1);
	});

	it('keeps every evaluated point inside the box', () => {
		const seen: number[] = [];
		const f = ([x, y]: number[]) => {
			seen.push(Math.max(Math.abs(x), Math.abs(y)));
			return -x - y; // falls without end towards (+∞, +∞)
		};
		const out = nelderMead(f, [0, 0], { bound: 5 });
		expect(Math.max(...seen)).toBeLessThanOrEqual(5);
		expect(out.x[0]).toBeCloseTo(5, 2);
		expect(out.x[1]).toBeCloseTo(5, 2);
	});

	it('treats NaN and infinite values as +∞, so a point where the objective is undefined is never chosen', () => {
		// log(x) is undefined below 0: the minimum of x − log(x) is 1 at x = 1.
		const out = nelderMead(([x]) => x - Math.log(x), [3], { step: 1 });
		expect(out.x[0]).toBeCloseTo(1, 4);
		expect(out.value).toBeCloseTo(1, 8);
	});

	it('reports not converged when the iteration budget runs out first', () => {
		const rosenbrock = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
		const out = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 10, restarts: 0 });
		expect(out.converged).toBe(false);
		expect(out.value).toBeGreaterThan(1e-3);
	});
});
