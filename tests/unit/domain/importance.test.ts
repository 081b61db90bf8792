import { describe, expect, it } from 'vitest';
import { permutationImportance } from '$lib/domain/importance';
import { rocAuc } from '$lib/domain/metrics';
import { seededRandom } from '$lib/domain/split';

describe('permutation importance', () => {
	// 400 customers; churn is exactly "x0 > 0.5"; x1 and x2 are noise; the model scores x0 + x2·0.
	const rand = seededRandom(8);
	const n = 400;
	const x = Float32Array.from({ length: n * 3 }, () => rand());
	const y = Array.from({ length: n }, (_, i) => (x[i * 3] > 0.5 ? 1 : 0));
	const predict = (m: Float32Array, rows: number, cols: number) =>
		Float32Array.from({ length: rows }, (_, i) => m[i * cols] + 0 * m[i * cols + 2]);

	it('gives the baseline AUC 1 and a zero drop to columns the model ignores', async () => {
		const r = await permutationImportance(x, n, 3, y, predict, {
			featureNames: ['x0', 'x1', 'x2'],
			repeats: 2
		});
		expect(r.baseline).toBe(1);
		expect(r.importances[0].feature).toBe('x0');
		const byName = Object.fromEntries(r.importances.map((i) => [i.feature, i]));
		expect(byName.x1.drops).toEqual([0, 0]);
		expect(byName.x2.drop).toBe(0);
	});

	it('measures the drop as baseline minus the AUC with that column shuffled', async () => {
		const r = await permutationImportance(x, n, 3, y, predict, {
			featureNames: ['x0', 'x1', 'x2'],
			repeats: 1,
			seed: 4
		});
		// Reproduce the single shuffle of x0 by hand with the same seeded stream (x0 is the first group).
		const order = Int32Array.from({ length: n }, (_, i) => i);
		const rnd = seededRandom(4);
		for (let i = n - 1; i > 0; i--) {
			const j = Math.floor(rnd() * (i + 1));
			[order[i], order[j]] = [order[j], order[i]];
		}
		const shuffled = Float32Array.from({ length: n }, (_, i) => x[order[i] * 3]);
		const x0 = r.importances.find((i) => i.feature === 'x0');
		expect(x0?.drop).toBeCloseTo(1 - rocAuc(shuffled, y), 12);
		expect(x0?.drop).toBeGreaterThan(0.3);
	});

	it('shuffles the columns of one group together', async () => {
		const r = await permutationImportance(x, n, 3, y, predict, {
			groups: [
				{ name: 'a', columns: [0, 1] },
				{ name: 'b', columns: [2] }
			]
		});
		expect(r.importances.map((i) => i.feature)).toEqual(['a', 'b']);
		expect(r.importances[1].drop).toBe(0);
	});
});
