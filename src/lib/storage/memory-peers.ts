// Both ends of the in-memory mirror (memory-mirror.ts). The page tells every worker where the workspace lives
// once its own database is open; in memory mode it sends the worker a copy of every table, then each commit.
// The messages ride on the `key` message, the one every worker already takes without treating it as a job.
import type { StrataDb } from './db';
import { ApplyQueue, applyOps, dumpTables, loadTables, type MirrorOp } from './memory-mirror';

/** Page → worker: where the workspace lives, a replica's starting copy, or committed operations. */
export type PageStorage =
	{ mode: 'own' } | { mode: 'memory'; tables: Record<string, unknown[]> } | { ops: MirrorOp[] };

export interface PageStorageMessage {
	type: 'key';
	key: CryptoKey | undefined;
	storage: PageStorage;
}

/** Worker → page: operations the worker committed on its replica. */
export interface WorkerMirrorMessage {
	type: 'mirror';
	ops: MirrorOp[];
}

// ---------------------------------------------------------------- page side

let pageDb: StrataDb | undefined;
const peers = new Map<string, { worker: WeakRef<Worker>; key: () => CryptoKey | undefined }>();
const pageQueue = new ApplyQueue();
let nextPeer = 1;

/** Page, memory mode: sends this thread's commits to every worker but the one they came from. */
export function broadcastToWorkers(ops: MirrorOp[], origin: string | undefined): void {
	for (const [id, peer] of peers) {
		if (id === origin) continue;
		const worker = peer.worker.deref();
		if (!worker) peers.delete(id);
		else worker.postMessage({ type: 'key', key: peer.key(), storage: { ops } } satisfies PageStorageMessage);
	}
}

/**
 * Page: tells `worker` where the workspace lives once the page's database is open (`opened`), and in memory
 * mode connects it as a replica. `key` gives the page's current key (the worker sets it from every such message).
 */
export async function connectWorker(
	worker: Worker,
	opened: Promise<{ db: StrataDb; mode: 'indexeddb' | 'memory' }>,
	key: () => CryptoKey | undefined
): Promise<void> {
	const send = (storage: PageStorage) =>
		worker.postMessage({ type: 'key', key: key(), storage } satisfies PageStorageMessage);
	let db: StrataDb;
	try {
		const o = await opened;
		if (o.mode !== 'memory') return send({ mode: 'own' });
		db = o.db;
	} catch {
		return send({ mode: 'own' }); // the worker meets the same open error and reports it
	}
	pageDb = db;
	const id = `w${nextPeer++}`;
	worker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
		if (event.data?.type !== 'mirror') return;
		const { ops } = event.data as WorkerMirrorMessage;
		pageQueue.push(() => applyOps(db, ops, id));
	});
	// Registered before the copy is read: a commit racing the copy reaches the worker after it, and
	// re-applying a put or delete the copy already holds changes nothing.
	peers.set(id, { worker: new WeakRef(worker), key });
	send({ mode: 'memory', tables: await dumpTables(db) });
}

/** Page: resolves once every operation received from workers so far is applied. */
export function pageMirrorIdle(): Promise<void> {
	return pageDb ? pageQueue.idle() : Promise.resolve();
}

// ---------------------------------------------------------------- worker side

// Both threads load this file, so the worker's global scope is looked up by name: the page's type check has
// no webworker library (tsconfig.json vs tsconfig.worker.json).
const inWorker = (): boolean => {
	const scope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
	return scope !== undefined && globalThis instanceof scope;
};

/** A worker that hears nothing from its page (a test harness, an old page) decides for itself. */
const NO_WORD_MS = 5000;

type Where = 'own' | 'memory';
let heard: ((where: Where) => void) | undefined;
/** The page's copy of every table, held only until the replica has loaded it. */
let copy: Record<string, unknown[]> | undefined;
const pageWord = inWorker()
	? new Promise<Where>((resolve) => {
			heard = resolve;
			setTimeout(() => resolve('own'), NO_WORD_MS);
		})
	: Promise.resolve<Where>('own');

const workerQueue = new ApplyQueue();
let replicaReady: (db: StrataDb) => void = () => undefined;
const replica = new Promise<StrataDb>((resolve) => (replicaReady = resolve));

if (inWorker())
	self.addEventListener('message', (event: MessageEvent<Partial<PageStorageMessage>>) => {
		const storage = event.data?.type === 'key' ? event.data.storage : undefined;
		if (!storage) return;
		if ('ops' in storage) {
			const { ops } = storage;
			workerQueue.push(async () => applyOps(await replica, ops, 'page'));
		} else {
			if (storage.mode === 'memory') copy = storage.tables;
			heard?.(storage.mode);
		}
	});

/** Worker: where the page keeps the workspace, 'own' meaning "open it yourself" (at once outside a worker). */
export function pageStorage(): Promise<Where> {
	return pageWord;
}

/** Worker, memory mode: fills the replica from the page's copy; the page's later commits then apply in order. */
export async function startReplica(db: StrataDb): Promise<void> {
	const tables = copy ?? {};
	copy = undefined;
	await loadTables(db, tables, 'page');
	replicaReady(db);
}

/** Worker, memory mode: hands this worker's commits to the page. */
export function sendToPage(ops: MirrorOp[], origin: string | undefined): void {
	if (origin) return; // the page's own operations, applied here
	(self as unknown as { postMessage(m: WorkerMirrorMessage): void }).postMessage({ type: 'mirror', ops });
}

/** Worker: resolves once every operation received from the page so far is applied. */
export function workerMirrorIdle(): Promise<void> {
	return workerQueue.idle();
}
