import { describe, expect, it } from 'vitest';
import {
	computeRfm,
	EIGHT_CLASSES,
	eightClasses,
	quintileScores,
	REPEAT_BUYER_SEGMENTS,
	RFM_SEGMENTS,
	scoreLevels,
	segmentOf
} from '$lib/domain/rfm';
import { cdnow, heavyTies, type RfmColumns } from './rfm-fixtures';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('quintileScores', () => {
	it('splits ten distinct values into five scores of two customers each', () => {
		expect(Array.from(quintileScores(f64(10, 9, 8, 7, 6, 5, 4, 3, 2, 1)))).toEqual([
			5, 5, 4, 4, 3, 3, 2, 2, 1, 1
		]);
	});

	it('gives a block of tied values the score of its worst position (ties go down)', () => {
		// 10,10,10: 0 values below → 1 + floor(0) = 1; 20: 3 below → 1 + floor(15/5) = 4; 30: 4 below → 5.
		expect(Array.from(quintileScores(f64(10, 10, 10, 20, 30)))).toEqual([1, 1, 1, 4, 5]);
	});

	it('gives the minimum value score 1 however many customers share it', () => {
		// 9 one-time buyers and one two-time buyer: 9 below → 1 + floor(45/10) = 5.
		const f = quintileScores(f64(1, 1, 1, 1, 1, 1, 1, 1, 1, 2));
		expect(Array.from(f)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 5]);
		expect(scoreLevels(f)).toEqual([1, 5]);
	});

	it('uses fewer levels when a measure has fewer than five distinct values', () => {
		// Three distinct values, 4 each: below 0 / 4 / 8 of 12 → 1, 1 + floor(20/12) = 2, 1 + floor(40/12) = 4.
		const s = quintileScores(f64(5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7));
		expect(scoreLevels(s)).toEqual([1, 2, 4]);
		expect(s[0]).toBe(1);
		expect(s[4]).toBe(2);
		expect(s[8]).toBe(4);
	});

	it('scores lower recency higher and missing recency 1', () => {
		expect(Array.from(quintileScores(f64(1, 100, NaN, 50, 10, 5), false))).toEqual([5, 1, 1, 2, 3, 4]);
	});

	it('puts every customer in score 1 when all values are equal', () => {
		const s = quintileScores(f64(7, 7, 7, 7));
		expect(Array.from(s)).toEqual([1, 1, 1, 1]);
		expect(scoreLevels(s)).toEqual([1]);
	});

	it('scores ties in recency down too: a shared most-recent day covering 30% gets R4, not R5', () => {
		// 3 of 10 bought 0 days ago; 7 worse values below them → 1 + floor(35/10) = 4.
		const r = quintileScores(f64(0, 0, 0, 1, 2, 3, 4, 5, 6, 7), false);
		expect(Array.from(r)).toEqual([4, 4, 4, 4, 3, 3, 2, 2, 1, 1]);
	});

	it('always gives equal values the same score (many random tie patterns)', () => {
		for (let trial = 0; trial < 200; trial++) {
			const n = 1 + ((trial * 7919) % 97);
			const v = Float64Array.from({ length: n }, (_, i) => ((i * 31 + trial) % (1 + (trial % 6))) * 10);
			const s = quintileScores(v);
			let broken = 0;
			for (let i = 0; i < n; i++)
				for (let j = 0; j < n; j++) {
					if (v[i] === v[j] && s[i] !== s[j]) broken++;
					if (v[i] < v[j] && s[i] > s[j]) broken++;
				}
			expect(broken).toBe(0);
		}
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

	it('never maps F = 1 (one purchase) to a segment that claims repeat purchases', () => {
		for (let r = 1; r <= 5; r++)
			for (let m = 1; m <= 5; m++) expect(REPEAT_BUYER_SEGMENTS).not.toContain(segmentOf(r, 1, m));
	});

	it('scores customers who never bought (frequency 0) F = 1 without lifting one-time buyers above them', () => {
		const res = computeRfm({
			recencyDays: f64(NaN, 5, 6, 7),
			frequency: f64(0, 1, 1, 3),
			monetary: f64(0, 10, 10, 30)
		});
		expect(Array.from(res.f)).toEqual([1, 1, 1, 4]);
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

/** Checks every claim the tie rules make on a real-shaped column set. */
function checkHonestScores(data: RfmColumns) {
	const res = computeRfm(data);
	const oneTime = data.frequency.map((f) => (f === 1 ? 1 : 0));
	for (let i = 0; i < oneTime.length; i++) {
		if (oneTime[i]) {
			expect(res.f[i]).toBe(1);
			expect(REPEAT_BUYER_SEGMENTS).not.toContain(RFM_SEGMENTS[res.segment[i]]);
		} else expect(res.f[i]).toBeGreaterThan(1);
	}
	for (const [scores, values] of [
		[res.r, data.recencyDays],
		[res.f, data.frequency],
		[res.m, data.monetary]
	] as const) {
		const byValue = new Map<number, number>();
		for (let i = 0; i < values.length; i++) {
			const seen = byValue.get(values[i]);
			if (seen !== undefined) expect(scores[i]).toBe(seen);
			byValue.set(values[i], scores[i]);
		}
	}
	// The eight classes split on the mean: F high ⇔ frequency above the mean.
	for (let i = 0; i < oneTime.length; i++) {
		const fHigh = (res.eightClass[i] & 1) === 0;
		expect(fHigh).toBe(data.frequency[i] > res.means.frequency);
	}
	return res;
}

describe('real-data-shaped ties', () => {
	it('heavy-ties orders (90% one-time buyers): F1 holds exactly the one-time buyers, none is Loyal', () => {
		const data = heavyTies();
		expect(data.ids.length).toBe(1460);
		const oneTime = data.frequency.filter((f) => f === 1).length;
		expect(oneTime).toBe(1314);
		const res = checkHonestScores(data);
		expect(res.f.filter((f) => f === 1).length).toBe(1314);
		// 1,314 of 1,460 tie at the minimum → the next block starts past 90% → F jumps to 5; F2–F4 stay empty.
		expect(res.levels.f).toEqual([1, 5]);
		// Mean frequency is about 1.3, so every one-time buyer is "F low" in the eight classes.
		expect(res.means.frequency).toBeGreaterThan(1);
		expect(res.means.frequency).toBeLessThan(2);
		// Everyone who last bought on the promotion day shares one R score.
		const promo = [...data.recencyDays.keys()].filter((i) => data.recencyDays[i] === 0);
		expect(promo.length).toBeGreaterThan(200);
		expect(new Set(promo.map((i) => res.r[i])).size).toBe(1);
	});

	it('CDNOW (2,357 customers, 60% one-time buyers with mean repeat spend 0)', () => {
		const data = cdnow();
		expect(data.ids.length).toBe(2357);
		const res = checkHonestScores(data);
		const oneTime = data.frequency.filter((f) => f === 1).length;
		expect(oneTime).toBe(1411);
		// The 1,411 zero amounts tie at the minimum → M1 holds exactly them, and M2 is skipped.
		expect(res.m.filter((m) => m === 1).length).toBe(1411);
		expect(res.levels.m).toEqual([1, 3, 4, 5]);
	});
});
