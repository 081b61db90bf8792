import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { readWorkbook, sheetRows, defaultSheet } from '$lib/import/xlsx-read';
import { sniffFile } from '$lib/import/sniff';

function workbook(date1904: boolean): ArrayBuffer {
	const ws = utils.aoa_to_sheet([
		['2024 客户订单'],
		[],
		['客户编号', '下单日期', '金额', '身份证号'],
		['000123', 45356, 12.5, '110101199003071234'],
		['000124', 45357.5, 7, '11010119900307123X']
	]);
	ws['B4'].z = 'yyyy-mm-dd';
	ws['B5'].z = 'yyyy-mm-dd hh:mm';
	const wb = utils.book_new();
	utils.book_append_sheet(wb, utils.aoa_to_sheet([['see the next sheet']]), 'Notes');
	utils.book_append_sheet(wb, ws, '订单');
	if (date1904) wb.Workbook = { WBProps: { date1904: true } };
	return write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
}

describe('xlsx reading', () => {
	it('keeps zero-padded ids and 18-digit ID numbers as text and turns date serials into ISO dates', () => {
		const book = readWorkbook(workbook(false));
		expect(book.sheets).toEqual(['Notes', '订单']);
		expect(defaultSheet(book)).toBe('订单');
		const rows = sheetRows(book, '订单');
		// Serial 45356 in the 1900 system: 45356 − 25569 = 19787 days after 1970-01-01 = 2024-03-05.
		expect(rows[3]).toEqual(['000123', '2024-03-05', '12.5', '110101199003071234']);
		expect(rows[4]).toEqual(['000124', '2024-03-06 12:00:00', '7', '11010119900307123X']);
		expect(rows[0]).toEqual(['2024 客户订单']);
		expect(rows[1]).toEqual([]);
	});

	it('counts serials from 1904-01-01 in a 1904-system workbook', () => {
		const book = readWorkbook(workbook(true));
		expect(book.date1904).toBe(true);
		// 1904 system: serial 0 is 1904-01-01, so 45356 is 45356 days after it: 2028-03-06.
		expect(sheetRows(book, '订单')[3][1]).toBe('2028-03-06');
	});

	it('sniffs a workbook by content, picks the sheet with the most rows and finds the header under the title', async () => {
		const file = new File([workbook(false)], 'orders.dat');
		const result = await sniffFile(file);
		if ('error' in result) throw new Error(result.error.key);
		const p = result.preview;
		expect(p.kind).toBe('xlsx');
		expect(p.options.sheet).toBe('订单');
		expect(p.options.headerRow).toBe(2);
		expect(p.headers).toEqual(['客户编号', '下单日期', '金额', '身份证号']);
		expect(p.rows).toHaveLength(2);
	});

	it('reads .xls (BIFF8) through the same path', () => {
		const ws = utils.aoa_to_sheet([['id'], ['007']]);
		const wb = utils.book_new();
		utils.book_append_sheet(wb, ws, 'S');
		const book = readWorkbook(write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
		expect(sheetRows(book, 'S')).toEqual([['id'], ['007']]);
	});
});
