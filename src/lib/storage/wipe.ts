// "Delete all data": every Strata database on this origin, every Cache Storage entry (which includes the
// offline copy of the app) and Strata's own localStorage keys. The caller reloads to a clean app afterwards.
import Dexie from 'dexie';
import { DB_NAME, type StrataDb } from './db';

export const LOCAL_PREFIX = 'strata.';
/** Databases Strata creates: the workspace and the short-lived staging databases of a restore. */
export const isStrataDatabase = (name: string) => name === DB_NAME || name.startsWith(`${DB_NAME}-restore-`);

/**
 * The part of Web Storage (localStorage) the wipe uses. Named here rather than the DOM's `Storage` because the
 * backup worker imports this module (deleteDatabase) and worker code type-checks without the DOM library.
 */
export interface KeyValueStorage {
	readonly length: number;
	key(index: number): string | null;
	removeItem(key: string): void;
}

export interface WipeTargets {
	/** The open workspace database of this page, closed first so the delete is not blocked by ourselves. */
	db?: StrataDb;
	indexedDB?: IDBFactory;
	caches?: CacheStorage;
	storage?: KeyValueStorage;
	/** Called when another tab still holds the database open (it is asked to close; the delete then goes on). */
	onBlocked?: () => void;
}

export interface WipeReport {
	databases: string[];
	caches: number;
	localKeys: number;
}

/** Deletes one database; resolves once it is gone (after other connections have closed). */
export async function deleteDatabase(
	name: string,
	onBlocked?: () => void,
	indexedDB?: IDBFactory
): Promise<void> {
	const db = new Dexie(name, indexedDB ? { indexedDB } : undefined);
	if (onBlocked) db.on('blocked', onBlocked);
	await db.delete();
}

export async function wipeEverything(targets: WipeTargets): Promise<WipeReport> {
	targets.db?.close();
	const idb = targets.indexedDB;
	const names = new Set([DB_NAME]);
	if (idb?.databases)
		for (const info of await idb.databases())
			if (info.name && isStrataDatabase(info.name)) names.add(info.name);
	if (idb) for (const name of names) await deleteDatabase(name, targets.onBlocked, idb);

	let cacheCount = 0;
	if (targets.caches) {
		// All Cache Storage on this origin is Strata's (the service worker's precache); nothing else shares it.
		for (const key of await targets.caches.keys()) if (await targets.caches.delete(key)) cacheCount++;
	}

	let localKeys = 0;
	const storage = targets.storage;
	if (storage) {
		const keys: string[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(LOCAL_PREFIX)) keys.push(key);
		}
		for (const key of keys) storage.removeItem(key);
		localKeys = keys.length;
	}
	return { databases: idb ? [...names] : [], caches: cacheCount, localKeys };
}
