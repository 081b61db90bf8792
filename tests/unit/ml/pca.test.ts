import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/domain/split';
import { pca2d } from '$lib/ml/pca';

describe('2-D PCA', () => {
	it('finds that points on a line have one component explaining all the variance', () => {
		// x = t·(1, 2, 2)/3 + (5, 5, 5): the line's direction is (1, 2, 2)/3.
		const n = 50;
		const x = new Float64Array(n * 3);
		for (let i = 0; i < n; i++) for (let f = 0; f < 3; f++) x[i * 3 + f] = 5 + (i * [1, 2, 2][f]) / 3;
		const p = pca2d(x, n, 3);
		expect(p.explained[0]).toBeCloseTo(1, 9);
		expect(p.explained[1]).toBeCloseTo(0, 9);
		const dir = Array.from(p.components.slice(0, 3)).map((v) => Math.abs(v));
		expect(dir[0]).toBeCloseTo(1 / 3, 6);
		expect(dir[1]).toBeCloseTo(2 / 3, 6);
		// Row i sits at distance (i − 24.5) from the centre along the line.
		expect(Math.abs(p.points[0])).toBeCloseTo(24.5, 4);
	});

	it('splits the variance 4 : 1 for independent axes with standard deviations 2 and 1', () => {
		// A 2 × 2 grid pattern repeated: x ∈ {−2, 2}, y ∈ {−1, 1} equally often → variances 4 and 1.
		const x = Float64Array.from([-2, -1, -2, 1, 2, -1, 2, 1]);
		const p = pca2d(x, 4, 2);
		expect(p.explained[0]).toBeCloseTo(0.8, 9);
		expect(p.explained[1]).toBeCloseTo(0.2, 9);
	});

	it('plots a seeded sample of large data and fits on a sample too', () => {
		const rand = seededRandom(3);
		const n = 30_000;
		const x = Float64Array.from({ length: n * 2 }, (_, i) => (i % 2 ? 0.1 : 1) * (rand() - 0.5));
		const p = pca2d(x, n, 2, { plotRows: 1000, fitRows: 5000 });
		expect(p.rows.length).toBe(1000);
		expect(p.points.length).toBe(2000);
		// Variances 1/12 and 0.01/12 → the first axis explains 1/1.01 ≈ 0.990.
		expect(p.explained[0]).toBeCloseTo(1 / 1.01, 2);
	});
});
