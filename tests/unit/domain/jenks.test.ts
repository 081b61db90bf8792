import { describe, expect, it } from 'vitest';
import { jenksBreaks } from '$lib/domain/jenks';

describe('jenksBreaks', () => {
	it('finds the three obvious clusters', () => {
		const v = [1, 2, 3, 10, 11, 12, 50, 51, 52];
		expect(jenksBreaks(v, 3)).toEqual([1, 10, 50]);
	});

	it('splits two groups where the within-class variance is smallest', () => {
		// {0, 1} ∪ {9, 10, 11}: any other cut leaves a far larger sum of squares.
		expect(jenksBreaks(Float64Array.of(11, 0, 9, 1, 10, NaN), 2)).toEqual([0, 9]);
	});

	it('returns fewer bounds than classes when values repeat', () => {
		expect(jenksBreaks([5, 5, 5, 7], 3)).toEqual([5, 7]);
	});

	it('finds the same clusters on a sample of large input', () => {
		const v = new Float64Array(30_000);
		for (let i = 0; i < v.length; i++)
			v[i] = i < 10_000 ? i % 100 : i < 20_000 ? 1000 + (i % 100) : 5000 + (i % 100);
		expect(jenksBreaks(v, 3, 500)).toEqual([0, 1000, 5000]);
	});
});
