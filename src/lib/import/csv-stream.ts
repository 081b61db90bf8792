// Streams a delimited text file of any size: blocks of bytes → streaming TextDecoder (multi-byte characters cut
// at a block edge are held over) → papaparse's core Parser fed incrementally (a record cut at a block edge,
// including a quoted field with newlines, is re-parsed with the next block). The file is never one string.
import Papa from 'papaparse';
import type { TextEncoding } from '$lib/domain/parse/encoding';
import type { ContentHasher } from './content-hash';
import type { MessageRef } from './types';

export const BLOCK_SIZE = 4 * 1024 * 1024;
/** A record still open after this many characters means an unclosed quote, not data: stop instead of eating memory. */
export const MAX_OPEN_RECORD_CHARS = 64 * 1024 * 1024;

export type Newline = '\n' | '\r\n' | '\r';

export interface CsvStreamOptions {
	encoding: TextEncoding;
	delimiter: string;
	newline?: Newline;
	blockSize?: number;
	signal?: { readonly aborted: boolean };
	/** Each parsed batch; `firstRecord` is the 0-based record index of rows[0]. Awaited, so writes apply backpressure. */
	onRecords: (rows: string[][], firstRecord: number) => void | Promise<void>;
	onBytes?: (done: number, total: number) => void;
	hasher?: ContentHasher;
	/** Stop after this many records (previews). */
	maxRecords?: number;
}

export type CsvStreamResult = { records: number; bytesRead: number } | { error: MessageRef };

/** The record separator used outside quoted fields, judged on the start of the text. */
export function guessNewline(text: string): Newline {
	const sample = text.slice(0, 1024 * 1024).replace(/"[^"]*"/g, '');
	const r = sample.indexOf('\r');
	const n = sample.indexOf('\n');
	if (r === -1) return '\n';
	if (sample[r + 1] === '\n') return '\r\n';
	return n !== -1 && n < r ? '\n' : '\r';
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
	let parser: Papa.Parser | undefined;
	let partial = '';
	let records = 0;
	let first = true;
	let offset = 0;
	const read = (start: number) => blob.slice(start, Math.min(total, start + blockSize)).arrayBuffer();
	// Read one block ahead so file I/O overlaps parsing.
	let next: Promise<ArrayBuffer> | undefined = total > 0 ? read(0) : undefined;

	const emit = async (text: string, last: boolean): Promise<boolean> => {
		if (first) {
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			if (text.length === 0 && !last) return true;
			first = false;
		}
		const aggregate = partial + text;
		if (!parser && !last && !newlineDecidable(aggregate)) {
			partial = aggregate;
			return true;
		}
		if (!parser) {
			parser = new Papa.Parser({
				delimiter: options.delimiter,
				newline: options.newline ?? guessNewline(aggregate)
			});
		}
		const result = parser.parse(aggregate, 0, !last) as { data: string[][]; meta: { cursor: number } };
		partial = last ? '' : aggregate.substring(result.meta.cursor);
		let rows = result.data;
		if (options.maxRecords !== undefined && records + rows.length >= options.maxRecords) {
			rows = rows.slice(0, options.maxRecords - records);
			if (rows.length) await options.onRecords(rows, records);
			records += rows.length;
			return false;
		}
		if (rows.length) await options.onRecords(rows, records);
		records += rows.length;
		return true;
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
		if (partial.length > MAX_OPEN_RECORD_CHARS) return { error: { key: 'import.error.unclosedQuote' } };
	}
	return { records, bytesRead: offset };
}
