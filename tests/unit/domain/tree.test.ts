import { describe, expect, it } from 'vitest';
import { fitTree, predictTree } from '$lib/domain/tree';

describe('CART rules', () => {
	// Class 0 ("A") spends ≤ 500; class 1 ("B") spends more. Visits carry no information.
	const monetary = [100, 200, 300, 400, 500, 800, 900, 1000, 1100, 1200];
	const visits = [1, 9, 2, 8, 3, 7, 4, 6, 5, 5];
	const cls = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
	const features = [
		{ name: 'visits', values: visits },
		{ name: 'monetary', values: monetary }
	];

	it('finds "if monetary ≤ 500 then A, else B" on a cleanly separable set', () => {
		const tree = fitTree(features, cls, 2, { maxDepth: 3, minSamplesLeaf: 1 });
		expect(tree.rules).toEqual([
			{
				conditions: [{ feature: 'monetary', op: '<=', threshold: 500 }],
				classIndex: 0,
				support: 5,
				purity: 1
			},
			{ conditions: [{ feature: 'monetary', op: '>', threshold: 500 }], classIndex: 1, support: 5, purity: 1 }
		]);
		expect(tree.accuracy).toBe(1);
		expect(
			predictTree(
				tree.root,
				[
					{ name: 'visits', values: [0] },
					{ name: 'monetary', values: [501] }
				],
				0
			)
		).toBe(1);
	});

	it('reports support and purity of an impure leaf when the depth runs out', () => {
		// One class-1 row hides at monetary 300; with depth 1 the best split is still ≤ 500 (leaf 4 of 5 pure).
		const noisy = [0, 0, 1, 0, 0, 1, 1, 1, 1, 1];
		const tree = fitTree(features, noisy, 2, { maxDepth: 1, minSamplesLeaf: 1 });
		expect(tree.rules[0]).toMatchObject({ classIndex: 0, support: 5, purity: 0.8 });
		expect(tree.rules[0].conditions).toEqual([{ feature: 'monetary', op: '<=', threshold: 500 }]);
		expect(tree.accuracy).toBeCloseTo(0.9, 12);
	});

	it('gives rules whose supports add up to every row, and respects the minimum leaf size', () => {
		const n = 200;
		const x = Array.from({ length: n }, (_, i) => (i * 37) % 101);
		const z = Array.from({ length: n }, (_, i) => (i * 53) % 89);
		const y = x.map((v, i) => (v > 50 ? (z[i] > 40 ? 2 : 1) : 0));
		const tree = fitTree(
			[
				{ name: 'x', values: x },
				{ name: 'z', values: z }
			],
			y,
			3,
			{ maxDepth: 4, minSamplesLeaf: 10 }
		);
		expect(tree.rules.reduce((s, r) => s + r.support, 0)).toBe(n);
		for (const r of tree.rules) {
			expect(r.support).toBeGreaterThanOrEqual(10);
			expect(r.conditions.length).toBeLessThanOrEqual(4);
		}
		expect(tree.accuracy).toBe(1);
	});

	it('caps the depth at 4 even when asked for more', () => {
		const n = 64;
		const x = Array.from({ length: n }, (_, i) => i);
		const y = x.map((v) => v % 2); // alternating classes need 63 splits
		const tree = fitTree([{ name: 'x', values: x }], y, 2, { maxDepth: 10, minSamplesLeaf: 1 });
		expect(tree.rules.length).toBeLessThanOrEqual(16);
	});
});
