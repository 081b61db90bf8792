import { describe, expect, it } from 'vitest';
import { read, utils } from '@e965/xlsx';
import { csvCell, toCsv } from '$lib/export/csv';
import { neutralize, safeCell } from '$lib/export/safe-cell';
import { safeSheetName, toXlsx } from '$lib/export/xlsx';

describe('formula-safe cells', () => {
	it('prefixes text starting with = + - @ tab or CR with an apostrophe', () => {
		expect(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'].map(neutralize)).toEqual([
			"'=SUM(A1)",
			"'+1",
			"'-2+3",
			"'@cmd",
			"'\tx",
			"'\rx"
		]);
		expect(neutralize('张三 = VIP')).toBe('张三 = VIP');
	});

	it('keeps numbers as numbers, negative ones included, and empties NaN', () => {
		expect(safeCell(-300)).toBe(-300);
		expect(safeCell(Number.NaN)).toBe('');
		expect(safeCell(null)).toBe('');
	});
});

describe('CSV', () => {
	it('starts with a BOM, uses CRLF and quotes cells with commas, quotes or newlines', () => {
		expect(
			toCsv([
				['a', 'b,c'],
				['say "hi"', 'x\ny']
			])
		).toBe('\uFEFFa,"b,c"\r\n"say ""hi""","x\ny"\r\n');
	});

	it('writes -300 as a number but "-300" typed as text neutralised', () => {
		expect(csvCell(-300)).toBe('-300');
		expect(csvCell('-300')).toBe("'-300");
	});
});

describe('XLSX', () => {
	it('round-trips text, numbers and formula-looking text exactly, as text cells (no apostrophe)', async () => {
		const bytes = await toXlsx([
			['客户', '金额'],
			['=HYPERLINK("x")', 12.5]
		]);
		const sheet = read(bytes, { type: 'array' }).Sheets.Strata;
		const rows = utils.sheet_to_json<(string | number)[]>(sheet, { header: 1 });
		expect(rows).toEqual([
			['客户', '金额'],
			['=HYPERLINK("x")', 12.5]
		]);
		expect(sheet.A2.t).toBe('s');
		expect(sheet.B2.t).toBe('n');
		expect(sheet.A2.f).toBeUndefined();
	});
});

describe('sheet names', () => {
	it('replaces characters Excel refuses and cuts at 31 characters', () => {
		expect(safeSheetName('At risk: win back [VIP]')).toBe('At risk  win back  VIP');
		expect(safeSheetName('a/b\\c?d*e')).toBe('a b c d e');
		expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
		expect(safeSheetName('::')).toBe('Strata');
	});
});
