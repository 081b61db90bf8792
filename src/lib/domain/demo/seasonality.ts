// Retail seasonality for the demo: a multiplier on each customer's daily purchase rate, shaped like a
// Chinese e-commerce year (Spring Festival dip, 618 in June, Double 11, Double 12 and a busy December).

import { civilFromDays, daysFromCivil } from './calendar';

/** Upper bound of seasonalFactor, fixed (not measured over a range) so Poisson thinning is horizon-independent. */
export const SEASON_MAX = 4;

// Spring Festival (lunar new year's day) by Gregorian year; outside this table we fall back to early February.
const SPRING_FESTIVAL: Record<number, [number, number]> = {
	2018: [2, 16],
	2019: [2, 5],
	2020: [1, 25],
	2021: [2, 12],
	2022: [2, 1],
	2023: [1, 22],
	2024: [2, 10],
	2025: [1, 29],
	2026: [2, 17],
	2027: [2, 6],
	2028: [1, 26],
	2029: [2, 13],
	2030: [2, 3]
};

// Baseline by month, Jan..Dec: a summer lull and a stronger fourth quarter.
const MONTH_BASE = [0.95, 0.9, 1.0, 1.0, 1.05, 1.2, 0.9, 0.9, 1.0, 1.05, 1.25, 1.2];

function springFestivalDay(year: number): number {
	const [month, day] = SPRING_FESTIVAL[year] ?? [2, 5];
	return daysFromCivil(year, month, day);
}

/** Relative purchase intensity on a given day (≈1 on an ordinary day, up to SEASON_MAX on 11 November). */
export function seasonalFactor(days: number): number {
	const { year, month, day } = civilFromDays(days);
	let factor = MONTH_BASE[month - 1];
	// The festival moves between late January and mid February: shoppers stock up beforehand, then stop.
	const fromFestival = days - springFestivalDay(year);
	if (fromFestival >= -24 && fromFestival < -7) factor *= 1.25;
	else if (fromFestival >= -7 && fromFestival <= 10) factor *= 0.45;
	if (month === 6 && day <= 18) factor *= day >= 16 ? 2.2 : 1.35; // 618 shopping festival
	if (month === 10 && day >= 20) factor *= 1.2; // Double 11 pre-sales
	if (month === 11) factor *= day === 11 ? 3.2 : day <= 10 ? 1.6 : 1.05; // Double 11
	if (month === 12 && day === 12) factor *= 1.8; // Double 12
	return Math.min(factor, SEASON_MAX);
}

/** True on the promotion days, when list prices are discounted. */
export function isPromotionDay(days: number): boolean {
	const { month, day } = civilFromDays(days);
	return (
		(month === 6 && day >= 1 && day <= 18) || (month === 11 && day <= 11) || (month === 12 && day === 12)
	);
}
