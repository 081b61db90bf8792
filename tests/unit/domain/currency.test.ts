import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
	countCurrency,
	currencyOfCell,
	dominantCurrency,
	guessCurrency,
	type CurrencyCounts
} from '$lib/domain/currency';

describe('guessCurrency', () => {
	it('reads ¥, ￥, CNY, RMB and 元 as CNY', () => {
		expect(guessCurrency(['实付金额(元)'])).toBe('CNY');
		expect(guessCurrency(['￥1,234.50', '¥88'])).toBe('CNY');
		expect(guessCurrency(['Amount CNY'])).toBe('CNY');
	});

	it('reads $, €, £ and their codes, and lets the most frequent win', () => {
		expect(guessCurrency(['Amount ($)', '$12.00'])).toBe('USD');
		expect(guessCurrency(['€ 5', 'EUR'])).toBe('EUR');
		expect(guessCurrency(['£3', 'GBP', '$1'])).toBe('GBP');
	});

	it('says nothing when nothing says', () => {
		expect(guessCurrency(['Amount', 'customer_id', '12.5'])).toBeUndefined();
		expect(guessCurrency(['HK$ 5'])).toBeUndefined();
	});
});

describe('currencyOfCell', () => {
	it('reads the symbol or code an amount cell carries, before or after the number', () => {
		expect(currencyOfCell('¥88')).toBe('CNY');
		expect(currencyOfCell('￥1,234.50')).toBe('CNY');
		expect(currencyOfCell('88元')).toBe('CNY');
		expect(currencyOfCell('1.2万元')).toBe('CNY');
		expect(currencyOfCell('RMB 30')).toBe('CNY');
		expect(currencyOfCell('-¥5')).toBe('CNY');
		expect(currencyOfCell('$12.50')).toBe('USD');
		expect(currencyOfCell('US$5')).toBe('USD');
		expect(currencyOfCell('(12.00 USD)')).toBe('USD');
		expect(currencyOfCell('€7')).toBe('EUR');
		expect(currencyOfCell('7 EUR')).toBe('EUR');
		expect(currencyOfCell('£3.20')).toBe('GBP');
	});

	it('says nothing for plain numbers, other currencies and text', () => {
		expect(currencyOfCell('88')).toBeUndefined();
		expect(currencyOfCell('1,234.50')).toBeUndefined();
		expect(currencyOfCell('')).toBeUndefined();
		expect(currencyOfCell('HK$ 5')).toBeUndefined();
		expect(currencyOfCell('JPY 500')).toBeUndefined();
		expect(currencyOfCell('n/a')).toBeUndefined();
	});

	it('lets the most frequent currency of a column win', () => {
		const counts: CurrencyCounts = {};
		for (const c of ['¥88', '12', '$1', '¥3', '€2', '￥9']) countCurrency(counts, c);
		expect(counts).toEqual({ CNY: 3, USD: 1, EUR: 1 });
		expect(dominantCurrency(counts)).toBe('CNY');
		expect(dominantCurrency({})).toBeUndefined();
		expect(dominantCurrency({ USD: 2, EUR: 2 })).toBe('USD');
	});

	test.prop(
		[
			fc.constantFrom('¥', '$', '€', '£', 'US$'),
			fc.double({ min: -1e9, max: 1e9, noNaN: true }),
			fc.boolean()
		],
		{
			seed: 20261202
		}
	)('finds the currency of any amount written with a symbol, and none without', (symbol, v, neg) => {
		const amount = Math.abs(v).toFixed(2);
		const expected = { '¥': 'CNY', $: 'USD', '€': 'EUR', '£': 'GBP', US$: 'USD' }[symbol];
		expect(currencyOfCell(`${neg ? '-' : ''}${symbol}${amount}`)).toBe(expected);
		expect(currencyOfCell(`${neg ? '-' : ''}${amount}`)).toBeUndefined();
	});

	test.prop([fc.string()], { seed: 20261202 })('never throws and returns a known code or nothing', (s) => {
		expect([undefined, 'CNY', 'USD', 'EUR', 'GBP']).toContain(currencyOfCell(s));
	});
});
