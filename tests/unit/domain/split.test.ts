import { describe, expect, it } from 'vitest';
import { seededRandom, stratifiedSplit } from '$lib/domain/split';

describe('seeded random', () => {
	it('repeats the same sequence for the same seed and differs for another', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		const c = seededRandom(8);
		const sa = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(sa);
		expect(c()).not.toBe(sa[0]);
		for (const v of sa) expect(v >= 0 && v < 1).toBe(true);
	});
});

describe('stratified split', () => {
	// 100 rows, 30 churners (every row i with i % 10 < 3).
	const labels = Array.from({ length: 100 }, (_, i) => (i % 10 < 3 ? 1 : 0));

	it('cuts 60/20/20 inside each class, so each part keeps the 30% churn rate', () => {
		const s = stratifiedSplit(labels, { seed: 1 });
		expect([s.train.length, s.validation.length, s.test.length]).toEqual([60, 20, 20]);
		const churners = (rows: Int32Array) => rows.reduce((n, i) => n + labels[i], 0);
		// 30 churners → 18 / 6 / 6; 70 stayers → 42 / 14 / 14.
		expect([churners(s.train), churners(s.validation), churners(s.test)]).toEqual([18, 6, 6]);
	});

	it('uses every row exactly once and returns ascending indices', () => {
		const s = stratifiedSplit(labels, { seed: 3 });
		const all = [...s.train, ...s.validation, ...s.test].sort((a, b) => a - b);
		expect(all).toEqual(Array.from({ length: 100 }, (_, i) => i));
		for (let k = 1; k < s.test.length; k++) expect(s.test[k]).toBeGreaterThan(s.test[k - 1]);
	});

	it('gives identical indices for the same seed and different ones for another seed', () => {
		expect(stratifiedSplit(labels, { seed: 5 }).test).toEqual(stratifiedSplit(labels, { seed: 5 }).test);
		expect(stratifiedSplit(labels, { seed: 6 }).test).not.toEqual(stratifiedSplit(labels, { seed: 5 }).test);
		expect(stratifiedSplit(labels, { seed: 5 }).seed).toBe(5);
	});

	it('leaves out rows whose label is unknown (-1)', () => {
		const s = stratifiedSplit([1, 0, -1, 1, 0], { seed: 1 });
		expect([...s.train, ...s.validation, ...s.test]).not.toContain(2);
		expect(s.train.length + s.validation.length + s.test.length).toBe(4);
	});
});
