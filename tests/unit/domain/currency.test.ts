import { describe, expect, it } from 'vitest';
import { guessCurrency } from '$lib/domain/currency';

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
