// Formula-injection guard for every export: a text cell that a spreadsheet would run as a formula
// (starting with = + - @ tab or CR) gets a leading apostrophe. Numbers are data, never neutralised.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralize(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

export type Cell = string | number | null | undefined;

/** A cell as it goes into a spreadsheet: text neutralised, numbers kept, NaN and nullish empty. */
export function safeCell(value: Cell): string | number {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? value : '';
	return neutralize(value);
}
