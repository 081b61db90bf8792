// Property: any date (with or without a time) written in any shape a spreadsheet uses — 2024-03-05, 2024/3/5,
// 2024年3月5日, 2024.03.05, full-width digits, year-last m/d/y or d/m/y — parses back to the same instant, each value
// by its own shape; and a column mixing those shapes asks for the d/m order only when no value settles it.
// Fixed seed for CI (FC_SEED overrides it); fast-check prints the seed and the shrunk counterexample on failure.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { detectDateOrder, parseDate, type DateOrder } from '$lib/domain/parse/dates';

const seed = Number(process.env.FC_SEED) || 20260305;
const params = { seed, numRuns: 400 };

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const pad = (n: number) => String(n).padStart(2, '0');

const moment = fc.record({
	day: fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 }),
	time: fc.option(
		fc.record({
			h: fc.integer({ min: 0, max: 23 }),
			m: fc.integer({ min: 0, max: 59 }),
			s: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined })
		}),
		{ nil: undefined }
	)
});
interface Moment {
	day: number;
	time?: { h: number; m: number; s?: number };
}

const YEAR_FIRST = ['iso', 'slash', 'chinese', 'dots'] as const;
type Shape = (typeof YEAR_FIRST)[number] | 'mdy' | 'dmy';

function write(t: Moment, shape: Shape, padded: boolean, wide: boolean): string {
	const d = new Date(t.day * 86_400_000);
	const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
	const mm = padded || shape === 'iso' ? pad(m) : String(m);
	const dd = padded || shape === 'iso' ? pad(day) : String(day);
	let text =
		shape === 'iso'
			? `${y}-${mm}-${dd}`
			: shape === 'slash'
				? `${y}/${mm}/${dd}`
				: shape === 'chinese'
					? `${y}年${mm}月${dd}日`
					: shape === 'dots'
						? `${y}.${mm}.${dd}`
						: shape === 'mdy'
							? `${mm}/${dd}/${y}`
							: `${dd}/${mm}/${y}`;
	if (t.time) {
		text += ` ${t.time.h}:${pad(t.time.m)}`;
		if (t.time.s !== undefined) text += `:${pad(t.time.s)}`;
	}
	return wide ? fullWidth(text) : text;
}

const instant = (t: Moment) =>
	t.day * 86_400_000 + (t.time ? ((t.time.h * 60 + t.time.m) * 60 + (t.time.s ?? 0)) * 1000 : 0);

describe('parseDate, property-based', () => {
	test.prop([moment, fc.constantFrom(...YEAR_FIRST), fc.boolean(), fc.boolean()], params)(
		'reads back every year-first shape, whatever the column order says',
		(t, shape, padded, wide) => {
			const text = write(t as Moment, shape, padded, wide);
			for (const order of ['ymd', 'mdy', 'dmy'] as DateOrder[])
				expect(parseDate(text, order)).toBe(instant(t as Moment));
		}
	);

	test.prop([moment, fc.constantFrom('mdy', 'dmy') as fc.Arbitrary<'mdy' | 'dmy'>, fc.boolean()], params)(
		'reads back year-last dates in the order of their column',
		(t, order, padded) => {
			expect(parseDate(write(t as Moment, order, padded, false), order)).toBe(instant(t as Moment));
		}
	);

	test.prop(
		[
			fc.array(fc.tuple(moment, fc.constantFrom(...YEAR_FIRST), fc.boolean()), {
				minLength: 1,
				maxLength: 12
			}),
			fc.array(moment, { minLength: 1, maxLength: 12 }),
			fc.constantFrom('mdy', 'dmy') as fc.Arbitrary<'mdy' | 'dmy'>
		],
		params
	)(
		'settles a mixed column from the values that decide it, and asks only when none does',
		(firsts, lasts, order) => {
			const texts = [
				...firsts.map(([t, shape, padded]) => write(t as Moment, shape, padded, false)),
				...lasts.map((t) => write(t as Moment, order, false, false))
			];
			const deciding = lasts.some((t) => new Date(t.day * 86_400_000).getUTCDate() > 12);
			const got = detectDateOrder(texts);
			if (deciding) {
				expect(got).toEqual({ order, ambiguous: false });
				texts.forEach((text, i) => {
					const t = i < firsts.length ? firsts[i][0] : lasts[i - firsts.length];
					expect(parseDate(text, got.order)).toBe(instant(t as Moment));
				});
			} else expect(got.ambiguous).toBe(true);
		}
	);
});
