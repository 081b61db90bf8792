// XLSX export with the same formula guard as CSV. SheetJS is loaded on demand: most sessions never export.
import { safeCell, type Cell } from './safe-cell';

export async function toXlsx(rows: readonly (readonly Cell[])[], sheetName = 'Strata'): Promise<Uint8Array> {
	const { utils, write } = await import('@e965/xlsx');
	const sheet = utils.aoa_to_sheet(rows.map((r) => r.map(safeCell)));
	const book = utils.book_new();
	utils.book_append_sheet(book, sheet, safeSheetName(sheetName));
	// SheetJS's 'array' output is an ArrayBuffer, whatever its typings say.
	return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Excel refuses sheet names with : \ / ? * [ ] or over 31 characters; SheetJS throws on them. */
export function safeSheetName(name: string): string {
	const cleaned = name
		.replace(/[:\\/?*[\]]/g, ' ')
		.trim()
		.slice(0, 31);
	return cleaned || 'Strata';
}
