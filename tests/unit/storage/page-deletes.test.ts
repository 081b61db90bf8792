// Page-side deletes hold the workspace lock shared (issue #11): while an encryption change holds it exclusive,
// a delete waits, and runs once the change is done.
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { withWorkspaceLock } from '$lib/workspace-lock';
import { setTierOverride, listTierOverrides } from '$lib/storage/annotations';
import {
	clearContactedLocked,
	clearTierOverrideLocked,
	deleteDatasetLocked,
	deleteSnapshotLocked
} from '$lib/storage/page-deletes';
import { markContacted, listContacted } from '$lib/storage/annotations';
import { fillWorkspace } from '../backup/workspace-fixture';

let db: StrataDb;
afterEach(async () => {
	await db.delete();
});

const tick = () => new Promise((r) => setTimeout(r, 20));

it('waits for an exclusive holder (an encryption change) before deleting, then deletes', async () => {
	db = new StrataDb('page-deletes');
	await db.open();
	await fillWorkspace(db);
	await setTierOverride(db, 'd1', { customerId: 'C1', tierId: 'gold', reason: 'r' });
	await markContacted(db, 'd1', ['C2'], '2024-01-01');
	const snapshot = (await db.snapshots.toArray())[0];
	expect(snapshot).toBeDefined();

	let release!: () => void;
	const change = withWorkspaceLock('exclusive', () => new Promise<void>((r) => (release = r)));
	await tick();
	const deletes = Promise.all([
		deleteDatasetLocked(db, 'd2'),
		clearTierOverrideLocked(db, 'd1', 'C1'),
		clearContactedLocked(db, 'd1', ['C2']),
		deleteSnapshotLocked(db, snapshot.id)
	]);
	await tick();
	// Nothing deleted while the change holds the lock.
	expect(await db.datasets.get('d2')).toBeDefined();
	expect(await listTierOverrides(db, 'd1')).toHaveLength(1);
	expect((await listContacted(db, 'd1')).map((c) => c.customerId)).toContain('C2');
	expect(await db.snapshots.get(snapshot.id)).toBeDefined();

	release();
	await change;
	await deletes;
	expect(await db.datasets.get('d2')).toBeUndefined();
	expect(await listTierOverrides(db, 'd1')).toHaveLength(0);
	expect((await listContacted(db, 'd1')).map((c) => c.customerId)).toEqual(['A1']);
	expect(await db.snapshots.get(snapshot.id)).toBeUndefined();
});
