// The storage side of an import: an 'importing' dataset record, the row and reject chunks as the parser fills
// them, then report + dictionaries + commit in that order — or, on any error or cancel, the dataset discarded.
// The parser (import/pipeline.ts) never touches the store: it gets a ChunkTarget and returns a ParsedImport.
import type { ColumnData, RejectedRow } from '$lib/domain/columns';
import type { MessageRef } from '$lib/domain/message-ref';
import { isLockedError } from './at-rest';
import {
	appendRejectChunk,
	appendRowChunk,
	commitDataset,
	createDataset,
	describeStorageError,
	discardDataset,
	writeDictionaries,
	writeReport,
	type FinalCounts,
	type NewDataset
} from './datasets';
import type { ImportReportRecord, StrataDb } from './db';

export interface RowChunk {
	index: number;
	length: number;
	columns: Record<string, ColumnData>;
}

export interface RejectedChunk {
	index: number;
	rejected: RejectedRow[];
}

/** Where a parse puts its chunks as they fill; a rejected promise carries the storage error. */
export interface ChunkTarget {
	write(rows: readonly RowChunk[], rejected: readonly RejectedChunk[]): Promise<void>;
}

/** What a finished parse hands over: its report (the dataset id is added here) and what the commit writes. */
export interface ParsedImport {
	report: Omit<ImportReportRecord, 'datasetId'>;
	dictionaries: { column: string; values: string[] }[];
	counts: FinalCounts;
}

export type StoredImport =
	{ datasetId: string; report: ImportReportRecord; customerCount: number } | { error: MessageRef };

export interface StoreImportOptions {
	/** Stores a row chunk elsewhere (the chunk-writer worker); on this thread when absent. */
	writeRows?: (datasetId: string, chunk: RowChunk) => Promise<void>;
	/** Called once the dataset record exists, so a canceller knows what to discard. */
	onStart?: (datasetId: string) => void;
}

export async function storeImport(
	db: StrataDb,
	dataset: NewDataset,
	parse: (target: ChunkTarget, datasetId: string) => Promise<ParsedImport | { error: MessageRef }>,
	options: StoreImportOptions = {}
): Promise<StoredImport> {
	let datasetId: string | undefined;
	try {
		const id = (datasetId = await createDataset(db, dataset));
		options.onStart?.(id);
		const writeRows =
			options.writeRows ?? ((d: string, c: RowChunk) => appendRowChunk(db, d, c.index, c.length, c.columns));
		const parsed = await parse(
			{
				async write(rows, rejected) {
					await Promise.all(rows.map((c) => writeRows(id, c)));
					for (const r of rejected) await appendRejectChunk(db, id, r.index, r.rejected);
				}
			},
			id
		);
		if ('error' in parsed) return await discard(db, id, parsed.error);
		const report: ImportReportRecord = { datasetId: id, ...parsed.report };
		await writeDictionaries(db, id, parsed.dictionaries);
		await writeReport(db, report);
		await commitDataset(db, id, parsed.counts);
		return { datasetId: id, report, customerCount: parsed.counts.customerCount };
	} catch (error) {
		if (isLockedError(error)) return await discard(db, datasetId, { key: 'atRest.locked' });
		const storage = await describeStorageError(error);
		return await discard(
			db,
			datasetId,
			storage ?? { key: 'import.error.unexpected', params: { detail: String(error) } }
		);
	}
}

async function discard(
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
