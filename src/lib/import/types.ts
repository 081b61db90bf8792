// Types shared by the import modules, the import worker and the page: results carry message keys, not text,
// so every error shows in the UI language.
import type { ColumnSpec, DatasetShape } from '$lib/domain/columns';
import type { TextEncoding } from '$lib/domain/parse/encoding';
import type { Delimiter } from '$lib/domain/parse/delimiter';
import type { LineRules } from '$lib/domain/line-rules';

export type { Delimiter };

import type { MessageRef } from '$lib/domain/message-ref';

export type { MessageRef };

export type FileKind = 'csv' | 'xlsx' | 'xls';

/** What the user may override after sniffing. */
export interface SniffOverrides {
	encoding?: TextEncoding;
	delimiter?: Delimiter;
	sheet?: string;
	/** 0-based index of the header row among the file's rows. */
	headerRow?: number;
	firstRowIsData?: boolean;
}

export interface ReadOptions {
	encoding: TextEncoding;
	delimiter: Delimiter;
	sheet?: string;
	headerRow: number;
	firstRowIsData: boolean;
}

export interface FilePreview {
	kind: FileKind;
	fileName: string;
	size: number;
	options: ReadOptions;
	encodingConfident: boolean;
	sheets: string[];
	/** The rows above and including the header as read, so the user can move the header row. */
	topRows: string[][];
	headers: string[];
	/** Up to 20 data rows after the header. */
	rows: string[][];
	notes: MessageRef[];
	/** True when the first row looks like data rather than names (offer "first row is data"). */
	headerLooksLikeData: boolean;
	/** Hash of the whole file, for files small enough to hash while sniffing (larger ones: after import). */
	contentHash?: string;
}

export interface ImportSpec {
	options: ReadOptions;
	columns: ColumnSpec[];
	shape: DatasetShape;
	name: string;
	/** Derived amounts and the cancellation prefix as the user left them in the mapping. */
	lineRules?: LineRules;
}

export interface ImportProgress {
	datasetId: string;
	bytesDone: number;
	bytesTotal: number;
	rows: number;
	rowsPerSecond: number;
}
