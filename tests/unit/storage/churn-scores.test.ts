import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { getResult } from '$lib/storage/results';
import {
	CHURN_KIND,
	churnBandCodes,
	getChurnScores,
	putChurnScores,
	setChurnThreshold
} from '$lib/storage/churn-scores';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`churn-scores-test-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

// Customers 0..3: 0.9, not scored, 0.3, 0.1.
const probability = () => Float64Array.from([0.9, NaN, 0.3, 0.1]);

describe('churn band codes (2 high: p ≥ t, 1 medium: t/2 ≤ p < t, 0 low: p < t/2, −1 not scored)', () => {
	it('puts a probability exactly at the threshold in high and exactly at half of it in medium', () => {
		expect(Array.from(churnBandCodes([0.4, 0.39, 0.2, 0.19, 0, 1], 0.4))).toEqual([2, 1, 1, 0, 0, 2]);
	});

	it('gives −1 to customers without a score', () => {
		expect(Array.from(churnBandCodes([NaN, 0.7], 0.5))).toEqual([-1, 2]);
	});
});

describe('stored churn scores', () => {
	it('returns undefined when the dataset has no churn result', async () => {
		expect(await getChurnScores(db, 'd')).toBeUndefined();
	});

	it('round-trips probabilities by customer code with bands at the stored threshold', async () => {
		await putChurnScores(db, 'd', {
			probability: probability(),
			inputHash: 'h',
			meta: { threshold: 0.5, trainedAt: 1234, modelKind: 'logistic' }
		});
		const got = await getChurnScores(db, 'd');
		expect(got?.probability).toBeInstanceOf(Float64Array);
		expect(Array.from(got?.probability ?? [])).toEqual([0.9, NaN, 0.3, 0.1]);
		// 0.9 ≥ 0.5 high; 0.3 ≥ 0.25 medium; 0.1 < 0.25 low.
		expect(Array.from(got?.band ?? [])).toEqual([2, -1, 1, 0]);
		expect(got?.threshold).toBe(0.5);
		expect(got?.trainedAt).toBe(1234);
		expect(await getChurnScores(db, 'other')).toBeUndefined();
	});

	it('re-bands every customer when the threshold moves, keeping the rest of the record', async () => {
		await putChurnScores(db, 'd', {
			probability: probability(),
			inputHash: 'h',
			meta: { threshold: 0.5, trainedAt: 1234, modelKind: 'mlp' },
			extra: { factors: ['a', '', 'b', ''] }
		});
		expect(await setChurnThreshold(db, 'd', 0.2)).toBe(true);
		const got = await getChurnScores(db, 'd');
		// At 0.2: 0.9 and 0.3 are high, 0.1 = 0.2 / 2 is medium.
		expect(Array.from(got?.band ?? [])).toEqual([2, -1, 2, 1]);
		expect(got?.threshold).toBe(0.2);
		expect(got?.trainedAt).toBe(1234);
		const raw = await getResult(db, 'd', CHURN_KIND);
		expect(raw?.columns?.factors).toEqual(['a', '', 'b', '']);
		expect((raw?.meta as { modelKind: string }).modelKind).toBe('mlp');
	});

	it('bands the same customers the same way whether stored at a threshold or moved to it later', async () => {
		await putChurnScores(db, 'a', {
			probability: probability(),
			inputHash: 'h',
			meta: { threshold: 0.8, trainedAt: 1 }
		});
		await setChurnThreshold(db, 'a', 0.3);
		await putChurnScores(db, 'b', {
			probability: probability(),
			inputHash: 'h',
			meta: { threshold: 0.3, trainedAt: 1 }
		});
		expect(Array.from((await getChurnScores(db, 'a'))?.band ?? [])).toEqual([2, -1, 2, 0]);
		expect(Array.from((await getChurnScores(db, 'b'))?.band ?? [])).toEqual([2, -1, 2, 0]);
	});

	it('does not create a record when the threshold moves before anything was stored', async () => {
		expect(await setChurnThreshold(db, 'd', 0.3)).toBe(false);
		expect(await getResult(db, 'd', CHURN_KIND)).toBeUndefined();
	});
});
