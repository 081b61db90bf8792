import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { deleteSnapshot, getSnapshotTable, listSnapshots, saveSnapshot } from '$lib/storage/snapshots';
import type { SnapshotTable } from '$lib/domain/snapshots/types';
import { DEFAULT_TIERING } from '$lib/domain/tier-definition';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`snapshots-test-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

const table = (analysisDate: number, churn?: number[]): SnapshotTable => ({
	analysisDate,
	tierIds: ['gold', 'silver'],
	ids: ['a', 'b'],
	tier: Int32Array.from([0, 1]),
	segment: Uint8Array.from([0, 10]),
	lifecycle: Uint8Array.from([2, 5]),
	recencyDays: Float64Array.from([3, 400]),
	frequency: Float64Array.from([5, 1]),
	monetary: Float64Array.from([900, 20]),
	churn: churn ? Float64Array.from(churn) : undefined
});

describe('snapshots repository', () => {
	it('round-trips every column and lists snapshots of all datasets by analysis date', async () => {
		const later = await saveSnapshot(
			db,
			'd2',
			{ datasetName: 'Later', tiering: DEFAULT_TIERING },
			table(2000, [0.1, 0.9]),
			5
		);
		const earlier = await saveSnapshot(
			db,
			'd1',
			{ datasetName: 'Earlier', tiering: DEFAULT_TIERING },
			table(1000),
			9
		);
		const list = await listSnapshots(db);
		expect(list.map((s) => s.id)).toEqual([earlier, later]);
		expect(list[1].meta).toMatchObject({
			datasetName: 'Later',
			tierIds: ['gold', 'silver'],
			customers: 2,
			hasChurn: true
		});
		const got = await getSnapshotTable(db, later);
		expect(got?.ids).toEqual(['a', 'b']);
		expect(Array.from(got?.tier ?? [])).toEqual([0, 1]);
		expect(Array.from(got?.segment ?? [])).toEqual([0, 10]);
		expect(got?.segment).toBeInstanceOf(Uint8Array);
		expect(Array.from(got?.churn ?? [])).toEqual([0.1, 0.9]);
		expect((await getSnapshotTable(db, earlier))?.churn).toBeUndefined();
		await deleteSnapshot(db, earlier);
		expect((await listSnapshots(db)).length).toBe(1);
	});
});
