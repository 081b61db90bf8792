// Streams a delimited text file of any size: blocks of bytes → streaming TextDecoder (multi-byte characters cut
// at a block edge are held over) → papaparse's core Parser fed incrementally (a record cut at a block edge,
// including a quoted field with newlines, is re-parsed with the next block). The file is never one string.
// Damage is repaired on the way, never silently: control characters are removed and counted, a stray quote
// costs at most its own line (quote-repair.ts), and rows with undecodable bytes are marked for rejection.
import Papa from 'papaparse';
import type { TextEncoding } from '$lib/domain/parse/encoding';
import type { ContentHasher } from './content-hash';
import {
	countBetween,
	findBrokenRecord,
	openQuoteAt,
	quoteErrorAt,
	recordStart,
	splitLine,
	type Newline,
	type ParseError
} from './quote-repair';
import { REPLACEMENT, lineList, rowUndecodable, stripControls } from './text-damage';
import type { MessageRef } from './types';

/**
 * Bytes decoded and parsed at a time. 1 MB, not 4: a block's rows (~10,000 here) are garbage once the column
 * builder has taken them, and a smaller batch lets most of them die young instead of surviving into the old
 * generation (node CPU profile of the 1M-line import: garbage collection 3.7 s → 2.0 s of CPU, 4 MB → 1 MB).
 */
export const BLOCK_SIZE = 1024 * 1024;
/**
 * A record still open after this many characters is a stray quote, not data (a real cell that long is rejected
 * as too large anyway): its first line is re-read without the quote and the lines after it are read normally.
 */
export const MAX_OPEN_RECORD_CHARS = 2 * 1024 * 1024;
/** "Far below": fewer records than this share of the line breaks makes the report say so. */
const FEW_RECORDS_SHARE = 0.5;
const FEW_RECORDS_MIN_LINES = 20;

/** Why a record must not be imported as parsed; the row router turns marks into rejections. */
export type RecordMark = 'unbalancedQuote' | 'undecodableText';
/** Stands in for a stray quote while its record is re-read; control characters were removed, so it is free. */
const QUOTE_AS_TEXT = '\u0001';

export type { Newline };

export interface CsvStreamOptions {
	encoding: TextEncoding;
	delimiter: string;
	newline?: Newline;
	blockSize?: number;
	signal?: { readonly aborted: boolean };
	/** Each parsed batch; `firstRecord` is the 0-based record index of rows[0]. Awaited, so writes apply backpressure. */
	onRecords: (
		rows: string[][],
		firstRecord: number,
		marks?: ReadonlyMap<number, RecordMark>
	) => void | Promise<void>;
	onBytes?: (done: number, total: number) => void;
	hasher?: ContentHasher;
	/** Stop after this many records (previews). */
	maxRecords?: number;
	/** Record index of the header row, whose width tells a stray quote's merged rows apart (default 0). */
	headerRecord?: number;
}

/** What was repaired or found while reading; `streamNotes` words it for the report. */
export interface StreamDamage {
	/** Line breaks outside the partly read end: the safety net compares records with them. */
	lineBreaks: number;
	controlRemoved: number;
	/** Records (0-based) re-read from their own line because of a stray quote. */
	unbalanced: number[];
	/** Records with a quote papaparse found malformed but kept within one line. */
	quoteWarnings: number[];
	undecodable: number[];
}

export type CsvStreamResult =
	{ records: number; bytesRead: number; damage: StreamDamage } | { error: MessageRef };

/** The record separator used outside quoted fields, judged on the start of the text. */
export function guessNewline(text: string): Newline {
	// Quoted sections (and one still open at the end of the sample) may hold any line break: skip them.
	const sample = text
		.slice(0, 1024 * 1024)
		.replace(/"[^"]*"/g, '')
		.replace(/"[^"]*$/, '');
	const r = sample.indexOf('\r');
	const n = sample.indexOf('\n');
	if (r === -1) return '\n';
	// The first line break decides (found by the property tests: a CRLF inside a cell after an LF header).
	if (n !== -1 && n < r) return '\n';
	return sample[r + 1] === '\n' ? '\r\n' : '\r';
}

/** Enough text to tell the line ending: a '\n', or a '\r' with a character after it, or 64 KB. */
function newlineDecidable(text: string): boolean {
	if (text.length >= 65536 || text.includes('\n')) return true;
	const r = text.indexOf('\r');
	return r !== -1 && r < text.length - 1;
}

export async function streamCsv(blob: Blob, options: CsvStreamOptions): Promise<CsvStreamResult> {
	const blockSize = options.blockSize ?? BLOCK_SIZE;
	const total = blob.size;
	const decoder = new TextDecoder(options.encoding);
	// Space-delimited text is rewritten to tab-delimited as it streams (runs of spaces → one tab, leading and
	// trailing spaces dropped); everything after that sees an ordinary tab-separated file.
	const spaced = options.delimiter === ' ';
	const collapse = spaced ? spaceCollapser() : undefined;
	const delimiter = spaced ? '\t' : options.delimiter;
	const headerRecord = options.headerRecord ?? 0;
	const damage: StreamDamage = {
		lineBreaks: 0,
		controlRemoved: 0,
		unbalanced: [],
		quoteWarnings: [],
		undecodable: []
	};
	let parser: Papa.Parser | undefined;
	let newline: Newline = '\n';
	let width: number | undefined;
	let partial = '';
	let records = 0;
	let first = true;
	let offset = 0;
	const read = (start: number) => blob.slice(start, Math.min(total, start + blockSize)).arrayBuffer();
	// Read one block ahead so file I/O overlaps parsing.
	let next: Promise<ArrayBuffer> | undefined = total > 0 ? read(0) : undefined;

	/** Parses `work` into rows; a broken record is re-read from its own line and parsing resumes after it. */
	const parseRepairing = (work: string, last: boolean, batch: string[][], marks: Map<number, RecordMark>) => {
		const p = parser as Papa.Parser;
		if (width === undefined) width = peekWidth(work, last);
		for (;;) {
			const result = p.parse(work, 0, !last) as {
				data: string[][];
				errors: ParseError[];
				meta: { cursor: number };
			};
			const rows = result.data;
			const end = last ? work.length : result.meta.cursor;
			const breaks = countBetween(work, newline, end);
			const warnings: number[] = [];
			const check = { delimiter, newline, width };
			let broken = findBrokenRecord(rows, result.errors, breaks > rows.length, check, warnings);
			if (broken === -1 && !last && work.length - end > MAX_OPEN_RECORD_CHARS) broken = rows.length;
			const base = records + batch.length;
			for (const w of warnings) if (broken === -1 || w < broken) damage.quoteWarnings.push(base + w);
			if (broken === -1) {
				damage.lineBreaks += breaks;
				// The line break that ends the file ends the last row; it does not start an empty one.
				const n = rows.length;
				const drop =
					last && n > 0 && rows[n - 1].length === 1 && rows[n - 1][0] === '' && work.endsWith(newline);
				for (let r = 0; r < (drop ? n - 1 : n); r++) batch.push(rows[r]);
				return last ? '' : work.substring(end);
			}
			const start = broken === rows.length ? end : recordStart(work, broken, delimiter, newline);
			for (let r = 0; r < broken; r++) batch.push(rows[r]);
			// Best repair: the quote papaparse tripped on is text; the record is read again with every other
			// quote honoured (a multi-line cell elsewhere in it stays whole).
			const quoteAt =
				broken < rows.length
					? quoteErrorAt(result.errors, broken)
					: openQuoteAt(work.substring(start), delimiter, newline, start);
			if (quoteAt !== undefined && quoteAt >= start && work.charCodeAt(quoteAt) === 34) {
				const fixed = work.substring(start, quoteAt) + QUOTE_AS_TEXT + work.substring(quoteAt + 1);
				const one = new Papa.Parser({ delimiter, newline, preview: 1, fastMode: false }).parse(
					fixed,
					0,
					!last
				) as { data: string[][]; meta: { cursor: number } };
				if (one.data.length === 1) {
					damage.unbalanced.push(base + broken);
					marks.set(batch.length, 'unbalancedQuote');
					batch.push(one.data[0].map((c) => (c.includes(QUOTE_AS_TEXT) ? c.replace(QUOTE_AS_TEXT, '"') : c)));
					const recordEnd = last && one.meta.cursor === 0 ? fixed.length : one.meta.cursor;
					damage.lineBreaks += countBetween(fixed, newline, recordEnd);
					work = work.substring(start + recordEnd);
					if (work === '') return '';
					continue;
				}
				// The line is not complete yet: wait for the next block.
				if (!last) return work.substring(start);
			}
			const lineEnd = work.indexOf(newline, start);
			const line = lineEnd === -1 ? work.substring(start) : work.substring(start, lineEnd);
			damage.unbalanced.push(base + broken);
			marks.set(batch.length, 'unbalancedQuote');
			batch.push(splitLine(line, delimiter));
			if (lineEnd === -1) return '';
			damage.lineBreaks += countBetween(work, newline, lineEnd + 1);
			work = work.substring(lineEnd + newline.length);
			if (work === '') return '';
		}
	};

	const peekWidth = (work: string, last: boolean): number | undefined => {
		const peek = new Papa.Parser({ delimiter, newline, preview: headerRecord + 1, fastMode: false });
		const rows = (peek.parse(work, 0, !last) as { data: string[][] }).data;
		return rows.length > headerRecord ? rows[headerRecord].length : undefined;
	};

	const emit = async (text: string, last: boolean): Promise<boolean> => {
		if (first) {
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			if (text.length === 0 && !last) return true;
			first = false;
		}
		const stripped = stripControls(collapse ? collapse(text) : text);
		damage.controlRemoved += stripped.removed;
		const aggregate = partial + stripped.text;
		if (!parser && !last && !newlineDecidable(aggregate)) {
			partial = aggregate;
			return true;
		}
		if (!parser) {
			newline = options.newline ?? guessNewline(aggregate);
			parser = new Papa.Parser({ delimiter, newline });
		}
		let rows: string[][] = [];
		const marks = new Map<number, RecordMark>();
		partial = parseRepairing(aggregate, last, rows, marks);
		if (aggregate.includes(REPLACEMENT)) {
			for (let r = 0; r < rows.length; r++) {
				if (!rowUndecodable(rows[r])) continue;
				marks.set(r, 'undecodableText');
				damage.undecodable.push(records + r);
			}
		}
		let goOn = true;
		if (options.maxRecords !== undefined && records + rows.length >= options.maxRecords) {
			rows = rows.slice(0, options.maxRecords - records);
			goOn = false;
		}
		if (rows.length) await options.onRecords(rows, records, marks.size ? marks : undefined);
		records += rows.length;
		return goOn;
	};

	while (next) {
		if (options.signal?.aborted) return { error: { key: 'import.error.cancelled' } };
		const buffer = await next;
		const bytes = new Uint8Array(buffer);
		offset += bytes.length;
		const last = offset >= total || bytes.length === 0;
		next = last ? undefined : read(offset);
		options.hasher?.update(bytes);
		const text = decoder.decode(bytes, { stream: !last });
		const goOn = await emit(text, last);
		options.onBytes?.(offset, total);
		if (!goOn) break;
	}
	return { records, bytesRead: offset, damage };
}

/**
 * Notes for the report: stray quotes, kept quote errors, removed control characters, undecodable lines (as
 * 1-based line numbers of records), and the safety net when far fewer records than line breaks were read.
 */
export function streamNotes(damage: StreamDamage, records: number, encoding: TextEncoding): MessageRef[] {
	const notes: MessageRef[] = [];
	const lines = (list: number[]) => lineList(list.map((r) => r + 1));
	if (damage.unbalanced.length)
		notes.push({
			key: 'import.note.unbalancedQuote',
			params: { count: damage.unbalanced.length, lines: lines(damage.unbalanced) }
		});
	if (damage.quoteWarnings.length)
		notes.push({
			key: 'import.note.quoteKept',
			params: { count: damage.quoteWarnings.length, lines: lines(damage.quoteWarnings) }
		});
	if (damage.controlRemoved)
		notes.push({ key: 'import.note.controlRemoved', params: { count: damage.controlRemoved } });
	if (damage.undecodable.length)
		notes.push({
			key: 'import.note.undecodable',
			params: { count: damage.undecodable.length, lines: lines(damage.undecodable), encoding }
		});
	if (damage.lineBreaks >= FEW_RECORDS_MIN_LINES && records < damage.lineBreaks * FEW_RECORDS_SHARE)
		notes.push({ key: 'import.note.fewRecords', params: { records, lines: damage.lineBreaks } });
	return notes;
}

/**
 * Turns space-aligned text into tab-separated text, chunk by chunk: a run of spaces or tabs between two values
 * becomes one tab, spaces at the start or end of a line vanish. State carries over chunk edges, so a run cut
 * by a chunk boundary still becomes one tab.
 */
export function spaceCollapser(): (chunk: string) => string {
	let atLineStart = true;
	let inRun = false;
	return (chunk) => {
		let out = '';
		let from = 0;
		for (let i = 0; i < chunk.length; i++) {
			const c = chunk.charCodeAt(i);
			if (c === 32 || c === 9) {
				out += chunk.substring(from, i);
				from = i + 1;
				inRun = true;
			} else if (c === 10 || c === 13) {
				out += chunk.substring(from, i + 1);
				from = i + 1;
				atLineStart = true;
				inRun = false;
			} else {
				if (inRun && !atLineStart) out += '\t';
				if (inRun) from = i;
				inRun = false;
				atLineStart = false;
			}
		}
		return out + chunk.substring(from);
	};
}
