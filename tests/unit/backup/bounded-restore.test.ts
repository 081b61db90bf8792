// Bounded, honest restore (issue #11, item 5): a size cap before reading, a running cap on gunzip (a forged
// trailer makes a gzip bomb reachable), no silent emptying by a zero-data backup, and the right message when the
// check after the commit fails. Before: no cap at all, the empty backup emptied the workspace, and the message
// after a failed post-commit check said "Nothing was changed".
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { deleteDatabase } from '$lib/storage/wipe';
import { gunzip, gzip, TooLargeError } from '$lib/backup/bytes';
import { packBackup, snapshotWorkspace } from '$lib/backup/pack';
import { unpackBackup } from '$lib/backup/unpack';
import { restoreContent } from '$lib/backup/restore';
import { fillWorkspace, fingerprint } from './workspace-fixture';

let n = 0;
const opened: StrataDb[] = [];
async function freshDb(name = `br-${n++}`): Promise<StrataDb> {
	const db = new StrataDb(name);
	await db.open();
	opened.push(db);
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const backupOf = async (db: StrataDb) =>
	(await packBackup(await snapshotWorkspace(db), { appVersion: 'test', createdAt: 1 })).file;

const deps = (live: StrataDb, extra: { allowEmpty?: boolean } = {}) => ({
	live,
	openStaging: (name: string) => freshDb(name),
	deleteDatabase: (name: string) => deleteDatabase(name),
	...extra
});

describe('bounded restore', () => {
	it('stops decompressing a gzip bomb at the cap instead of inflating all of it', async () => {
		const bomb = await gzip(new Uint8Array(64 * 1024 * 1024));
		expect(bomb.byteLength).toBeLessThan(200_000);
		await expect(gunzip(bomb, 1024 * 1024)).rejects.toBeInstanceOf(TooLargeError);
		expect((await gunzip(await gzip(new Uint8Array(1000)), 1000)).byteLength).toBe(1000);
	});

	it('refuses a file above the stated size, and a body above the running cap, as too large', async () => {
		const source = await freshDb();
		await fillWorkspace(source);
		const file = await backupOf(source);
		expect(await unpackBackup(file, undefined, { maxFileBytes: file.byteLength - 1 })).toEqual({
			error: 'backup.error.tooLarge'
		});
		expect(await unpackBackup(file, undefined, { maxBodyBytes: 1000 })).toEqual({
			error: 'backup.error.tooLarge'
		});
		expect('content' in (await unpackBackup(file))).toBe(true);
	});

	it('refuses a backup holding no data over a workspace that has some, unless confirmed', async () => {
		const empty = await backupOf(await freshDb());
		const live = await freshDb();
		await fillWorkspace(live);
		const before = await fingerprint(live);
		const unpacked = await unpackBackup(empty);
		if ('error' in unpacked) throw new Error(unpacked.error);
		expect(await restoreContent(unpacked.content, deps(live))).toEqual({ error: 'backup.error.empty' });
		expect(await fingerprint(live)).toBe(before);
		const confirmed = await restoreContent(unpacked.content, deps(live, { allowEmpty: true }));
		expect('counts' in confirmed && confirmed.counts.datasets).toBe(0);
		expect(await live.datasets.count()).toBe(0);
	});

	it('says the workspace was replaced when the check after the commit fails', async () => {
		const source = await freshDb();
		await fillWorkspace(source);
		const unpacked = await unpackBackup(await backupOf(source));
		if ('error' in unpacked) throw new Error(unpacked.error);
		const live = await freshDb();
		// Storage that changes what it was given (a failing disk, an extension): the read-back differs.
		live.datasets.hook('creating', (_key, obj) => {
			(obj as { name: string }).name += ' (altered)';
		});
		expect(await restoreContent(unpacked.content, deps(live))).toEqual({
			error: 'backup.error.verifyAfterCommit'
		});
		expect(await live.datasets.count()).toBeGreaterThan(0);
	});
});
