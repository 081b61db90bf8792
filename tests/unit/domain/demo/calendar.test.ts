import { describe, expect, it } from 'vitest';
import {
	addMonths,
	civilFromDays,
	daysFromCivil,
	formatIsoDay,
	formatSlashDay,
	parseIsoDay
} from '$lib/domain/demo/calendar';
import { isPromotionDay, seasonalFactor } from '$lib/domain/demo/seasonality';

const DAY_MS = 86_400_000;

describe('calendar', () => {
	it('counts days from 1970-01-01 like Date.UTC does', () => {
		expect(daysFromCivil(1970, 1, 1)).toBe(0);
		// 2000-01-01 is 30 years (7 of them leap: 72, 76, …, 96) after 1970: 30·365 + 7 = 10957
		expect(daysFromCivil(2000, 1, 1)).toBe(10957);
		expect(daysFromCivil(2000, 3, 1)).toBe(10957 + 31 + 29);
		for (let d = daysFromCivil(2019, 1, 1); d < daysFromCivil(2031, 1, 1); d += 37) {
			const date = new Date(d * DAY_MS);
			expect(civilFromDays(d)).toEqual({
				year: date.getUTCFullYear(),
				month: date.getUTCMonth() + 1,
				day: date.getUTCDate()
			});
		}
	});

	it('parses strict ISO days and rejects impossible ones', () => {
		expect(parseIsoDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / DAY_MS);
		expect(parseIsoDay('2025-02-29')).toBeNull();
		expect(parseIsoDay('2025-2-3')).toBeNull();
		expect(parseIsoDay('2025/02/03')).toBeNull();
	});

	it('adds calendar months and clamps to the end of a shorter month', () => {
		expect(formatIsoDay(addMonths(daysFromCivil(2024, 1, 31), 1))).toBe('2024-02-29');
		expect(formatIsoDay(addMonths(daysFromCivil(2025, 12, 31), 6))).toBe('2026-06-30');
		expect(formatIsoDay(addMonths(daysFromCivil(2025, 11, 15), 3))).toBe('2026-02-15');
		expect(formatIsoDay(addMonths(daysFromCivil(2025, 3, 10), 0))).toBe('2025-03-10');
	});

	it('formats a day as 2024-03-05 (en) or 2024/3/5 (zh)', () => {
		expect(formatIsoDay(daysFromCivil(2024, 3, 5))).toBe('2024-03-05');
		expect(formatSlashDay(daysFromCivil(2024, 3, 5))).toBe('2024/3/5');
		expect(formatSlashDay(daysFromCivil(2025, 12, 31))).toBe('2025/12/31');
	});
});

describe('seasonality', () => {
	const ordinary = seasonalFactor(daysFromCivil(2025, 3, 12));

	it('peaks on Double 11 and 618 and dips over Spring Festival (29 Jan 2025)', () => {
		expect(seasonalFactor(daysFromCivil(2025, 11, 11))).toBeGreaterThan(2.5 * ordinary);
		expect(seasonalFactor(daysFromCivil(2025, 6, 18))).toBeGreaterThan(1.5 * ordinary);
		expect(seasonalFactor(daysFromCivil(2025, 1, 30))).toBeLessThan(0.6 * ordinary);
	});

	it('marks 618, 1–11 November and 12 December as promotion days only', () => {
		expect(isPromotionDay(daysFromCivil(2025, 6, 18))).toBe(true);
		expect(isPromotionDay(daysFromCivil(2025, 6, 19))).toBe(false);
		expect(isPromotionDay(daysFromCivil(2025, 11, 11))).toBe(true);
		expect(isPromotionDay(daysFromCivil(2025, 11, 12))).toBe(false);
		expect(isPromotionDay(daysFromCivil(2025, 12, 12))).toBe(true);
		expect(isPromotionDay(daysFromCivil(2025, 3, 12))).toBe(false);
	});
});
