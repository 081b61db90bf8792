import { describe, expect, it } from 'vitest';
import { detectHeaderRow, looksLikeHeaderRow, normalizeHeaders } from '$lib/domain/parse/header-row';

describe('detectHeaderRow', () => {
	it('returns 0 when the first row is the header', () => {
		expect(
			detectHeaderRow([
				['id', 'amount'],
				['1', '10'],
				['2', '20']
			])
		).toBe(0);
	});

	it('skips a report title and a blank line above the header', () => {
		const rows = [
			['2024年客户订单明细', '', '', ''],
			['', '', '', ''],
			['客户ID', '订单日期', '金额', '渠道'],
			['C001', '2024-01-02', '100', '门店'],
			['C002', '2024-01-03', '250.5', '线上'],
			['C001', '2024-02-01', '80', '线上']
		];
		expect(detectHeaderRow(rows)).toBe(2);
	});

	it('skips a title and a subtitle that are narrower than the table', () => {
		const rows = [
			['Sales report'],
			['Exported 2024-03-05', 'by admin'],
			['Customer', 'Date', 'Amount', 'Region', 'Channel'],
			['A', '2024-01-02', '1', 'N', 'web'],
			['B', '2024-01-03', '2', 'S', 'shop']
		];
		expect(detectHeaderRow(rows)).toBe(2);
	});

	it('returns 0 for a file without a header, which looksLikeHeaderRow then rejects', () => {
		const rows = [
			['00001', '19970101', '1', '11.77'],
			['00002', '19970112', '1', '12.00'],
			['00002', '19970112', '5', '77.00']
		];
		expect(detectHeaderRow(rows)).toBe(0);
		expect(looksLikeHeaderRow(rows[0])).toBe(false);
	});

	it('returns 0 for an empty sheet', () => {
		expect(detectHeaderRow([])).toBe(0);
	});
});

describe('normalizeHeaders', () => {
	it('trims a BOM and whitespace', () => {
		expect(normalizeHeaders(['\uFEFF订单编号', ' 收货地址 ', '订单付款时间\u3000']).headers).toEqual([
			'订单编号',
			'收货地址',
			'订单付款时间'
		]);
	});

	it('names blank headers by their 1-based column and notes it', () => {
		const { headers, notes } = normalizeHeaders(['id', '', 'amount']);
		expect(headers).toEqual(['id', 'Column 2', 'amount']);
		expect(notes).toEqual([{ key: 'import.note.blankHeader', params: { column: 2, name: 'Column 2' } }]);
	});

	it('accepts another wording for blank headers', () => {
		expect(normalizeHeaders(['', 'x'], (n) => `列${n}`).headers).toEqual(['列1', 'x']);
	});

	it('suffixes duplicates with (2), (3) and notes each', () => {
		const { headers, notes } = normalizeHeaders(['金额', '金额', '金额']);
		expect(headers).toEqual(['金额', '金额 (2)', '金额 (3)']);
		expect(notes[0]).toEqual({
			key: 'import.note.duplicateHeader',
			params: { column: 2, name: '金额', renamed: '金额 (2)' }
		});
		expect(notes).toHaveLength(2);
	});

	it('never produces a name that another column already has', () => {
		expect(normalizeHeaders(['a', 'a', 'a (2)']).headers).toEqual(['a', 'a (3)', 'a (2)']);
		expect(normalizeHeaders(['', 'Column 1']).headers).toEqual(['Column 1 (2)', 'Column 1']);
	});
});
