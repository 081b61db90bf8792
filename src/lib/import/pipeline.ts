// The atomic import: create an 'importing' dataset, write chunks as the builder fills them (one write in flight
// while parsing goes on), then report + dictionaries + commit. Any error or cancel discards the dataset.
import { rowNumberFiller } from '$lib/domain/row-ids';
import { isLockedError } from '$lib/storage/at-rest';
import type { ColumnSpec, DatasetShape, RejectReason } from '$lib/domain/columns';
import type { ImportReportRecord, StrataDb, DatasetRecord } from '$lib/storage/db';
import {
	appendRejectChunk,
	commitDataset,
	createDataset,
	describeStorageError,
	discardDataset,
	writeDictionaries,
	writeReport
} from '$lib/storage/datasets';
import type { LineRules } from '$lib/domain/line-rules';
import { ColumnBuilder } from './column-builder';
import { inThreadWriter, type ChunkWriter } from './chunk-writer';
import { lineNotes } from './line-notes';
import type { ImportProgress, MessageRef } from './types';

export interface PipelineDeps {
	db: StrataDb;
	signal?: { readonly aborted: boolean };
	/** Called once the dataset record exists, so a canceller knows what to discard. */
	onStart?: (datasetId: string) => void;
	onProgress?: (progress: ImportProgress) => void;
	now?: () => number;
	/** Minimum time between progress reports. */
	progressIntervalMs?: number;
	/** Bytes read at a time from a text file (tests split files into small random blocks). */
	blockSize?: number;
	/** Stores full row chunks; on this thread when absent (the import worker passes a writer worker). */
	chunkWriter?: ChunkWriter;
}

export interface PipelineSource {
	name: string;
	shape: DatasetShape;
	columns: ColumnSpec[];
	source: DatasetRecord['source'];
	/** For a later period of the same customers. */
	previousDatasetId?: string;
	notes?: MessageRef[];
	/** Refund and derived-amount rules (domain/line-rules.ts); the defaults when absent. */
	lineRules?: LineRules;
	/** Feeds rows to the sink; returns the content hash, or an error. */
	feed: (sink: RowSink) => Promise<{ contentHash: string; notes?: MessageRef[] } | { error: MessageRef }>;
}

export interface RowSink {
	/** Creates the builder once the width of the table is known (the header row has been read). */
	begin: (fieldCount: number) => void;
	push: (row: string[], line: number) => void;
	/** A row the reader knows cannot be used (stray quote, undecodable text): counted as read and rejected. */
	reject: (row: string[], line: number, reason: RejectReason) => void;
	/** After each batch: writes full chunks (awaiting the previous write) and reports progress. */
	flush: (bytesDone: number, bytesTotal: number) => Promise<void>;
	readonly started: boolean;
}

export type ImportOutcome =
	{ datasetId: string; report: ImportReportRecord; customerCount: number } | { error: MessageRef };

export class CancelledError extends Error {}

export async function runPipeline(input: PipelineSource, deps: PipelineDeps): Promise<ImportOutcome> {
	const { db } = deps;
	const now = deps.now ?? (() => performance.now());
	const started = now();
	let datasetId: string | undefined;
	let builder: ColumnBuilder | undefined;
	let inFlight: Promise<void> = Promise.resolve();
	let lastReport = -Infinity;
	const interval = deps.progressIntervalMs ?? 100;
	const writer = deps.chunkWriter ?? inThreadWriter(db);

	const writeTaken = () => {
		const b = builder as ColumnBuilder;
		const id = datasetId as string;
		const rows = b.takeChunks();
		const rejects = b.takeRejectChunks();
		if (rows.length === 0 && rejects.length === 0) return;
		const previous = inFlight;
		inFlight = (async () => {
			await previous;
			await Promise.all(rows.map((c) => writer.write(id, c)));
			for (const r of rejects) await appendRejectChunk(db, id, r.index, r.rejected);
		})();
		// Marked handled here; the failure is rethrown where inFlight is next awaited.
		inFlight.catch(() => {});
	};

	// A file without an id column may number its rows as ids (domain/row-ids.ts): one more cell per row.
	const rowIdSpec = input.columns.find((c) => c.rowNumber);
	const numberRow = rowIdSpec ? rowNumberFiller(rowIdSpec.source) : undefined;
	let fileColumns = 0;
	const sink: RowSink = {
		begin(fieldCount) {
			fileColumns = fieldCount;
			builder = new ColumnBuilder({
				columns: input.columns,
				shape: input.shape,
				fieldCount: rowIdSpec ? rowIdSpec.source + 1 : fieldCount,
				lineRules: input.lineRules,
				shortRowsAreNormal: input.source.kind === 'xlsx'
			});
		},
		push(row, line) {
			(builder as ColumnBuilder).push(numberRow ? numberRow(row) : row, line);
		},
		reject(row, line, reason) {
			(builder as ColumnBuilder).pushRejected(row, line, reason);
		},
		async flush(bytesDone, bytesTotal) {
			if (deps.signal?.aborted) throw new CancelledError();
			if (!builder) return;
			// Parsing goes on while a chunk is being stored; only a new chunk waits for the previous write, so
			// at most one write is in flight and memory stays bounded on slow disks. (Waiting on every batch
			// left the import worker idle for each write's commit.)
			if (builder.hasTakeable) {
				await inFlight;
				writeTaken();
			}
			const t = now();
			if (deps.onProgress && t - lastReport >= interval) {
				lastReport = t;
				const s = builder.summary();
				const secs = Math.max(1e-3, (t - started) / 1000);
				deps.onProgress({
					datasetId: datasetId as string,
					bytesDone,
					bytesTotal,
					rows: s.rowsRead,
					rowsPerSecond: Math.round(s.rowsRead / secs)
				});
			}
		},
		get started() {
			return builder !== undefined;
		}
	};

	try {
		datasetId = await createDataset(db, {
			name: input.name,
			shape: input.shape,
			contentHash: '',
			source: input.source,
			columns: input.columns.filter((c) => c.role !== 'ignore'),
			...(input.previousDatasetId ? { previousDatasetId: input.previousDatasetId } : {}),
			...(input.lineRules ? { lineRules: input.lineRules } : {})
		});
		deps.onStart?.(datasetId);
		const fed = await input.feed(sink);
		if ('error' in fed) return await fail(db, datasetId, fed.error);
		if (!builder) return await fail(db, datasetId, { key: 'import.error.empty' });
		builder.finish();
		await inFlight;
		writeTaken();
		await inFlight;
		const s = builder.summary();
		if (s.rowsRead === 0) return await fail(db, datasetId, { key: 'import.error.headerOnly' });
		if (s.rowsImported === 0)
			return await fail(db, datasetId, { key: 'import.error.noRows', params: { rejected: s.rowsRejected } });
		if (deps.signal?.aborted) throw new CancelledError();
		const report: ImportReportRecord = {
			datasetId,
			rowsRead: s.rowsRead,
			rowsImported: s.rowsImported,
			rowsRejected: s.rowsRejected,
			byReason: s.byReason as Record<string, number>,
			duplicateIds: s.duplicateIds,
			columns: s.columns,
			notes: [
				...(input.notes ?? []),
				...(fed.notes ?? []),
				...summaryNotes(s.blankLines, s.raggedTolerated),
				...notStoredNote(input.columns, fileColumns),
				...lineNotes(input.columns, s.lines)
			],
			durationMs: Math.round(now() - started)
		};
		await writeDictionaries(db, datasetId, s.dictionaries);
		await writeReport(db, report);
		await commitDataset(db, datasetId, {
			rowCount: s.rowsImported,
			customerCount: s.customerCount,
			chunkCount: s.chunkCount,
			contentHash: fed.contentHash,
			...(s.currency ? { currency: s.currency } : {})
		});
		return { datasetId, report, customerCount: s.customerCount };
	} catch (error) {
		if (error instanceof CancelledError) return await fail(db, datasetId, { key: 'import.error.cancelled' });
		if (isLockedError(error)) return await fail(db, datasetId, { key: 'atRest.locked' });
		const storage = await describeStorageError(error);
		return await fail(
			db,
			datasetId,
			storage ?? { key: 'import.error.unexpected', params: { detail: String(error) } }
		);
	}
}

function summaryNotes(blankLines: number, ragged: number): MessageRef[] {
	const notes: MessageRef[] = [];
	if (blankLines > 0) notes.push({ key: 'import.note.blankLines', params: { count: blankLines } });
	if (ragged > 0) notes.push({ key: 'import.note.raggedRows', params: { count: ragged } });
	return notes;
}

/** The file's columns set to Ignore are not stored: the report says how many, so none goes missing unsaid. */
function notStoredNote(columns: readonly ColumnSpec[], fileColumns: number): MessageRef[] {
	const stored = new Set<number>();
	for (const c of columns)
		if (c.role !== 'ignore' && c.source >= 0 && c.source < fileColumns) stored.add(c.source);
	const count = fileColumns - stored.size;
	return count > 0 ? [{ key: 'import.note.columnsNotStored', params: { count, total: fileColumns } }] : [];
}

async function fail(
	db: StrataDb,
	datasetId: string | undefined,
	error: MessageRef
): Promise<{ error: MessageRef }> {
	if (datasetId) {
		try {
			await discardDataset(db, datasetId);
		} catch {
			// Left as 'importing'; the start-up clean-up removes it.
		}
	}
	return { error };
}
