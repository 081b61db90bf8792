// The one list of currency marks, checked from both sides that read it: every mark is stripped by the number
// parser where it may stand, and only the marks with a guess name a dataset's currency.
import { describe, expect, it } from 'vitest';
import { CURRENCY_MARKS } from '$lib/domain/currency-marks';
import { currencyOfCell } from '$lib/domain/currency';
import { parseNumber } from '$lib/domain/parse/numbers';

describe('CURRENCY_MARKS', () => {
	it.each(CURRENCY_MARKS.map((m) => [m.text, m] as const))('%s is stripped where it may stand', (_, m) => {
		if (m.before) expect(parseNumber(`${m.text}1,234.5`)).toBe(1234.5);
		if (m.after) expect(parseNumber(`1,234.5 ${m.text}`)).toBe(1234.5);
		expect(m.before || m.after).toBe(true);
	});

	it.each(CURRENCY_MARKS.map((m) => [m.text, m] as const))(
		'%s names its currency only with a guess',
		(_, m) => {
			const cell = m.before ? `${m.text}88` : `88${m.text}`;
			expect(currencyOfCell(cell)).toBe(m.guess);
		}
	);

	it('guesses the four currencies Strata formats, and reads HK$ and NT$ without taking them for dollars', () => {
		expect([...new Set(CURRENCY_MARKS.flatMap((m) => (m.guess ? [m.guess] : [])))].sort()).toEqual([
			'CNY',
			'EUR',
			'GBP',
			'USD'
		]);
		expect(currencyOfCell('HK$88')).toBeUndefined();
		expect(currencyOfCell('NT$88')).toBeUndefined();
		expect(currencyOfCell('US$88')).toBe('USD');
		expect(currencyOfCell('(¥88)')).toBe('CNY');
		expect(currencyOfCell('88 元')).toBe('CNY');
	});

	it('has each mark once', () => {
		const texts = CURRENCY_MARKS.map((m) => m.text.toLowerCase());
		expect(new Set(texts).size).toBe(texts.length);
	});
});
