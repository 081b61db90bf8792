// The one XLSX writer: every cell typed text or number (never a formula, so text needs no apostrophe; see
// safe-cell.ts), and a sheet name SheetJS accepts. SheetJS is loaded on demand: most sessions never export.
import { xlsxCell, type Cell } from './safe-cell';

export async function toXlsx(rows: readonly (readonly Cell[])[], sheetName = 'Strata'): Promise<Uint8Array> {
	const { utils, write } = await import('@e965/xlsx');
	const sheet = utils.aoa_to_sheet(rows.map((r) => r.map(xlsxCell)));
	const book = utils.book_new();
	utils.book_append_sheet(book, sheet, safeSheetName(sheetName));
	// SheetJS's 'array' output is an ArrayBuffer, whatever its typings say.
	return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const MAX_SHEET_NAME = 31;

/**
 * A sheet name by SheetJS's rules (check_ws_name), which throw otherwise: not blank, at most 31 UTF-16 units,
 * none of : \ / ? * [ ], no apostrophe first or last, and not "History" (Excel reserves it) in any case.
 */
export function safeSheetName(name: string): string {
	let cleaned = name.replace(/[:\\/?*[\]]/g, ' ').trim();
	// Cut by code points so a character outside the BMP is never split in half.
	const points = [...cleaned];
	while (points.join('').length > MAX_SHEET_NAME) points.pop();
	cleaned = points
		.join('')
		.replace(/^'+|'+$/g, '')
		.trim();
	if (!cleaned) return 'Strata';
	if (cleaned.toLowerCase() === 'history') return `${cleaned} 1`;
	return cleaned;
}
