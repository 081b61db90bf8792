import { describe, expect, it } from 'vitest';
import { guessCurrency } from '$lib/domain/currency';
import { exportNumber, formatDays, formatMoney, formatPercent, formatThreshold } from '$lib/i18n/format';

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

describe('one formatter', () => {
	it('shows the currency on money, whole units from 100 up', () => {
		expect(formatMoney(5000, 'en', 'CNY')).toBe('¥5,000');
		expect(formatMoney(7.514, 'en', 'USD')).toBe('$7.51');
		expect(formatMoney(255, 'zh-CN', 'CNY')).toBe('¥255');
		expect(formatMoney(66.5, 'en')).toBe('66.5');
		expect(formatMoney(NaN, 'en', 'CNY')).toBe('—');
	});

	it('writes days whole and percentages with one decimal', () => {
		expect(formatDays(233.46, 'en')).toBe('233');
		expect(formatPercent(0.4567, 'en')).toBe('45.7%');
	});

	it('rounds thresholds sensibly: days whole, others to three significant digits', () => {
		expect(formatThreshold(83.89, 'en', true)).toBe('84');
		expect(formatThreshold(83.89, 'en')).toBe('83.9');
		expect(formatThreshold(0.6960523128509521, 'en')).toBe('0.696');
		expect(formatThreshold(12345.6, 'en')).toBe('12,300');
	});

	it('exports numbers as numbers without float noise', () => {
		expect(exportNumber(0.6960523128509521, 'probability')).toBe(0.696);
		expect(exportNumber(19.374999, 'money')).toBe(19.37);
		expect(exportNumber(233.46, 'days')).toBe(233);
		expect(exportNumber(NaN, 'money')).toBe('');
		expect(exportNumber(-0.0001, 'money')).toBe(0);
	});
});
