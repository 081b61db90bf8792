// Opens Strata's database once per thread. When IndexedDB is unavailable (private browsing, disabled storage)
// the app still works for the visit on an in-memory IndexedDB, and says so: `storageMode` is 'memory'.
import { DB_NAME, StrataDb } from './db';

export type StorageMode = 'indexeddb' | 'memory';

export interface OpenedDb {
	db: StrataDb;
	mode: StorageMode;
}

let opening: Promise<OpenedDb> | undefined;

async function openReal(): Promise<StrataDb | undefined> {
	if (typeof indexedDB === 'undefined' || indexedDB === null) return undefined;
	const db = new StrataDb(DB_NAME);
	try {
		await db.open();
		return db;
	} catch {
		db.close();
		return undefined;
	}
}

async function openMemory(): Promise<StrataDb> {
	// Loaded only when needed, so normal visits never download it.
	const fake = await import('fake-indexeddb');
	const db = new StrataDb(DB_NAME, { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange });
	await db.open();
	return db;
}

/** The database of this thread (page or worker), opened on first use. */
export function openDb(): Promise<OpenedDb> {
	opening ??= (async () => {
		const real = await openReal();
		if (real) return { db: real, mode: 'indexeddb' as const };
		return { db: await openMemory(), mode: 'memory' as const };
	})();
	return opening;
}
