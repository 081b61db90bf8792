// The datasets repository: an import writes an 'importing' dataset chunk by chunk and flips it to 'committed'
// in one transaction at the end, so a reader never sees half a dataset; anything unfinished is discarded.
import type { GuessedCurrency } from '$lib/domain/currency';
import type { ColumnData, RejectedRow } from '$lib/domain/columns';
import type { MessageRef } from '$lib/domain/message-ref';
import { ensureIndexKey, lookupKeys, openRecord, sealForWrite, sessionKey } from './at-rest';
import type { ChunkRecord, DatasetRecord, DictionaryRecord, ImportReportRecord, StrataDb } from './db';

export type NewDataset = Omit<
	DatasetRecord,
	'id' | 'status' | 'createdAt' | 'rowCount' | 'customerCount' | 'chunkCount'
>;

export interface FinalCounts {
	rowCount: number;
	customerCount: number;
	chunkCount: number;
	/** Known only once the whole file has streamed. */
	contentHash?: string;
	/** The currency the amount cells named, read as they were parsed. */
	currency?: GuessedCurrency;
}

function newId(): string {
	if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export async function createDataset(
	db: StrataDb,
	fields: NewDataset,
	createdAt = Date.now()
): Promise<string> {
	const id = newId();
	await ensureIndexKey(db);
	const record: DatasetRecord = {
		...fields,
		id,
		status: 'importing',
		createdAt,
		rowCount: 0,
		customerCount: 0,
		chunkCount: 0
	};
	await db.datasets.add(await sealForWrite('datasets', record));
	return id;
}

export async function appendRowChunk(
	db: StrataDb,
	datasetId: string,
	index: number,
	length: number,
	columns: Record<string, ColumnData>
): Promise<void> {
	await db.chunks.add(await sealForWrite('chunks', { datasetId, table: 'rows', index, length, columns }));
}

export async function appendRejectChunk(
	db: StrataDb,
	datasetId: string,
	index: number,
	rejected: RejectedRow[]
): Promise<void> {
	const chunk: ChunkRecord = { datasetId, table: 'rejects', index, length: rejected.length, rejected };
	await db.chunks.add(await sealForWrite('chunks', chunk));
}

export async function writeDictionaries(
	db: StrataDb,
	datasetId: string,
	dicts: Omit<DictionaryRecord, 'datasetId'>[]
) {
	const records = dicts.map((d) => ({ datasetId, column: d.column, values: d.values }));
	await db.dictionaries.bulkPut(await Promise.all(records.map((r) => sealForWrite('dictionaries', r))));
}

export async function writeReport(db: StrataDb, report: ImportReportRecord): Promise<void> {
	await db.reports.put(await sealForWrite('reports', report));
}

/** Makes an imported dataset visible: status and final counts change together or not at all. */
export async function commitDataset(db: StrataDb, datasetId: string, counts: FinalCounts): Promise<void> {
	await updateDataset(db, datasetId, { status: 'committed', ...counts });
}

/**
 * Changes fields of a dataset record in one transaction. At rest the record is opened, changed and sealed again
 * (its name and content hash are sealed), so this is a read-modify-write rather than Dexie's `update`.
 */
async function updateDataset(db: StrataDb, datasetId: string, changes: Partial<DatasetRecord>) {
	await ensureIndexKey(db);
	await db.transaction('rw', db.datasets, async () => {
		const stored = await db.datasets.get(datasetId);
		if (!stored) throw new Error(`updateDataset: no dataset ${datasetId}`);
		const next = { ...(await openRecord(stored)), ...changes };
		await db.datasets.put(await sealForWrite('datasets', next));
	});
}

/** Deletes a dataset and everything that belongs to it. */
export async function discardDataset(db: StrataDb, datasetId: string): Promise<void> {
	const tables = [
		db.datasets,
		db.chunks,
		db.dictionaries,
		db.reports,
		db.results,
		db.definitions,
		db.snapshots,
		db.models,
		db.annotations
	];
	await db.transaction('rw', tables, async () => {
		await db.datasets.delete(datasetId);
		await db.reports.delete(datasetId);
		for (const table of [
			db.chunks,
			db.dictionaries,
			db.results,
			db.definitions,
			db.snapshots,
			db.models,
			db.annotations
		])
			await table.where('datasetId').equals(datasetId).delete();
	});
}

export const deleteDataset = discardDataset;

/**
 * Where Web Locks are missing nothing tells a live import in another tab from a dead one, so only imports started
 * this long ago are treated as dead; younger leftovers stay hidden (never listed) until a later start.
 */
export const STALE_IMPORT_MS = 6 * 60 * 60 * 1000;

/**
 * Removes every dataset an import never finished (a closed tab, a crash). Holding the import lock, pass nothing;
 * without Web Locks pass `startedBefore` (now − STALE_IMPORT_MS) so another tab's running import is left alone.
 */
export async function cleanUpUnfinishedImports(
	db: StrataDb,
	options: { startedBefore?: number } = {}
): Promise<number> {
	const before = options.startedBefore ?? Infinity;
	const unfinished = (await db.datasets.where('status').notEqual('committed').toArray())
		.filter((d) => d.createdAt < before)
		.map((d) => d.id);
	for (const id of unfinished) await discardDataset(db, id);
	return unfinished.length;
}

/**
 * Committed datasets, newest first. Names and headers are sealed at rest: while locked, sealed records are not
 * listed at all (the lock screen shows nothing from the data; live.ts lists again after the unlock).
 */
export async function listDatasets(db: StrataDb): Promise<DatasetRecord[]> {
	const stored = await db.datasets.where('status').equals('committed').toArray();
	const readable = sessionKey() ? stored : stored.filter((d) => !d.sealed);
	const all = await Promise.all(readable.map((d) => openRecord(d)));
	return all.sort((a, b) => b.createdAt - a.createdAt);
}

export async function getDataset(db: StrataDb, datasetId: string): Promise<DatasetRecord | undefined> {
	const found = await db.datasets.get(datasetId);
	return found && openRecord(found);
}

export async function renameDataset(db: StrataDb, datasetId: string, name: string): Promise<void> {
	const trimmed = name.trim();
	if (trimmed) await updateDataset(db, datasetId, { name: trimmed });
}

/** Committed datasets imported from the same bytes; at rest the index holds a keyed hash of the file's hash. */
export async function findByContentHash(db: StrataDb, contentHash: string): Promise<DatasetRecord[]> {
	const keys = await lookupKeys(db, contentHash);
	const found = await db.datasets.where('contentHash').anyOf(keys).toArray();
	const opened = await Promise.all(found.filter((d) => d.status === 'committed').map((d) => openRecord(d)));
	return opened.sort((a, b) => b.createdAt - a.createdAt);
}

export async function readReport(db: StrataDb, datasetId: string): Promise<ImportReportRecord | undefined> {
	const found = await db.reports.get(datasetId);
	return found && openRecord(found);
}

export async function readDictionaries(db: StrataDb, datasetId: string): Promise<Record<string, string[]>> {
	const stored = await db.dictionaries.where('datasetId').equals(datasetId).toArray();
	const dicts = await Promise.all(stored.map((d) => openRecord(d)));
	return Object.fromEntries(dicts.map((d) => [d.column, d.values]));
}

function concat(parts: ColumnData[], total: number): ColumnData {
	const first = parts[0];
	if (Array.isArray(first)) return ([] as string[]).concat(...(parts as string[][]));
	const Ctor = first.constructor as { new (n: number): Float64Array | Int8Array | Int32Array };
	const out = new Ctor(total);
	let at = 0;
	for (const p of parts as (Float64Array | Int8Array | Int32Array)[]) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** The named columns of a dataset with all its row chunks joined in order. */
export async function readColumns(
	db: StrataDb,
	datasetId: string,
	keys: readonly string[]
): Promise<Record<string, ColumnData>> {
	const stored = await db.chunks
		.where('[datasetId+table+index]')
		.between([datasetId, 'rows', -Infinity], [datasetId, 'rows', Infinity])
		.toArray();
	const chunks = await Promise.all(stored.map((c) => openRecord(c)));
	const total = chunks.reduce((n, c) => n + c.length, 0);
	const out: Record<string, ColumnData> = {};
	for (const key of keys) {
		const parts = chunks.map((c) => c.columns?.[key]).filter((p): p is ColumnData => p !== undefined);
		if (parts.length === chunks.length && parts.length > 0) out[key] = concat(parts, total);
	}
	return out;
}

/** Rejected rows in source order, at most `limit`. */
export async function readRejected(
	db: StrataDb,
	datasetId: string,
	limit = Infinity
): Promise<RejectedRow[]> {
	const out: RejectedRow[] = [];
	const range = () =>
		db.chunks
			.where('[datasetId+table+index]')
			.between([datasetId, 'rejects', -Infinity], [datasetId, 'rejects', Infinity]);
	let anySealed = false;
	await range()
		.until(() => anySealed || out.length >= limit)
		.each((c) => {
			if (c.sealed) anySealed = true;
			else for (const r of c.rejected ?? []) if (out.length < limit) out.push(r);
		});
	if (!anySealed) return out;
	// Encrypted at rest: `each` cannot await decryption, so read the chunks again in order and open them.
	out.length = 0;
	for (const stored of await range().toArray()) {
		if (out.length >= limit) break;
		for (const r of (await openRecord(stored)).rejected ?? []) if (out.length < limit) out.push(r);
	}
	return out;
}

/** A write failure in user terms: a full disk becomes 'import.error.quota' with the free space; else undefined. */
export async function describeStorageError(error: unknown): Promise<MessageRef | undefined> {
	if (!isQuotaError(error)) return undefined;
	let free = '?';
	try {
		if (typeof navigator !== 'undefined' && navigator.storage?.estimate) {
			const { quota = 0, usage = 0 } = await navigator.storage.estimate();
			free = String(Math.max(0, Math.round((quota - usage) / (1024 * 1024))));
		}
	} catch {
		// An estimate is a courtesy; the message still says the disk is full.
	}
	return { key: 'import.error.quota', params: { free } };
}

export function isQuotaError(error: unknown): boolean {
	for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
		const err = e as { name?: string; code?: number; inner?: unknown };
		if (err.name === 'QuotaExceededError' || err.code === 22) return true;
		// Dexie wraps the real error of an aborted transaction in AbortError.inner.
		e = err.inner;
	}
	return false;
}
