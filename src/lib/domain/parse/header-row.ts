// Finds the header row under report titles ("2024年客户订单明细", a blank line, then the headers) and makes
// header names usable: trimmed, never blank, never duplicated — with a note for each change so the UI can say so.

import { looksNumeric } from './numbers';
import { looksLikeDate } from './dates';

const SCAN_ROWS = 20;
const FOLLOWING_ROWS = 10;

function filled(row: readonly string[]): number {
	let n = 0;
	for (const cell of row) if (cell !== undefined && cell.trim() !== '') n++;
	return n;
}

/** Mostly distinct, non-numeric, non-date labels: what a header row looks like. */
export function looksLikeHeaderRow(row: readonly string[]): boolean {
	const cells = row.map((c) => (c ?? '').trim()).filter((c) => c !== '');
	if (cells.length === 0) return false;
	let labels = 0;
	for (const c of cells) if (!looksNumeric(c) && !looksLikeDate(c)) labels++;
	return labels >= cells.length * 0.5 && new Set(cells).size >= cells.length * 0.8;
}

function modalWidth(rows: readonly (readonly string[])[]): number {
	const tally = new Map<number, number>();
	let best = 0;
	let bestCount = 0;
	for (const row of rows) {
		const w = filled(row);
		if (w === 0) continue;
		const c = (tally.get(w) ?? 0) + 1;
		tally.set(w, c);
		if (c > bestCount || (c === bestCount && w > best)) {
			best = w;
			bestCount = c;
		}
	}
	return best;
}

/**
 * Index of the header row: the first row (of the first 20) about as wide (≥ 80 %) as the modal width of the
 * rows after it and looks like labels. Falls back to the first non-empty row (0 for an empty sheet); a file
 * without any header still gets 0 — check `looksLikeHeaderRow(rows[i])` to tell.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
	const limit = Math.min(rows.length, SCAN_ROWS);
	let firstNonEmpty = -1;
	for (let i = 0; i < limit; i++) {
		const width = filled(rows[i]);
		if (width === 0) continue;
		if (firstNonEmpty < 0) firstNonEmpty = i;
		const after = rows.slice(i + 1, i + 1 + FOLLOWING_ROWS);
		const target = modalWidth(after);
		if (width >= Math.ceil(target * 0.8) && looksLikeHeaderRow(rows[i])) {
			// A one-cell title above a one-column table is still a title when a wider row follows; and the last
			// row, with nothing under it, heads no data (the fallback below takes the first non-empty row).
			if (target === 0) continue;
			return i;
		}
	}
	return Math.max(firstNonEmpty, 0);
}

export interface HeaderNote {
	key: string;
	params?: Record<string, string | number>;
}

const TRIM = /^[\s\uFEFF\u3000]+|[\s\uFEFF\u3000]+$/g;

/**
 * Trims BOM and whitespace, names blank headers `Column N` (N is 1-based; pass `blankName` for another
 * wording) and suffixes duplicates as `金额 (2)`. Notes carry i18n keys with `{column}` and `{name}` params.
 */
export function normalizeHeaders(
	headers: readonly string[],
	blankName: (column: number) => string = (n) => `Column ${n}`
): { headers: string[]; notes: HeaderNote[] } {
	const notes: HeaderNote[] = [];
	const trimmed = headers.map((h) => (h ?? '').replace(TRIM, ''));
	const taken = new Set(trimmed.filter((h) => h !== ''));
	const used = new Set<string>();
	// Next suffix to try per base name: 20,000 columns all named the same stay linear, not quadratic.
	const nextSuffix = new Map<string, number>();
	const free = (base: string, first: (k: number) => string) => {
		let k = nextSuffix.get(base) ?? 2;
		while (taken.has(first(k)) || used.has(first(k))) k++;
		nextSuffix.set(base, k + 1);
		return first(k);
	};
	const out: string[] = [];
	trimmed.forEach((h, i) => {
		const column = i + 1;
		let name = h;
		if (name === '') {
			name = blankName(column);
			if (taken.has(name) || used.has(name)) name = free(name, (k) => `${blankName(column)} (${k})`);
			notes.push({ key: 'import.note.blankHeader', params: { column, name } });
		} else if (used.has(name)) {
			name = free(h, (k) => `${h} (${k})`);
			notes.push({ key: 'import.note.duplicateHeader', params: { column, name: h, renamed: name } });
		}
		used.add(name);
		out.push(name);
	});
	return { headers: out, notes };
}
