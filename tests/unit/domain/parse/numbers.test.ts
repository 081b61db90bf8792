import { describe, expect, it } from 'vitest';
import { looksNumeric, parseNumber, toHalfWidth } from '$lib/domain/parse/numbers';

describe('parseNumber', () => {
	it('reads plain decimals, negatives and a leading plus', () => {
		expect(parseNumber('1234.5')).toBe(1234.5);
		expect(parseNumber('-300')).toBe(-300);
		expect(parseNumber('+42')).toBe(42);
		expect(parseNumber('0')).toBe(0);
		expect(parseNumber('.5')).toBe(0.5);
		expect(parseNumber('  7 ')).toBe(7);
	});

	it('reads accounting parentheses as a negative amount', () => {
		expect(parseNumber('(300)')).toBe(-300);
		expect(parseNumber('(1,234.50)')).toBe(-1234.5);
		expect(parseNumber('¥(300)')).toBe(-300);
	});

	it('reads a comma followed by three digits as a thousands separator', () => {
		expect(parseNumber('1,234')).toBe(1234);
		expect(parseNumber('1,234.50')).toBe(1234.5);
		expect(parseNumber('12,345,678')).toBe(12345678);
	});

	it('reads a decimal comma only when it is unambiguous', () => {
		expect(parseNumber('1.234,50')).toBe(1234.5);
		expect(parseNumber('1,5')).toBe(1.5);
		expect(parseNumber('0,125')).toBe(0.125);
		expect(parseNumber('1 234,50')).toBe(1234.5);
		expect(parseNumber('1.234.567')).toBe(1234567);
	});

	it('accepts spaces and apostrophes as thousands separators', () => {
		expect(parseNumber('1 234 567')).toBe(1234567);
		expect(parseNumber("1'234.5")).toBe(1234.5);
		expect(parseNumber('1\u00a0234')).toBe(1234);
	});

	it('strips currency symbols and codes on either side, with the sign before or after them', () => {
		expect(parseNumber('¥1,234')).toBe(1234);
		expect(parseNumber('￥88')).toBe(88);
		expect(parseNumber('$ 19.99')).toBe(19.99);
		expect(parseNumber('€5')).toBe(5);
		expect(parseNumber('£7.5')).toBe(7.5);
		expect(parseNumber('RMB 100')).toBe(100);
		expect(parseNumber('CNY100')).toBe(100);
		expect(parseNumber('100 USD')).toBe(100);
		expect(parseNumber('100元')).toBe(100);
		expect(parseNumber('-¥1,234')).toBe(-1234);
		expect(parseNumber('¥-1,234')).toBe(-1234);
	});

	it('reads full-width digits and punctuation', () => {
		expect(toHalfWidth('１２３')).toBe('123');
		expect(parseNumber('１２３')).toBe(123);
		expect(parseNumber('－１２．５')).toBe(-12.5);
		expect(parseNumber('１，２３４')).toBe(1234);
	});

	it('scales Chinese units and k', () => {
		expect(parseNumber('1.2万')).toBe(12000);
		expect(parseNumber('3亿')).toBe(300000000);
		expect(parseNumber('5千')).toBe(5000);
		expect(parseNumber('5k')).toBe(5000);
		expect(parseNumber('2.5百万')).toBe(2500000);
		expect(parseNumber('1.2万元')).toBe(12000);
		expect(parseNumber('¥3万')).toBe(30000);
	});

	it('reads percents as fractions', () => {
		expect(parseNumber('12.5%')).toBe(0.125);
		expect(parseNumber('100%')).toBe(1);
		expect(parseNumber('-3%')).toBe(-0.03);
		expect(parseNumber('５％')).toBe(0.05);
	});

	it('reads grouped money exactly, like the decimal it is written as', () => {
		expect(parseNumber('¥1,234,567.89')).toBe(1234567.89);
		expect(parseNumber('-$12,345.6')).toBe(-12345.6);
		expect(parseNumber('1,234,567.891')).toBe(1234567.891);
		expect(parseNumber('0.1')).toBe(0.1);
		expect(parseNumber('123,456,789,012,345.67')).toBe(123456789012345.67);
		expect(parseNumber('12,34')).toBe(12.34);
	});

	it('reads scientific notation as Excel writes long numbers', () => {
		expect(parseNumber('1.5E+3')).toBe(1500);
		expect(parseNumber('2e-2')).toBe(0.02);
	});

	it('rejects text, dates, malformed groupings and empties', () => {
		for (const bad of [
			'12abc',
			'abc',
			'1.2.3',
			'2024-03-05',
			'2024/3/5',
			'1,234,5',
			'--5',
			'',
			'   ',
			'-',
			'.',
			'$',
			'1 2',
			'12:30',
			'0x10',
			'Infinity',
			'NaN',
			'1e',
			'5%%'
		])
			expect(parseNumber(bad), bad).toBeNaN();
	});

	it('tells numeric cells apart', () => {
		expect(looksNumeric('1,234')).toBe(true);
		expect(looksNumeric('N/A')).toBe(false);
	});
});
