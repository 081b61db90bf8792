// Property: any amount written in any shape a Chinese or English spreadsheet uses — grouped, full-width (全角),
// with ¥/￥/$/RMB/元, negative as -x or (x), scaled by 万/亿 — parses back to the amount it was made from.
// Fixed seed for CI (FC_SEED overrides it); fast-check prints the seed and the shrunk counterexample on failure.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseNumber } from '$lib/domain/parse/numbers';

const seed = Number(process.env.FC_SEED) || 20260305;
const params = { seed, numRuns: 400 };

/** ASCII digits and punctuation to their full-width forms (U+FF01–FF5E), as Chinese input methods type them. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const amount = fc.record({
	int: fc.bigInt({ min: 0n, max: 999_999_999_999n }).map(String),
	frac: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,2}$/)),
	negative: fc.boolean()
});

const shape = fc.record({
	grouped: fc.boolean(),
	wide: fc.boolean(),
	currency: fc.constantFrom('', '¥', '￥', '$', 'RMB ', '人民币', '元'),
	negativeStyle: fc.constantFrom('-', '()', 'after-currency')
});

interface Shape {
	grouped: boolean;
	wide: boolean;
	currency: string;
	negativeStyle: string;
}

function write(a: { int: string; frac: string; negative: boolean }, s: Shape): string {
	let body = (s.grouped ? group(a.int) : a.int) + (a.frac ? '.' + a.frac : '');
	if (s.wide) body = fullWidth(body);
	const suffix = s.currency === '元';
	const prefix = suffix ? '' : s.currency;
	if (!a.negative) return suffix ? body + '元' : prefix + body;
	if (s.negativeStyle === '()') return `(${prefix}${body}${suffix ? '元' : ''})`;
	if (s.negativeStyle === 'after-currency' && prefix) return `${prefix}-${body}`;
	return `-${prefix}${body}${suffix ? '元' : ''}`;
}

describe('parseNumber, property-based', () => {
	test.prop([amount, shape], params)('reads back every amount in every written shape', (a, s) => {
		const expected = Number(`${a.negative ? '-' : ''}${a.int}${a.frac ? '.' + a.frac : ''}`);
		expect(parseNumber(write(a, s))).toBe(expected === 0 ? (a.negative ? -0 : 0) : expected);
	});

	test.prop(
		[
			fc.integer({ min: 1, max: 99_999 }),
			fc.constantFrom(0, 1, 2),
			fc.constantFrom(['万', 1e4] as const, ['亿', 1e8] as const),
			fc.boolean(),
			fc.constantFrom('', '¥', '￥')
		],
		params
	)(
		'reads 万 and 亿 units, with or without decimals, currency and full-width digits',
		(m, dp, unit, wide, cur) => {
			const mantissa = m / 10 ** dp;
			let text = mantissa.toFixed(dp) + unit[0];
			if (wide) text = fullWidth(text);
			const got = parseNumber(cur + text);
			expect(Math.abs(got - mantissa * unit[1])).toBeLessThanOrEqual(Math.abs(mantissa * unit[1]) * 1e-12);
		}
	);
});

describe('parseNumber, hand-made cases from Chinese spreadsheets', () => {
	test.each([
		['０１２３．５', 123.5],
		['１，２３４', 1234],
		['￥１，２３４．５０', 1234.5],
		['¥-1,234.50', -1234.5],
		['-￥88', -88],
		['1.2万', 12000],
		['3亿', 300_000_000],
		['2.5万元', 25000],
		['(1,234.50)', -1234.5]
	])('%s → %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});
});
