// Reads .xlsx/.xls workbooks (SheetJS) into string rows for the column builder: text stays text (so '000123'
// and 18-digit ID numbers keep their digits), date-formatted numbers become ISO dates honouring the 1904 system.
import { read, SSF, type CellObject, type WorkBook } from '@e965/xlsx';
import { excelSerialToEpochMs } from '$lib/domain/parse/dates';

export interface Workbook {
	wb: WorkBook;
	sheets: string[];
	date1904: boolean;
}

export function readWorkbook(buffer: ArrayBuffer): Workbook {
	const wb = read(buffer, {
		type: 'array',
		dense: true,
		cellDates: false,
		cellNF: true,
		raw: true,
		WTF: false
	});
	const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
	return { wb, sheets: wb.SheetNames.slice(), date1904 };
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DD', or with ' HH:MM:SS' when the value has a time of day. */
export function isoFromEpochMs(ms: number): string {
	const d = new Date(ms);
	const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	const secs = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
	return secs === 0
		? day
		: `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function isDateFormat(fmt: unknown): boolean {
	if (typeof fmt !== 'string' && typeof fmt !== 'number') return false;
	try {
		return SSF.is_date(typeof fmt === 'number' ? String(SSF.get_table()[fmt] ?? '') : fmt);
	} catch {
		return false;
	}
}

export function cellText(cell: CellObject | undefined, date1904: boolean): string {
	if (!cell || cell.v === undefined || cell.v === null) return '';
	switch (cell.t) {
		case 'n': {
			const v = cell.v as number;
			if (isDateFormat(cell.z)) {
				const ms = excelSerialToEpochMs(v, date1904);
				return Number.isNaN(ms) ? String(v) : isoFromEpochMs(ms);
			}
			return String(v);
		}
		case 'd':
			return isoFromEpochMs((cell.v as Date).getTime());
		case 'b':
			return cell.v ? 'TRUE' : 'FALSE';
		case 'e':
			return '';
		default:
			return String(cell.v);
	}
}

/** The rows of a sheet as strings, trailing empty cells dropped; `limit` stops early for previews. */
export function sheetRows(book: Workbook, sheet: string, limit = Infinity): string[][] {
	const ws = book.wb.Sheets[sheet];
	if (!ws) return [];
	const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
	const n = Math.min(data.length, limit);
	const rows: string[][] = new Array(n);
	for (let r = 0; r < n; r++) {
		const cells = data[r];
		if (!cells) {
			rows[r] = [];
			continue;
		}
		const row: string[] = new Array(cells.length);
		let width = 0;
		for (let c = 0; c < cells.length; c++) {
			const text = cellText(cells[c], book.date1904);
			row[c] = text;
			if (text !== '') width = c + 1;
		}
		row.length = width;
		rows[r] = row;
	}
	return rows;
}

/** The sheet with the most rows (the data, not a notes or cover sheet); the first sheet on a tie. */
export function defaultSheet(book: Workbook): string | undefined {
	let best = book.sheets[0];
	let bestRows = 0;
	for (const name of book.sheets) {
		const data = book.wb.Sheets[name]?.['!data'] as unknown[] | undefined;
		const rows = data ? data.filter((row) => row).length : 0;
		if (rows > bestRows) {
			best = name;
			bestRows = rows;
		}
	}
	return best;
}
