// Finds the record where a stray quote (a cell typed as `"VIP`, never closed) made papaparse swallow the lines
// after it, and re-reads that one line without quote handling — so at most the broken line is lost, never the rows.
//
// A record is broken when papaparse reported a quote error on it that spans lines (MissingQuotes: the quote
// runs to the end of the text; InvalidQuotes with a line break inside) or changed its width, or when one of its cells holds a line
// break and either the record's width differs from the header's or a whole line inside that cell has the
// header's width (full rows hidden in one cell). A quoted note with a line break that keeps the width is a
// legitimate multi-line cell, as a spreadsheet would show it.
import Papa from 'papaparse';

export interface ParseError {
	code: string;
	row: number;
	/** Position just after the opening quote of the field the error is about. */
	index: number;
}

/** Position of the opening quote papaparse tripped on in record `row`, if it reported one. */
export function quoteErrorAt(errors: readonly ParseError[], row: number): number | undefined {
	for (const e of errors) if (e.row === row) return e.index - 1;
	return undefined;
}

/** Position (plus `offset`) of the quote that leaves the first record of `text` open to its end. */
export function openQuoteAt(
	text: string,
	delimiter: string,
	newline: Newline,
	offset: number
): number | undefined {
	const parser = new Papa.Parser({ delimiter, newline, preview: 1, fastMode: false });
	const result = parser.parse(text, 0, false) as { errors: ParseError[] };
	const at = quoteErrorAt(result.errors, 0);
	return at === undefined ? undefined : at + offset;
}

export type Newline = '\n' | '\r\n' | '\r';

export interface QuoteCheck {
	delimiter: string;
	newline: Newline;
	/** Fields of the header row; undefined until it has been read. */
	width: number | undefined;
}

function countOf(text: string, needle: string, limit = Infinity): number {
	let n = 0;
	for (let i = text.indexOf(needle); i !== -1 && n < limit; i = text.indexOf(needle, i + needle.length)) n++;
	return n;
}

/** Number of `needle` occurrences in text[0, end). */
export function countBetween(text: string, needle: string, end: number): number {
	let n = 0;
	let i = text.indexOf(needle);
	while (i !== -1 && i < end) {
		n++;
		i = text.indexOf(needle, i + needle.length);
	}
	return n;
}

function cellHidesRows(cell: string, check: QuoteCheck): boolean {
	if (check.width === undefined || check.width < 2) return false;
	const lines = cell.split(check.newline);
	// The first and last pieces belong to the records at either end; only the middle can be whole rows.
	for (let i = 1; i < lines.length - 1; i++) {
		if (countOf(lines[i], check.delimiter, check.width) >= check.width - 1) return true;
	}
	return false;
}

function hasLineBreak(row: readonly string[], newline: string): number {
	for (let c = 0; c < row.length; c++) if (row[c].includes(newline)) return c;
	return -1;
}

/**
 * Index (in `rows`) of the first broken record, or -1. `multiline` says whether any record of the batch can
 * hold a line break (the caller counted more line breaks than records); when false only errors are looked at.
 * Quote errors on one line are returned in `warnings` (record indices): papaparse kept the text, the user is told.
 */
export function findBrokenRecord(
	rows: readonly string[][],
	errors: readonly ParseError[],
	multiline: boolean,
	check: QuoteCheck,
	warnings: number[]
): number {
	let firstError = Infinity;
	for (const e of errors) {
		if (e.row >= rows.length) {
			// An error on the record still open at the end of the text: handled by the caller's open-record rule.
			continue;
		}
		const spans = hasLineBreak(rows[e.row], check.newline) !== -1;
		// Within one line, a quote error that changed the number of fields swallowed delimiters: re-read too.
		const misfit = check.width !== undefined && rows[e.row].length !== check.width;
		if (e.code === 'MissingQuotes' || spans || misfit) firstError = Math.min(firstError, e.row);
		else if (warnings[warnings.length - 1] !== e.row) warnings.push(e.row);
	}
	if (multiline) {
		const stop = Math.min(rows.length, firstError);
		for (let r = 0; r < stop; r++) {
			const row = rows[r];
			const c = hasLineBreak(row, check.newline);
			if (c === -1) continue;
			if (check.width !== undefined && row.length !== check.width) return r;
			for (let k = c; k < row.length; k++) if (cellHidesRows(row[k], check)) return r;
		}
	}
	return firstError === Infinity ? -1 : firstError;
}

/** Character offset in `text` where record `index` starts (records counted as papaparse counts them). */
export function recordStart(text: string, index: number, delimiter: string, newline: Newline): number {
	if (index === 0) return 0;
	const parser = new Papa.Parser({ delimiter, newline, preview: index, fastMode: false });
	const result = parser.parse(text, 0, false) as { meta: { cursor: number } };
	return result.meta.cursor;
}

/**
 * One physical line split on the delimiter, honouring only quotes that close on this line: a quoted cell ends
 * at its first undoubled quote, which must be followed by the delimiter or the end; otherwise its opening
 * quote is text. `1,"Li, Wei","VIP` gives ['1', 'Li, Wei', '"VIP'] — the stray quote stays as typed.
 */
export function splitLine(line: string, delimiter: string): string[] {
	const out: string[] = [];
	let i = 0;
	for (;;) {
		if (line.charCodeAt(i) === 34) {
			let j = line.indexOf('"', i + 1);
			while (j !== -1 && line.charCodeAt(j + 1) === 34) j = line.indexOf('"', j + 2);
			if (j !== -1 && (j + 1 === line.length || line.startsWith(delimiter, j + 1))) {
				out.push(line.slice(i + 1, j).replace(/""/g, '"'));
				if (j + 1 === line.length) return out;
				i = j + 1 + delimiter.length;
				continue;
			}
		}
		const next = line.indexOf(delimiter, i);
		if (next === -1) {
			out.push(line.slice(i));
			return out;
		}
		out.push(line.slice(i, next));
		i = next + delimiter.length;
	}
}
