import { describe, expect, it } from 'vitest';
import {
	detectDateOrder,
	excelSerialToEpochMs,
	looksLikeDate,
	parseDate,
	parseExcelSerial
} from '$lib/domain/parse/dates';

// Date.UTC is the independent oracle: month is 0-based there.
const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
	Date.UTC(y, m - 1, d, h, mi, s, ms);

describe('parseDate', () => {
	it('reads ISO dates as UTC midnight', () => {
		expect(parseDate('2024-03-05')).toBe(utc(2024, 3, 5));
		expect(parseDate('1970-01-01')).toBe(0);
		expect(parseDate('1969-12-31')).toBe(-86_400_000);
		expect(parseDate('2000-02-29')).toBe(utc(2000, 2, 29));
	});

	it('keeps the time of day, reading a wall-clock time as UTC', () => {
		expect(parseDate('2024-03-05 14:30:00')).toBe(utc(2024, 3, 5, 14, 30));
		expect(parseDate('2024-03-05T14:30')).toBe(utc(2024, 3, 5, 14, 30));
		expect(parseDate('2024-03-05T14:30:00Z')).toBe(utc(2024, 3, 5, 14, 30));
		expect(parseDate('2024-03-05T14:30:00.250Z')).toBe(utc(2024, 3, 5, 14, 30, 0, 250));
		expect(parseDate('2020-02-20 23:59:54')).toBe(utc(2020, 2, 20, 23, 59, 54));
	});

	it('honours an explicit offset as a real instant', () => {
		expect(parseDate('2024-03-05T08:00:00+08:00')).toBe(utc(2024, 3, 5, 0));
		expect(parseDate('2024-03-05T08:00:00-0130')).toBe(utc(2024, 3, 5, 9, 30));
	});

	it('reads slashes and dots with unpadded fields', () => {
		expect(parseDate('2024/3/5')).toBe(utc(2024, 3, 5));
		expect(parseDate('2024.3.5')).toBe(utc(2024, 3, 5));
		expect(parseDate('2024/03/05 9:05')).toBe(utc(2024, 3, 5, 9, 5));
		expect(parseDate('2024-3-5')).toBe(utc(2024, 3, 5));
		expect(parseDate(' 2024-03-05 ')).toBe(utc(2024, 3, 5));
		expect(parseDate('2024/3-5')).toBeNaN(); // mixed separators
	});

	it('reads year-last dates in the requested order', () => {
		expect(parseDate('3/5/2024', 'mdy')).toBe(utc(2024, 3, 5));
		expect(parseDate('3/5/2024', 'dmy')).toBe(utc(2024, 5, 3));
		expect(parseDate('5.3.2024', 'dmy')).toBe(utc(2024, 3, 5));
		expect(parseDate('13/5/2024', 'mdy')).toBeNaN();
	});

	it('falls back to m/d/y, then d/m/y, for year-last dates under the default order', () => {
		expect(parseDate('3/5/2024')).toBe(utc(2024, 3, 5));
		expect(parseDate('13/5/2024')).toBe(utc(2024, 5, 13));
	});

	it('expands two-digit years with the Excel pivot (00–29 → 20xx, 30–99 → 19xx)', () => {
		expect(parseDate('3/5/24', 'mdy')).toBe(utc(2024, 3, 5));
		expect(parseDate('3/5/29', 'mdy')).toBe(utc(2029, 3, 5));
		expect(parseDate('3/5/30', 'mdy')).toBe(utc(1930, 3, 5));
		expect(parseDate('24/3/5', 'ymd')).toBe(utc(2024, 3, 5));
	});

	it('reads Chinese dates with and without a time', () => {
		expect(parseDate('2024年3月5日')).toBe(utc(2024, 3, 5));
		expect(parseDate('2024年03月05日 14:30')).toBe(utc(2024, 3, 5, 14, 30));
		expect(parseDate('2024年3月5日14:30:15')).toBe(utc(2024, 3, 5, 14, 30, 15));
		expect(parseDate('2024年3月5日 下午2:30')).toBe(utc(2024, 3, 5, 14, 30));
		expect(parseDate('２０２４年３月５日')).toBe(utc(2024, 3, 5));
	});

	it('reads 12-hour clock times', () => {
		expect(parseDate('3/5/2024 2:30 PM', 'mdy')).toBe(utc(2024, 3, 5, 14, 30));
		expect(parseDate('3/5/2024 12:00 AM', 'mdy')).toBe(utc(2024, 3, 5, 0));
		expect(parseDate('3/5/2024 13:00 PM', 'mdy')).toBeNaN();
	});

	it('reads 8-digit compact dates only when they are real dates', () => {
		expect(parseDate('20240305')).toBe(utc(2024, 3, 5));
		expect(parseDate('19970101')).toBe(utc(1997, 1, 1));
		expect(parseDate('20241305')).toBeNaN();
		expect(parseDate('12345678')).toBeNaN();
	});

	it('reads month names', () => {
		expect(parseDate('5 Mar 2024')).toBe(utc(2024, 3, 5));
		expect(parseDate('05-Mar-24')).toBe(utc(2024, 3, 5));
		expect(parseDate('Mar 5, 2024')).toBe(utc(2024, 3, 5));
		expect(parseDate('March 5th 2024')).toBe(utc(2024, 3, 5));
		expect(parseDate('Tue, Mar 5, 2024')).toBe(utc(2024, 3, 5));
		expect(parseDate('5 Foo 2024')).toBeNaN();
	});

	it('rejects impossible dates and times', () => {
		for (const bad of [
			'2023-02-29',
			'2024-13-01',
			'2024-00-10',
			'2024-04-31',
			'2024-03-00',
			'2100-02-29',
			'2024-03-05 24:00',
			'2024-03-05 12:60',
			'2024/2/30'
		])
			expect(parseDate(bad), bad).toBeNaN();
	});

	it('rejects numbers, text and empties', () => {
		for (const bad of ['45356', '45356.5', '1234.5', 'abc', '', '  ', '1.2.3', '2024', '2024-03', 'N/A'])
			expect(parseDate(bad), bad).toBeNaN();
	});

	it('says whether a cell looks like a date', () => {
		expect(looksLikeDate('2024-03-05')).toBe(true);
		expect(looksLikeDate('25/12/2024')).toBe(true);
		expect(looksLikeDate('12.5')).toBe(false);
	});
});

describe('excelSerialToEpochMs', () => {
	it('maps serial 1 to 1900-01-01 and 59 to 1900-02-28', () => {
		expect(excelSerialToEpochMs(1)).toBe(utc(1900, 1, 1));
		expect(excelSerialToEpochMs(59)).toBe(utc(1900, 2, 28));
	});

	it("treats serial 60, Excel's fictitious 1900-02-29, as no date, and 61 as 1900-03-01", () => {
		expect(excelSerialToEpochMs(60)).toBeNaN();
		expect(excelSerialToEpochMs(61)).toBe(utc(1900, 3, 1));
	});

	it('maps modern serials and keeps the fraction as the time of day', () => {
		// 2024-03-05 is 45356 days after 1899-12-30 (25569 days to 1970 + 19787 days from 1970).
		expect(excelSerialToEpochMs(45356)).toBe(utc(2024, 3, 5));
		expect(excelSerialToEpochMs(45356.5)).toBe(utc(2024, 3, 5, 12));
		expect(excelSerialToEpochMs(25569)).toBe(0);
	});

	it('counts the 1904 system from 1904-01-01', () => {
		expect(excelSerialToEpochMs(0, true)).toBe(utc(1904, 1, 1));
		expect(excelSerialToEpochMs(1, true)).toBe(utc(1904, 1, 2));
		// The same day is 1462 serials apart in the two systems.
		expect(excelSerialToEpochMs(45356 - 1462, true)).toBe(utc(2024, 3, 5));
	});

	it('rejects serials outside Excel’s range', () => {
		expect(excelSerialToEpochMs(0)).toBeNaN();
		expect(excelSerialToEpochMs(-1)).toBeNaN();
		expect(excelSerialToEpochMs(2958466)).toBeNaN();
		expect(excelSerialToEpochMs(Number.NaN)).toBeNaN();
	});

	it('parses serials written as text only through its own function', () => {
		expect(parseExcelSerial('45356')).toBe(utc(2024, 3, 5));
		expect(parseExcelSerial(' 45356.25 ')).toBe(utc(2024, 3, 5, 6));
		expect(parseExcelSerial('2024-03-05')).toBeNaN();
	});
});

describe('detectDateOrder', () => {
	it('picks d/m/y when a first field exceeds 12', () => {
		expect(detectDateOrder(['03/04/2024', '25/12/2024'])).toEqual({ order: 'dmy', ambiguous: false });
	});

	it('picks m/d/y when a second field exceeds 12', () => {
		expect(detectDateOrder(['03/04/2024', '12/25/2024 10:00'])).toEqual({ order: 'mdy', ambiguous: false });
	});

	it('picks y/m/d for year-first values, without asking', () => {
		expect(detectDateOrder(['2024-03-04', '2024/12/5'])).toEqual({ order: 'ymd', ambiguous: false });
	});

	it('defaults to m/d/y and asks when no year-last value decides', () => {
		expect(detectDateOrder(['03/04/2024', '1/2/2024'])).toEqual({ order: 'mdy', ambiguous: true });
	});

	it('flags conflicting evidence as ambiguous and follows the majority', () => {
		expect(detectDateOrder(['25/12/2024', '13/1/2024', '1/13/2024'])).toEqual({
			order: 'dmy',
			ambiguous: true
		});
	});

	it('ignores non-dates', () => {
		expect(detectDateOrder(['', 'n/a', '2024-01-02'])).toEqual({ order: 'ymd', ambiguous: false });
	});
});
