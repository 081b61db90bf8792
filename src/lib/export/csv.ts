// The one CSV writer, for Excel and WPS: UTF-8 with a BOM (so Chinese opens correctly), CRLF line ends, formula-
// safe cells (safe-cell.ts). A cell is quoted when it holds a quote, line break, comma, semicolon or tab, so it
// stays one cell whichever list separator the reader's locale uses (`,` or `;`): unquoted, `x;=1+1` would be
// split in a `;` locale into a second cell that starts with `=` and runs as a formula.
import { safeCell, type Cell } from './safe-cell';

const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvCell(value: Cell): string {
	const s = String(safeCell(value));
	return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
