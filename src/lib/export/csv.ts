// CSV for Excel and WPS: UTF-8 with a BOM (so Chinese opens correctly), CRLF line ends, cells quoted only
// when needed, formula-safe (see safe-cell.ts).
import { safeCell, type Cell } from './safe-cell';

export function csvCell(value: Cell): string {
	const s = String(safeCell(value));
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
