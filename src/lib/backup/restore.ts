// Puts a verified backup in place of the workspace without risking it: the records go first into a fresh
// staging database and are read back and checked; only then is 'strata' replaced, in one transaction.
import type { StrataDb } from '$lib/storage/db';
import { isQuotaError } from '$lib/storage/datasets';
import { schemaVersion, upgradeBackupTables } from '$lib/storage/migrations';
import { TABLES, type BackupContent, type ErrorKey } from './format';
import { hashRecords, snapshotWorkspace } from './pack';

export interface RestoreDeps {
	/** The live database ('strata'), already open. */
	live: StrataDb;
	/** Opens a new, empty database of the current schema under `name`. */
	openStaging: (name: string) => Promise<StrataDb>;
	deleteDatabase: (name: string) => Promise<void>;
	now?: () => number;
	/** The user confirmed that a backup holding no data may empty a workspace that has some. */
	allowEmpty?: boolean;
}

export type Restored = { counts: Record<string, number> } | { error: ErrorKey };

async function hashesOf(tables: Record<string, unknown[]>): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const name of TABLES) out[name] = await hashRecords(tables[name] ?? []);
	return out;
}

/** True when the database holds exactly the expected records, table by table. */
async function holds(db: StrataDb, expected: Record<string, string>): Promise<boolean> {
	const { tables } = await snapshotWorkspace(db);
	const actual = await hashesOf(tables);
	return TABLES.every((name) => actual[name] === expected[name]);
}

/** No customer data at all (settings alone do not count): restoring it would leave an empty workspace. */
function isEmpty(tables: Record<string, unknown[]>): boolean {
	return TABLES.every((name) => name === 'settings' || (tables[name] ?? []).length === 0);
}

/** Clears every table and writes the records, in ONE transaction: it commits whole or not at all. */
async function replaceAll(db: StrataDb, tables: Record<string, unknown[]>): Promise<void> {
	await db.transaction(
		'rw',
		TABLES.map((name) => db.table(name)),
		async () => {
			for (const name of TABLES) {
				await db.table(name).clear();
				await db.table(name).bulkAdd(tables[name] ?? []);
			}
		}
	);
}

/**
 * Why not delete 'strata' and copy the staging database in: between the delete and the end of the copy the
 * workspace would exist nowhere but in staging. A single IndexedDB transaction has no such window — a crash,
 * a full disk or a closed tab rolls it back and the old workspace is untouched.
 */
export async function restoreContent(content: BackupContent, deps: RestoreDeps): Promise<Restored> {
	if (content.dbVersion > Math.max(deps.live.verno, schemaVersion()))
		return { error: 'backup.error.newerSchema' };
	const tables = upgradeBackupTables(content.tables, content.dbVersion);
	// A valid file with no data would silently empty the workspace: only with the user's explicit yes.
	if (!deps.allowEmpty && isEmpty(tables) && (await deps.live.datasets.count()) > 0)
		return { error: 'backup.error.empty' };
	const expected = await hashesOf(tables);
	const stagingName = `strata-restore-${(deps.now ?? Date.now)()}`;
	let staging: StrataDb | undefined;
	let committed = false;
	try {
		staging = await deps.openStaging(stagingName);
		await replaceAll(staging, tables);
		if (!(await holds(staging, expected))) return { error: 'backup.error.write' };
		await replaceAll(deps.live, tables);
		committed = true;
		// From here the old workspace is gone: a failed check must not say "nothing was changed".
		if (!(await holds(deps.live, expected))) return { error: 'backup.error.verifyAfterCommit' };
		return { counts: Object.fromEntries(TABLES.map((name) => [name, (tables[name] ?? []).length])) };
	} catch (error) {
		if (committed) return { error: 'backup.error.verifyAfterCommit' };
		return { error: isQuotaError(error) ? 'backup.error.quota' : 'backup.error.write' };
	} finally {
		staging?.close();
		await deps.deleteDatabase(stagingName).catch(() => undefined);
	}
}
