// Looks at the start of a picked file and proposes how to read it: kind by content (not extension), encoding,
// delimiter, sheet, header row — plus the first rows for a live preview. Every guess can be overridden.
import { detectEncoding, sniffFileKind, decodeSample } from '$lib/domain/parse/encoding';
import { sniffDelimiter } from '$lib/domain/parse/delimiter';
import { detectHeaderRow, normalizeHeaders } from '$lib/domain/parse/header-row';
import { looksNumeric } from '$lib/domain/parse/numbers';
import { looksLikeDate } from '$lib/domain/parse/dates';
import { isBlankRow } from '$lib/domain/columns';
import { streamCsv } from './csv-stream';
import { hashBytes } from './content-hash';
import { checkZipSize } from './zip-size';
import { encodingSwitchWarning } from './encoding-switch';
import { GUESSED_COLUMNS } from './wide-file';
import { defaultSheet, readWorkbook, sheetRows, type Workbook } from './xlsx-read';
import type { FileKind, FilePreview, MessageRef, ReadOptions, SniffOverrides } from './types';

export const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;
/** SheetJS holds a whole workbook in memory; beyond this a browser tab would run out. */
export const MAX_WORKBOOK_BYTES = 300 * 1024 * 1024;
const HEAD_BYTES = 256 * 1024;
const PREVIEW_RECORDS = 60;
const PREVIEW_ROWS = 20;
const HEADER_NOTES = 5;
const WIDE_SAMPLE_ROWS = 3;
/** Files up to this size are hashed at sniff time, so a re-import is spotted before importing. */
export const HASH_AT_SNIFF_BYTES = 64 * 1024 * 1024;

export type SniffResult = { preview: FilePreview } | { error: MessageRef };

/** Excel files keep the parsed workbook between sniff and import (one entry: the file being worked on). */
let cachedBook: { key: string; book: Workbook } | undefined;

function fileKey(file: Blob): string {
	const f = file as Partial<File>;
	return `${f.name ?? ''}|${file.size}|${f.lastModified ?? 0}`;
}

export async function loadWorkbook(file: Blob): Promise<Workbook | { error: MessageRef }> {
	if (file.size > MAX_WORKBOOK_BYTES)
		return { error: { key: 'import.error.workbookTooLarge', params: { mb: 300 } } };
	const key = fileKey(file);
	if (cachedBook?.key === key) return cachedBook.book;
	const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
	if (magic[0] === 0x50 && magic[1] === 0x4b) {
		const tooBig = await checkZipSize(file);
		if (tooBig) return { error: tooBig };
	}
	try {
		const book = readWorkbook(await file.arrayBuffer());
		cachedBook = { key, book };
		return book;
	} catch {
		return { error: { key: 'import.error.workbookUnreadable' } };
	}
}

export function forgetWorkbook(): void {
	cachedBook = undefined;
}

/** A first row whose every filled cell is a number or a date is data, not column names. */
export function rowLooksLikeData(row: readonly string[]): boolean {
	const cells = row.map((c) => c.trim()).filter((c) => c !== '');
	return cells.length > 0 && cells.every((c) => looksNumeric(c) || looksLikeDate(c));
}

export async function sniffFile(file: File, overrides: SniffOverrides = {}): Promise<SniffResult> {
	if (file.size > MAX_FILE_BYTES) return { error: { key: 'import.error.tooLarge', params: { gb: 2 } } };
	if (file.size === 0) return { error: { key: 'import.error.empty' } };
	const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
	const fileKind = sniffFileKind(head);
	if (fileKind === 'binary') return { error: { key: 'import.error.binary' } };

	let kind: FileKind;
	let records: string[][];
	let sheets: string[] = [];
	let sheet: string | undefined;
	const guess = detectEncoding(head, { whole: file.size <= head.length });
	const encoding = overrides.encoding ?? guess.encoding;
	let delimiter = overrides.delimiter ?? ',';
	if (fileKind === 'text') {
		kind = 'csv';
		delimiter = overrides.delimiter ?? sniffDelimiter(decodeSample(head, encoding));
		records = [];
		const read = await streamCsv(file, {
			encoding,
			delimiter,
			blockSize: HEAD_BYTES,
			maxRecords: PREVIEW_RECORDS,
			onRecords: (rows) => void records.push(...rows)
		});
		if ('error' in read) return read;
	} else {
		kind = fileKind === 'zip' ? 'xlsx' : 'xls';
		const book = await loadWorkbook(file);
		if ('error' in book) return book;
		sheets = book.sheets;
		sheet = overrides.sheet && sheets.includes(overrides.sheet) ? overrides.sheet : defaultSheet(book);
		records = sheet ? sheetRows(book, sheet, PREVIEW_RECORDS) : [];
	}
	const options = { encoding, delimiter, sheet };
	const preview = buildPreview(file, kind, records, options, overrides, sheets, guess.confident);
	if (kind === 'csv' && guess.mixed && encoding === 'utf-8')
		preview.notes.push({ key: 'import.note.mixedEncoding' });
	const switched = kind === 'csv' ? encodingSwitchWarning(head, guess, encoding) : undefined;
	if (switched) preview.notes.unshift(switched);
	if (file.size <= HASH_AT_SNIFF_BYTES)
		preview.contentHash = hashBytes(new Uint8Array(await file.arrayBuffer()));
	return { preview };
}

function buildPreview(
	file: File,
	kind: FileKind,
	records: string[][],
	base: Pick<ReadOptions, 'encoding' | 'delimiter' | 'sheet'>,
	overrides: SniffOverrides,
	sheets: string[],
	encodingConfident: boolean
): FilePreview {
	const notes: MessageRef[] = [];
	const nonBlank = records.some((r) => !isBlankRow(r));
	const detected = detectHeaderRow(records);
	const headerRow = Math.min(Math.max(0, overrides.headerRow ?? detected), Math.max(0, records.length - 1));
	const first = records[headerRow] ?? [];
	const headerLooksLikeData = rowLooksLikeData(first);
	const firstRowIsData = overrides.firstRowIsData ?? headerLooksLikeData;
	const after = records.slice(firstRowIsData ? headerRow : headerRow + 1).filter((r) => !isBlankRow(r));
	const width = Math.max(first.length, ...after.slice(0, PREVIEW_ROWS).map((r) => r.length), 0);
	let headers: string[];
	if (firstRowIsData) {
		headers = Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
		notes.push({ key: 'import.note.generatedHeaders' });
	} else {
		const normalized = normalizeHeaders(first);
		headers = normalized.headers;
		// 20,000 renamed duplicates would be 20,000 lines of notes: the first few, then a count.
		notes.push(...normalized.notes.slice(0, HEADER_NOTES));
		if (normalized.notes.length > HEADER_NOTES)
			notes.push({
				key: 'import.note.moreRenamed',
				params: { count: normalized.notes.length - HEADER_NOTES }
			});
	}
	if (headerRow > 0 && !firstRowIsData)
		notes.push({ key: 'import.note.headerRow', params: { row: headerRow + 1 } });
	if (!nonBlank) notes.push({ key: 'import.error.empty' });
	else if (after.length === 0) notes.push({ key: 'import.error.headerOnly' });
	return {
		kind,
		fileName: file.name,
		size: file.size,
		options: { ...base, headerRow, firstRowIsData },
		encodingConfident,
		sheets,
		topRows: records.slice(0, headerRow + 1),
		headers,
		rows: after.slice(0, PREVIEW_ROWS).map(trimWide),
		notes,
		headerLooksLikeData
	};
}

/**
 * Past the guessed columns only the first rows keep their cells (the mapping shows 3 samples): a 20,000-column
 * preview then crosses to the page as ~60,000 strings instead of 400,000.
 */
function trimWide(row: string[], index: number): string[] {
	return index < WIDE_SAMPLE_ROWS || row.length <= GUESSED_COLUMNS ? row : row.slice(0, GUESSED_COLUMNS);
}

/** The blocking problem of a preview (empty, header only), if any: the import cannot start. */
export function previewProblem(preview: FilePreview): MessageRef | undefined {
	return preview.notes.find((n) => n.key === 'import.error.empty' || n.key === 'import.error.headerOnly');
}
