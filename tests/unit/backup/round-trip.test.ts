import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { deleteDatabase } from '$lib/storage/wipe';
import { packBackup, snapshotWorkspace } from '$lib/backup/pack';
import { peekBackup, unpackBackup } from '$lib/backup/unpack';
import { restoreContent } from '$lib/backup/restore';
import { TABLES } from '$lib/backup/format';
import { fillWorkspace, fingerprint } from './workspace-fixture';

let n = 0;
const opened: StrataDb[] = [];
async function freshDb(name = `rt-${n++}`): Promise<StrataDb> {
	const db = new StrataDb(name);
	await db.open();
	opened.push(db);
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

async function databaseNames(): Promise<string[]> {
	return (await indexedDB.databases()).map((d) => d.name ?? '').sort();
}

async function backupOf(db: StrataDb, passphrase?: string) {
	return packBackup(await snapshotWorkspace(db), {
		appVersion: 'test',
		passphrase,
		createdAt: 1_750_000_000_000
	});
}

async function restoreInto(live: StrataDb, file: Uint8Array<ArrayBuffer>, passphrase?: string) {
	const unpacked = await unpackBackup(file, passphrase);
	if ('error' in unpacked) throw new Error(unpacked.error);
	return restoreContent(unpacked.content, {
		live,
		openStaging: (name) => freshDb(name),
		deleteDatabase: (name) => deleteDatabase(name),
		now: () => 42
	});
}

describe('backup round trip', () => {
	it('covers every table of the schema', async () => {
		const db = await freshDb();
		expect([...TABLES].sort()).toEqual(db.tables.map((t) => t.name).sort());
	});

	it('restores every table byte for byte into an empty workspace, NaN, -0 and Int8 values included', async () => {
		const source = await freshDb();
		await fillWorkspace(source);
		const { file } = await backupOf(source);
		const live = await freshDb();
		const result = await restoreInto(live, file);
		expect(result).toEqual({
			counts: {
				datasets: 2,
				chunks: 2,
				dictionaries: 1,
				reports: 1,
				results: 1,
				definitions: 1,
				snapshots: 1,
				models: 1,
				annotations: 1,
				settings: 2
			}
		});
		expect(await fingerprint(live)).toBe(await fingerprint(source));

		const chunk = await live.chunks.get(['d1', 'rows', 0]);
		const amount = chunk?.columns?.amount as Float64Array;
		expect(amount).toBeInstanceOf(Float64Array);
		expect(amount[0]).toBe(1.5);
		expect(Number.isNaN(amount[1])).toBe(true);
		expect(Object.is(amount[2], -0)).toBe(true);
		expect(amount[3]).toBe(Infinity);
		expect(Array.from(chunk?.columns?.flag as Int8Array)).toEqual([-128, -1, 0, 127]);
		// The subarray view comes back as just its two values, not the four of the buffer it shared.
		expect(Array.from(chunk?.columns?.tail as Float64Array)).toEqual([8, 9]);
		const meta = (await live.results.get(['d1', 'tiers']))?.meta as Record<string, unknown>;
		expect(Number.isNaN(meta.auc)).toBe(true);
		expect(Object.is(meta.zero, -0)).toBe(true);
		expect('missing' in meta && meta.missing === undefined).toBe(true);
		expect((await live.definitions.get(['d1', 'rules']))?.value).toEqual({
			$ta: 'not a tag',
			$n: 'x',
			nested: { $o: 1 }
		});
		// The staging database is gone once the switch is done.
		expect((await databaseNames()).some((name) => name.startsWith('strata-restore-'))).toBe(false);
	});

	it('replaces what the workspace held before instead of merging into it', async () => {
		const source = await freshDb();
		await fillWorkspace(source);
		const { file } = await backupOf(source);
		const live = await freshDb();
		await live.settings.put({ key: 'only-in-live', value: 1 });
		await live.annotations.put({ datasetId: 'x', customerId: 'y', kind: 'z', value: 0, updatedAt: 0 });
		await restoreInto(live, file);
		expect(await live.settings.get('only-in-live')).toBeUndefined();
		expect(await live.annotations.count()).toBe(1);
		expect(await fingerprint(live)).toBe(await fingerprint(source));
	});

	it('leaves out the records of an import that had not finished', async () => {
		const source = await freshDb();
		await fillWorkspace(source);
		await source.datasets.update('d2', { status: 'importing' });
		await source.chunks.add({ datasetId: 'd2', table: 'rows', index: 0, length: 0, columns: {} });
		const { counts } = await backupOf(source);
		expect(counts.datasets).toBe(1);
		expect(counts.chunks).toBe(2);
	});

	it('keeps the table counts readable in the clear header of an unencrypted file', async () => {
		const source = await freshDb();
		await fillWorkspace(source);
		const { file } = await backupOf(source);
		const peek = peekBackup(file);
		expect('header' in peek && peek.header.counts?.datasets).toBe(2);
		expect('header' in peek && peek.header.encryption).toBe(null);
	});
});

describe('a restore that cannot be written', () => {
	it('reports a write error and leaves the workspace as it was when the backup holds conflicting records', async () => {
		const live = await freshDb();
		await live.settings.put({ key: 'keep', value: 'me' });
		const before = await fingerprint(live);
		const content = {
			header: {
				magic: 'STRATA-BACKUP' as const,
				formatVersion: 1,
				createdAt: 0,
				appVersion: 't',
				compression: 'gzip' as const,
				encryption: null
			},
			dbVersion: 1,
			// Two settings with the same key: the staging database refuses the second add.
			tables: {
				settings: [
					{ key: 'a', value: 1 },
					{ key: 'a', value: 2 }
				]
			}
		};
		const result = await restoreContent(content, {
			live,
			openStaging: (name) => freshDb(name),
			deleteDatabase: (name) => deleteDatabase(name)
		});
		expect(result).toEqual({ error: 'backup.error.write' });
		expect(await fingerprint(live)).toBe(before);
	});

	it('refuses a backup from a newer database schema than this app knows', async () => {
		const live = await freshDb();
		const result = await restoreContent(
			{
				header: {
					magic: 'STRATA-BACKUP',
					formatVersion: 1,
					createdAt: 0,
					appVersion: 't',
					compression: 'gzip',
					encryption: null
				},
				dbVersion: 99,
				tables: {}
			},
			{ live, openStaging: (name) => freshDb(name), deleteDatabase: (name) => deleteDatabase(name) }
		);
		expect(result).toEqual({ error: 'backup.error.newerSchema' });
	});
});
