import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { deleteResults, getFreshResult, getResult, putResult } from '$lib/storage/results';
import { deleteDefinition, getDefinition, putDefinition } from '$lib/storage/definitions';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`results-test-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('results repository', () => {
	it('returns stored typed-array columns intact', async () => {
		await putResult(
			db,
			{
				datasetId: 'd',
				kind: 'tiering',
				inputHash: 'h1',
				columns: { tier: Int32Array.from([0, 2, 1]) },
				meta: { a: 1 }
			},
			42
		);
		const got = await getResult(db, 'd', 'tiering');
		expect(got?.computedAt).toBe(42);
		expect(got?.columns?.tier).toBeInstanceOf(Int32Array);
		expect(Array.from(got?.columns?.tier as Int32Array)).toEqual([0, 2, 1]);
		expect(got?.meta).toEqual({ a: 1 });
	});

	it('treats a result computed from another input hash as stale', async () => {
		await putResult(db, { datasetId: 'd', kind: 'tiering', inputHash: 'h1', columns: {} });
		expect(await getFreshResult(db, 'd', 'tiering', 'h1')).toBeDefined();
		expect(await getFreshResult(db, 'd', 'tiering', 'h2')).toBeUndefined();
	});

	it('keeps one result per dataset and kind: a second put replaces the first', async () => {
		await putResult(db, { datasetId: 'd', kind: 'tiering', inputHash: 'h1', columns: {} });
		await putResult(db, { datasetId: 'd', kind: 'tiering', inputHash: 'h2', columns: {} });
		expect(await db.results.count()).toBe(1);
		expect((await getResult(db, 'd', 'tiering'))?.inputHash).toBe('h2');
	});

	it('deletes only the results of the given dataset', async () => {
		await putResult(db, { datasetId: 'd', kind: 'tiering', inputHash: 'h', columns: {} });
		await putResult(db, { datasetId: 'e', kind: 'tiering', inputHash: 'h', columns: {} });
		await deleteResults(db, 'd');
		expect(await getResult(db, 'd', 'tiering')).toBeUndefined();
		expect(await getResult(db, 'e', 'tiering')).toBeDefined();
	});
});

describe('definitions repository', () => {
	it('saves and reads a definition per dataset and kind', async () => {
		await putDefinition(db, 'd', 'tiering', { tierMeasure: 'monetary' });
		await putDefinition(db, 'e', 'tiering', { tierMeasure: 'frequency' });
		expect(await getDefinition(db, 'd', 'tiering')).toEqual({ tierMeasure: 'monetary' });
		expect(await getDefinition(db, 'e', 'tiering')).toEqual({ tierMeasure: 'frequency' });
		expect(await getDefinition(db, 'd', 'other')).toBeUndefined();
	});

	it('removes a definition', async () => {
		await putDefinition(db, 'd', 'tiering', { a: 1 });
		await deleteDefinition(db, 'd', 'tiering');
		expect(await getDefinition(db, 'd', 'tiering')).toBeUndefined();
	});
});
