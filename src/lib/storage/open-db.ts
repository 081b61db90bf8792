// Opens Strata's database once per thread. When IndexedDB is truly unavailable (no factory, or the browser
// refuses storage outright) the app still works for the visit on an in-memory IndexedDB, and says so:
// `storageMode` is 'memory'. Any other failure is reported as what it is (a newer schema, quota, corruption,
// another tab blocking), never silently turned into a memory workspace that would look empty.
import { DB_NAME, StrataDb } from './db';
import { schemaVersion } from './migrations';
import { mirrorMiddleware } from './memory-mirror';
import {
	broadcastToWorkers,
	pageMirrorIdle,
	pageStorage,
	sendToPage,
	startReplica,
	workerMirrorIdle
} from './memory-peers';

export type StorageMode = 'indexeddb' | 'memory';

export interface OpenedDb {
	db: StrataDb;
	mode: StorageMode;
}

/** Why the real database could not be opened; each has its own message (storage.open.<reason>). */
export type OpenFailure = 'newer' | 'quota' | 'corrupt' | 'failed';

export class StorageOpenError extends Error {
	readonly code = 'storageOpen' as const;
	constructor(
		readonly reason: OpenFailure,
		readonly detail = ''
	) {
		super(`storage: ${reason}${detail ? ` (${detail})` : ''}`);
		this.name = 'StorageOpenError';
	}
}

export const isStorageOpenError = (e: unknown): e is StorageOpenError =>
	e instanceof StorageOpenError || (e as { code?: unknown } | null)?.code === 'storageOpen';

interface Factory {
	indexedDB: IDBFactory;
	IDBKeyRange: typeof IDBKeyRange;
}

/** Errors that mean "this browser gives this page no IndexedDB" (private modes, storage disabled by policy). */
const UNAVAILABLE = new Set(['SecurityError', 'InvalidStateError', 'NotAllowedError']);

function classify(e: unknown): OpenFailure | 'unavailable' {
	const err = e as { name?: string; inner?: { name?: string } } | null;
	const names = [err?.name, err?.inner?.name];
	if (names.includes('VersionError')) return 'newer';
	if (names.includes('QuotaExceededError')) return 'quota';
	if (names.some((n) => n && UNAVAILABLE.has(n))) return 'unavailable';
	if (names.includes('UnknownError') || names.includes('DataError')) return 'corrupt';
	return 'failed';
}

/**
 * The installed version in our own numbering (Dexie stores ×10), read by a raw open without a version: when the
 * database does not exist yet the creation is aborted, so the probe writes nothing either way.
 */
function installedVersion(factory: IDBFactory, name: string): Promise<number | undefined> {
	return new Promise((resolve, reject) => {
		const req = factory.open(name);
		req.onupgradeneeded = () => req.transaction?.abort();
		req.onsuccess = () => {
			const version = req.result.version;
			req.result.close();
			resolve(version / 10);
		};
		// An aborted creation (no database yet) lands here as AbortError.
		req.onerror = (event) => {
			event.preventDefault();
			if (req.error?.name === 'AbortError') resolve(undefined);
			else reject(req.error ?? new Error('open failed'));
		};
	});
}

/**
 * Opens `name` on `factory`, or rejects with StorageOpenError. A database saved by a newer app is refused before
 * Dexie opens it (Dexie would open it anyway and may patch its schema), so nothing is written to it.
 * Resolves undefined when IndexedDB is unavailable in this browser.
 */
export async function openStrataDb(
	factory: Factory,
	name = DB_NAME,
	known = schemaVersion()
): Promise<StrataDb | undefined> {
	let installed: number | undefined;
	try {
		installed = await installedVersion(factory.indexedDB, name);
	} catch (e) {
		const reason = classify(e);
		if (reason === 'unavailable') return undefined;
		throw new StorageOpenError(reason, e instanceof Error ? e.message : String(e));
	}
	if ((installed ?? 0) > known) throw new StorageOpenError('newer');
	let db: StrataDb;
	try {
		db = new StrataDb(name, factory);
	} catch {
		return undefined;
	}
	try {
		await db.open();
	} catch (e) {
		db.close();
		const reason = classify(e);
		if (reason === 'unavailable') return undefined;
		throw new StorageOpenError(reason, e instanceof Error ? e.message : String(e));
	}
	if (db.verno > known) {
		db.close();
		throw new StorageOpenError('newer');
	}
	return db;
}

/**
 * A memory database for this thread. The page's is the workspace; a worker's is a replica of it that the page
 * fills and keeps current (memory-peers.ts), because a memory database cannot be shared between threads.
 */
async function openMemory(replica: boolean): Promise<StrataDb> {
	// Loaded only when needed, so normal visits never download it.
	const fake = await import('fake-indexeddb');
	const db = new StrataDb(DB_NAME, { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange });
	db.use(mirrorMiddleware(replica ? sendToPage : broadcastToWorkers));
	await db.open();
	if (replica) await startReplica(db);
	return db;
}

let opening: Promise<OpenedDb> | undefined;

/**
 * The database of this thread (page or worker), opened on first use; rejects with StorageOpenError. A worker
 * first learns from its page where the workspace lives: a worker may have IndexedDB where its page has none.
 * In memory mode it resolves after the writes received from the other side so far are applied.
 */
export function openDb(): Promise<OpenedDb> {
	opening ??= (async () => {
		if ((await pageStorage()) === 'memory') return { db: await openMemory(true), mode: 'memory' as const };
		const hasFactory = typeof indexedDB !== 'undefined' && indexedDB !== null;
		const real = hasFactory ? await openStrataDb({ indexedDB, IDBKeyRange }) : undefined;
		if (real) return { db: real, mode: 'indexeddb' as const };
		return { db: await openMemory(false), mode: 'memory' as const };
	})();
	return opening.then(async (opened) => {
		if (opened.mode === 'memory') await Promise.all([workerMirrorIdle(), pageMirrorIdle()]);
		return opened;
	});
}
