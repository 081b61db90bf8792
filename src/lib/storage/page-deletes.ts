// Deletes the page starts (a dataset, a tier override, contact marks, a snapshot) hold the workspace lock
// shared, like every other writer: a delete never runs in the middle of an encryption change or a restore
// (which hold it exclusive), and a re-keying pass never meets a record vanishing under it.
import { withWriteLock } from './at-rest';
import { clearContacted, clearTierOverride } from './annotations';
import { deleteDataset } from './datasets';
import type { StrataDb } from './db';
import { deleteSnapshot } from './snapshots';

export async function deleteDatasetLocked(db: StrataDb, datasetId: string): Promise<void> {
	await withWriteLock(db, () => deleteDataset(db, datasetId));
}

export async function clearTierOverrideLocked(
	db: StrataDb,
	datasetId: string,
	customerId: string
): Promise<void> {
	await withWriteLock(db, () => clearTierOverride(db, datasetId, customerId));
}

export async function clearContactedLocked(
	db: StrataDb,
	datasetId: string,
	customerIds: readonly string[]
): Promise<void> {
	await withWriteLock(db, () => clearContacted(db, datasetId, customerIds));
}

export async function deleteSnapshotLocked(db: StrataDb, snapshotId: string): Promise<void> {
	await withWriteLock(db, () => deleteSnapshot(db, snapshotId));
}
