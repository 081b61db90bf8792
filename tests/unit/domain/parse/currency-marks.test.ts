// Amounts as exports outside the mainland write them: NT$, HK$, S$, ₩, 円, codes before or after the number.
import { describe, expect, it } from 'vitest';
import { parseNumber } from '$lib/domain/parse/numbers';

describe('currency marks around amounts', () => {
	it.each([
		['NT$1,200', 1200],
		['HK$ 88.50', 88.5],
		['S$12', 12],
		['A$1,000.25', 1000.25],
		['R$ 1.234,50', 1234.5],
		['₩12,000', 12000],
		['4,508円', 4508],
		['￥4,508', 4508],
		['1.234,50 €', 1234.5],
		['TWD 300', 300],
		['300 SGD', 300],
		['-NT$50', -50]
	])('%s → %d', (raw, value) => {
		expect(parseNumber(raw)).toBe(value);
	});

	it('still refuses text that only contains a currency code', () => {
		expect(parseNumber('NT$')).toBeNaN();
		expect(parseNumber('USD abc')).toBeNaN();
		expect(parseNumber('SGD 12 pcs')).toBeNaN();
	});
});
