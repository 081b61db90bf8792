// Formula-injection guard for every export (CSV through csv.ts, XLSX through xlsx.ts; nothing else writes a
// spreadsheet). In CSV a text cell that a spreadsheet would run as a formula (starting with = + - @ tab or CR)
// gets a leading apostrophe. In XLSX text cells are typed as text and never run, so they stay exactly as they are
// (an apostrophe there would only corrupt values such as +86 phone numbers). Numbers are data, never neutralised.
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A reader whose list separator is `;` (much of Europe) or tab splits a `,` file there even inside quotes (the
 * quote is not at the start of its cell), so what follows such a separator starts a cell of its own.
 */
const FORMULA_AFTER_SEPARATOR = /([;\t])(?=[=+\-@\t\r])/g;

export function neutralize(value: string): string {
	const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'");
	return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

export type Cell = string | number | null | undefined;

/** A CSV cell: text neutralised, numbers kept, NaN and nullish empty. */
export function safeCell(value: Cell): string | number {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? value : '';
	return neutralize(value);
}

/** An XLSX cell: written as a typed text or number cell (never a formula), so text is kept exactly. */
export function xlsxCell(value: Cell): string | number {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? value : '';
	return value;
}
