import { describe, expect, it } from 'vitest';
import {
	columnDigits,
	exportNumber,
	fill,
	formatBytes,
	formatCompact,
	formatCount,
	formatDays,
	formatDecimal,
	formatMoney,
	formatMoneyWhole,
	formatPercent,
	formatScore,
	formatThreshold,
	roundColumns
} from '$lib/i18n/format';

describe('money', () => {
	it('shows the currency and the same two decimals on every amount of a column', () => {
		expect([255, 66.5, 19.374, 7.514].map((v) => formatMoney(v, 'en', 'CNY'))).toEqual([
			'¥255.00',
			'¥66.50',
			'¥19.37',
			'¥7.51'
		]);
		expect(formatMoney(5000, 'zh-CN', 'CNY')).toBe('¥5,000.00');
		expect(formatMoney(12.5, 'en', 'USD')).toBe('$12.50');
		expect(formatMoney(12.5, 'en', 'EUR')).toBe('€12.50');
		expect(formatMoney(12.5, 'en', 'GBP')).toBe('£12.50');
	});

	it('writes totals in whole units when the column asks for 0 decimals', () => {
		expect(formatMoney(16_189_999.6, 'en', 'CNY', 0)).toBe('¥16,190,000');
	});

	it('keeps the sign on refunds, shows zero as zero, and a dash for a missing value', () => {
		expect(formatMoney(-42.1, 'en', 'CNY')).toBe('-¥42.10');
		expect(formatMoney(0, 'en', 'CNY')).toBe('¥0.00');
		expect(formatMoney(-0.001, 'en', 'CNY')).toBe('¥0.00');
		expect(formatMoney(NaN, 'en', 'CNY')).toBe('—');
		expect(formatMoney(Infinity, 'zh-CN')).toBe('—');
	});

	it('writes amounts without a symbol when the currency is unknown', () => {
		expect(formatMoney(66.5, 'en')).toBe('66.50');
	});

	it('handles huge amounts without exponent notation', () => {
		expect(formatMoney(1e12, 'en', 'USD', 0)).toBe('$1,000,000,000,000');
	});
});

describe('compact totals', () => {
	it('uses 万 and 亿 in Chinese and K/M/B in English', () => {
		expect(formatCompact(16_190_000, 'zh-CN', 'CNY')).toBe('¥1619万');
		expect(formatCompact(123_456_789, 'zh-CN', 'CNY')).toBe('¥1.23亿');
		expect(formatCompact(16_190_000, 'en', 'USD')).toBe('$16.19M');
		expect(formatCompact(2_500_000_000, 'en')).toBe('2.5B');
	});

	it('writes amounts below 100,000 in full, whole units', () => {
		expect(formatCompact(99_999.4, 'en', 'CNY')).toBe('¥99,999');
		expect(formatCompact(NaN, 'en')).toBe('—');
	});
});

describe('counts, days, shares, scores, decimals', () => {
	it('groups counts the same way on every page (5,000, never 5000)', () => {
		expect(formatCount(5000, 'en')).toBe('5,000');
		expect(formatCount(5000, 'zh-CN')).toBe('5,000');
		expect(formatCount(1_460.6, 'en')).toBe('1,461');
		expect(formatCount(-3, 'en')).toBe('-3');
		expect(formatCount(0, 'en')).toBe('0');
		expect(formatCount(NaN, 'en')).toBe('—');
	});

	it('writes days as whole days', () => {
		expect(formatDays(233.46, 'en')).toBe('233');
		expect(formatDays(233.5, 'en')).toBe('234');
		expect(formatDays(1234.2, 'zh-CN')).toBe('1,234');
		expect(formatDays(-0.4, 'en')).toBe('0');
	});

	it('keeps a trailing zero beside one-decimal shares: 12.0% next to 12.5%', () => {
		expect(formatPercent(0.12, 'en')).toBe('12.0%');
		expect(formatPercent(0.125, 'en')).toBe('12.5%');
		expect(formatPercent(0.4567, 'zh-CN')).toBe('45.7%');
		expect(formatPercent(1, 'en', 0)).toBe('100%');
		expect(formatPercent(-0.05, 'en')).toBe('-5.0%');
		expect(formatPercent(0, 'en')).toBe('0.0%');
		expect(formatPercent(NaN, 'en')).toBe('—');
	});

	it('writes the value score with one decimal and metrics with their fixed decimals', () => {
		expect(formatScore(87, 'en')).toBe('87.0');
		expect(formatScore(87.26, 'en')).toBe('87.3');
		expect(formatDecimal(0.61, 'en', 3)).toBe('0.610');
		expect(formatDecimal(12345.678, 'en', 2)).toBe('12,345.68');
		expect(formatDecimal(NaN, 'en', 2)).toBe('—');
	});

	it('rounds thresholds sensibly: days whole, others to three significant digits', () => {
		expect(formatThreshold(83.89, 'en', true)).toBe('84');
		expect(formatThreshold(83.89, 'en')).toBe('83.9');
		expect(formatThreshold(0.6960523128509521, 'en')).toBe('0.696');
		expect(formatThreshold(12345.6, 'en')).toBe('12,300');
		expect(formatThreshold(-2.345, 'en')).toBe('-2.35');
		expect(formatThreshold(0, 'en')).toBe('0');
		expect(formatThreshold(NaN, 'en')).toBe('—');
	});

	it('writes file sizes in binary units', () => {
		expect(formatBytes(512, 'en')).toBe('512 B');
		expect(formatBytes(1536, 'en')).toBe('1.5 KB');
		expect(formatBytes(250 * 1024 * 1024, 'en')).toBe('250 MB');
	});
});

describe('message parameters', () => {
	it('groups a raw count passed to a message, in the UI language', () => {
		expect(fill('{n} customers', { n: 5000 }, 'en')).toBe('5,000 customers');
		expect(fill('共 {n} 位客户', { n: 12345 }, 'zh-CN')).toBe('共 12,345 位客户');
	});

	it('leaves identifiers and already formatted text alone', () => {
		expect(fill('seed {seed}', { seed: 20260101 }, 'en')).toBe('seed 20260101');
		expect(fill('{v}', { v: '¥5,000.00' }, 'en')).toBe('¥5,000.00');
		expect(fill('{n}', { n: 5000 })).toBe('5000');
	});
});

describe('exports', () => {
	it('writes numbers as numbers without float noise', () => {
		expect(exportNumber(0.6960523128509521, 'probability')).toBe(0.696);
		expect(exportNumber(19.374999, 'money')).toBe(19.37);
		expect(exportNumber(233.46, 'days')).toBe(233);
		expect(exportNumber(87.26, 'score')).toBe(87.3);
		expect(exportNumber(NaN, 'money')).toBe('');
		expect(exportNumber(-0.0001, 'money')).toBe(0);
	});

	it('rounds each column of a chart table to one precision', () => {
		expect(columnDigits([1, 2, 3])).toBe(0);
		expect(columnDigits([0.1, 0.6960523128509521, 1])).toBe(3);
		expect(columnDigits([255, 66.5, 19.374999])).toBe(2);
		expect(columnDigits(['a', NaN])).toBe(0);
		expect(
			roundColumns([
				['A', 255, 0.6960523128509521],
				['B', 19.374999, 0.1]
			])
		).toEqual([
			['A', 255, 0.696],
			['B', 19.37, 0.1]
		]);
	});
});

describe('formatMoneyWhole', () => {
	it('quotes totals in whole units of the currency, rounded, grouped, with the same dash for no value', () => {
		expect(formatMoneyWhole(10_000, 'en', 'USD')).toBe('$10,000');
		expect(formatMoneyWhole(1234.5, 'zh-CN', 'CNY')).toBe('¥1,235');
		expect(formatMoneyWhole(-87.4, 'en')).toBe('-87');
		expect(formatMoneyWhole(NaN, 'en', 'USD')).toBe(formatMoney(NaN, 'en', 'USD'));
	});
});
