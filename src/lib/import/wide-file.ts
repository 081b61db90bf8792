// Bounds for very wide files (a pivot exported flat can have 20,000 columns): the page shows a window of
// columns with a search, the guesser profiles only the first columns, and an import stores a stated maximum —
// so the tab never freezes or runs out of memory, and the user is told why.
import type { ColumnGuess } from '$lib/domain/mapping';
import { guessMapping } from '$lib/domain/mapping';
import type { DatasetShape } from '$lib/domain/columns';

/** Columns the preview table shows. */
export const PREVIEW_COLUMNS = 50;
/** Rows of the mapping table shown at once; the search reaches the others. */
export const MAPPING_SHOWN = 50;
/** Columns whose role is guessed from names and values; later ones start as "ignore". */
export const GUESSED_COLUMNS = 200;
/** Columns one import stores: each is a typed array of 50,000 rows per chunk in memory while importing. */
export const MAX_STORED_COLUMNS = 300;

/** guessMapping over the first GUESSED_COLUMNS columns; every later column is set to be ignored. */
export function guessWide(
	headers: readonly string[],
	sampleRows: readonly (readonly string[])[]
): { columns: ColumnGuess[]; shape: DatasetShape } {
	if (headers.length <= GUESSED_COLUMNS) return guessMapping(headers, sampleRows);
	const guess = guessMapping(headers.slice(0, GUESSED_COLUMNS), sampleRows);
	for (let i = GUESSED_COLUMNS; i < headers.length; i++)
		guess.columns.push({ source: i, header: headers[i], role: 'ignore', type: 'text', confidence: 0 });
	return guess;
}

/** The columns to list: those whose name contains `query` (case-insensitive), at most `limit` of them. */
export function visibleColumns<T extends { header: string }>(
	columns: readonly T[],
	query: string,
	limit = MAPPING_SHOWN
): { shown: T[]; matching: number } {
	const q = query.trim().toLowerCase();
	if (q === '') return { shown: columns.slice(0, limit), matching: columns.length };
	const shown: T[] = [];
	let matching = 0;
	for (const c of columns) {
		if (!c.header.toLowerCase().includes(q)) continue;
		matching++;
		if (shown.length < limit) shown.push(c);
	}
	return { shown, matching };
}
