import { describe, expect, it } from 'vitest';
import {
	computeRfm,
	EIGHT_CLASSES,
	eightClasses,
	quintileScores,
	RFM_SEGMENTS,
	segmentOf
} from '$lib/domain/rfm';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('quintileScores', () => {
	it('splits ten distinct values into five scores of two customers each', () => {
		expect(Array.from(quintileScores(f64(10, 9, 8, 7, 6, 5, 4, 3, 2, 1)))).toEqual([
			5, 5, 4, 4, 3, 3, 2, 2, 1, 1
		]);
	});

	it('gives tied values the score of their average rank', () => {
		// 10,10,10 occupy ranks 1–3 → mid rank 2 → ceil(5·2/5) = 2; 20 rank 4 → 4; 30 rank 5 → 5.
		expect(Array.from(quintileScores(f64(10, 10, 10, 20, 30)))).toEqual([2, 2, 2, 4, 5]);
	});

	it('scores lower recency higher and missing recency 1', () => {
		expect(Array.from(quintileScores(f64(1, 100, NaN, 50, 10, 5), false))).toEqual([5, 1, 1, 2, 3, 4]);
	});

	it('puts every customer in the same score when all values are equal', () => {
		// Mid rank of 4 ties = 2.5 → ceil(5·2.5/4) = 4.
		expect(Array.from(quintileScores(f64(7, 7, 7, 7)))).toEqual([4, 4, 4, 4]);
	});
});

describe('segments', () => {
	it('reaches all eleven named segments across the 125 score combinations', () => {
		const seen = new Set<string>();
		for (let r = 1; r <= 5; r++)
			for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(segmentOf(r, f, m));
		expect([...seen].sort()).toEqual([...RFM_SEGMENTS].sort());
	});

	it('places the textbook corners and rounds FM half up', () => {
		expect(segmentOf(5, 5, 5)).toBe('champions');
		expect(segmentOf(5, 5, 4)).toBe('champions'); // FM = 4.5 → 5
		expect(segmentOf(1, 1, 1)).toBe('lost');
		expect(segmentOf(5, 1, 1)).toBe('new');
		expect(segmentOf(1, 5, 5)).toBe('cantLose');
		expect(segmentOf(2, 1, 2)).toBe('hibernating'); // FM 1.5 → 2
		expect(segmentOf(3, 3, 3)).toBe('needAttention');
		expect(segmentOf(3, 2, 2)).toBe('aboutToSleep');
		expect(segmentOf(4, 1, 1)).toBe('promising');
		expect(segmentOf(4, 2, 3)).toBe('potentialLoyalist'); // FM 2.5 → 3
		expect(segmentOf(3, 4, 4)).toBe('loyal');
		expect(segmentOf(2, 3, 4)).toBe('atRisk'); // FM 3.5 → 4
	});

	it('returns codes for every customer from the indicator columns', () => {
		const res = computeRfm({
			recencyDays: f64(1, 2, 3, 4, 400),
			frequency: f64(10, 8, 6, 4, 1),
			monetary: f64(1000, 800, 600, 400, 10)
		});
		expect(Array.from(res.r)).toEqual([5, 4, 3, 2, 1]);
		expect(RFM_SEGMENTS[res.segment[0]]).toBe('champions');
		expect(RFM_SEGMENTS[res.segment[4]]).toBe('lost');
	});
});

describe('eight classes', () => {
	// Means: recency 20, frequency 2, monetary 200.
	const ind = { recencyDays: f64(10, 20, 30), frequency: f64(3, 2, 1), monetary: f64(300, 200, 100) };

	it('splits against the mean with values equal to the mean counted as low', () => {
		const { classes, means } = eightClasses(ind);
		expect(means).toEqual({ recencyDays: 20, frequency: 2, monetary: 200 });
		expect(EIGHT_CLASSES[classes[0]]).toBe('importantValue');
		expect(EIGHT_CLASSES[classes[1]]).toBe('generalWinBack'); // exactly at every mean → all low
		expect(EIGHT_CLASSES[classes[2]]).toBe('generalWinBack');
	});

	it('maps each R/F/M high-low combination to its named class', () => {
		// Means: recency 50, frequency 5, monetary 500; "high" values 10 d / 9 / 900, "low" 90 d / 1 / 100.
		const combos: [boolean, boolean, boolean, string][] = [
			[true, true, true, 'importantValue'],
			[true, false, true, 'importantDevelopment'],
			[false, true, true, 'importantRetention'],
			[false, false, true, 'importantWinBack'],
			[true, true, false, 'generalValue'],
			[true, false, false, 'generalDevelopment'],
			[false, true, false, 'generalRetention'],
			[false, false, false, 'generalWinBack']
		];
		for (const [r, f, m, name] of combos) {
			const res = eightClasses({
				recencyDays: f64(r ? 10 : 90, r ? 90 : 10),
				frequency: f64(f ? 9 : 1, f ? 1 : 9),
				monetary: f64(m ? 900 : 100, m ? 100 : 900)
			});
			expect(EIGHT_CLASSES[res.classes[0]]).toBe(name);
		}
	});

	it('counts a customer with no purchases (recency NaN) as R low', () => {
		const { classes } = eightClasses({
			recencyDays: f64(NaN, 10),
			frequency: f64(0, 1),
			monetary: f64(0, 10)
		});
		expect(EIGHT_CLASSES[classes[0]]).toBe('generalWinBack');
	});
});
