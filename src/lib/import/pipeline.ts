// The import's parse stage: rows go through the column builder, full chunks go to the target as they fill (one
// write in flight while parsing goes on), and the end is a report — { rows, rejected, report } — or an error.
// It never opens the store: storage/import-write.ts creates, commits or discards the dataset around it.
import { rowNumberFiller } from '$lib/domain/row-ids';
import type { ColumnSpec, DatasetShape, RejectReason } from '$lib/domain/columns';
import type { DatasetRecord, StrataDb } from '$lib/storage/db';
import type { ChunkTarget, ParsedImport } from '$lib/storage/import-write';
import type { LineRules } from '$lib/domain/line-rules';
import { ColumnBuilder } from './column-builder';
import type { ChunkWriter } from './chunk-writer';
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

/** What the parse stage needs of the deps: no store. */
export type ParseDeps = Omit<PipelineDeps, 'db' | 'onStart' | 'chunkWriter' | 'onProgress'> & {
	onProgress?: (progress: Omit<ImportProgress, 'datasetId'>) => void;
};

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

export class CancelledError extends Error {}

export async function parseImport(
	input: PipelineSource,
	target: ChunkTarget,
	deps: ParseDeps
): Promise<ParsedImport | { error: MessageRef }> {
	const now = deps.now ?? (() => performance.now());
	const started = now();
	let builder: ColumnBuilder | undefined;
	let inFlight: Promise<void> = Promise.resolve();
	let lastReport = -Infinity;
	const interval = deps.progressIntervalMs ?? 100;

	const writeTaken = () => {
		const b = builder as ColumnBuilder;
		const rows = b.takeChunks();
		const rejects = b.takeRejectChunks();
		if (rows.length === 0 && rejects.length === 0) return;
		const previous = inFlight;
		inFlight = (async () => {
			await previous;
			await target.write(rows, rejects);
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
		const fed = await input.feed(sink);
		if ('error' in fed) return fed;
		if (!builder) return { error: { key: 'import.error.empty' } };
		builder.finish();
		await inFlight;
		writeTaken();
		await inFlight;
		const s = builder.summary();
		if (s.rowsRead === 0) return { error: { key: 'import.error.headerOnly' } };
		if (s.rowsImported === 0)
			return { error: { key: 'import.error.noRows', params: { rejected: s.rowsRejected } } };
		if (deps.signal?.aborted) throw new CancelledError();
		return {
			report: {
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
			},
			dictionaries: s.dictionaries,
			counts: {
				rowCount: s.rowsImported,
				customerCount: s.customerCount,
				chunkCount: s.chunkCount,
				contentHash: fed.contentHash,
				...(s.currency ? { currency: s.currency } : {})
			}
		};
	} catch (error) {
		if (error instanceof CancelledError) return { error: { key: 'import.error.cancelled' } };
		throw error;
	} finally {
		// The write in flight settles before the caller discards the dataset, so no chunk lands after it.
		await inFlight.catch(() => {});
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
