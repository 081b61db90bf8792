// How Strata's database schema changes over time: every version after 1 is one entry here, carrying the
// stores that changed and an `upgrade` that rewrites existing records, so an update never strands user data.
import type { Dexie, Transaction } from 'dexie';

/** Tables whose indexes change in a version: Dexie needs only the changed ones (null deletes a table). */
export type StoreChanges = Record<string, string | null>;

export interface Migration {
	/** A whole number above every earlier one; version 1 is declared in db.ts and never changes. */
	version: number;
	stores: StoreChanges;
	/** Rewrites existing records inside the upgrade transaction (Dexie runs it once, when a tab opens the newer app). */
	upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
	/**
	 * The same change for records restored from a backup written at an older version, which never went through
	 * `upgrade`: table name → records, returned changed. Needed whenever `upgrade` rewrites records.
	 */
	upgradeBackup?: (tables: Record<string, unknown[]>) => Record<string, unknown[]>;
}

/** Schema versions after 1, oldest first. Add new ones at the end; never edit or remove a shipped one. */
export const MIGRATIONS: readonly Migration[] = [];

/** Anything with Dexie's `version()` declaration API (a StrataDb, or a Dexie in tests). */
interface Versioned {
	version(n: number): { stores(s: StoreChanges): { upgrade(fn: (tx: Transaction) => unknown): unknown } };
}

/** Declares each migration on `db` (before it opens); checks the list is strictly increasing above 1. */
export function declareMigrations(db: Versioned, migrations: readonly Migration[] = MIGRATIONS): void {
	let last = 1;
	for (const m of migrations) {
		if (!Number.isInteger(m.version) || m.version <= last)
			throw new Error(`migrations: version ${m.version} must be a whole number above ${last}`);
		last = m.version;
		const declared = db.version(m.version).stores(m.stores);
		if (m.upgrade) declared.upgrade(m.upgrade);
	}
}

/** The schema version this build of the app writes. */
export function schemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
	return migrations.length ? migrations[migrations.length - 1].version : 1;
}

/** Brings the tables of a backup written at schema `from` up to this build's schema. */
export function upgradeBackupTables(
	tables: Record<string, unknown[]>,
	from: number,
	migrations: readonly Migration[] = MIGRATIONS
): Record<string, unknown[]> {
	let out = tables;
	for (const m of migrations) if (m.version > from && m.upgradeBackup) out = m.upgradeBackup(out);
	return out;
}

export interface SchemaWatch {
	/** Another tab opened a newer schema (newVersion > 0) or is deleting the database (0): this tab must reload. */
	onOutdated: (newVersion: number) => void;
	/** This tab's open/upgrade waits for another tab that still holds the old version open. */
	onBlocked?: () => void;
}

/**
 * Lets a newer tab upgrade (or a wipe delete) the database without waiting on this one: on 'versionchange'
 * this connection closes at once, and the tab is told to reload into the new version.
 */
export function watchSchemaChanges(db: Dexie, watch: SchemaWatch): void {
	db.on('versionchange', (event: IDBVersionChangeEvent) => {
		db.close({ disableAutoOpen: true });
		// Dexie reports versions ×10 internally; the IDB event carries raw numbers, 0/null for a delete.
		watch.onOutdated(event.newVersion ? Math.round(event.newVersion / 10) : 0);
		return false;
	});
	if (watch.onBlocked) db.on('blocked', () => watch.onBlocked?.());
}
