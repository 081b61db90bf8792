// Calendar arithmetic on whole days since 1970-01-01 (Hinnant's civil-date algorithms): pure integer
// maths, so the demo never depends on the host's Date, time zone or locale.

export interface CivilDate {
	year: number;
	month: number; // 1–12
	day: number; // 1–31
}

/** Days since 1970-01-01 for a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): CivilDate {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses a strict `YYYY-MM-DD`; null when malformed or not a real date (e.g. 2025-02-30). */
export function parseIsoDay(text: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const days = daysFromCivil(year, month, day);
	const back = civilFromDays(days);
	return back.year === year && back.month === month && back.day === day ? days : null;
}

/** Adds whole calendar months, clamping to the month's last day (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(days: number, months: number): number {
	const { year, month, day } = civilFromDays(days);
	const index = year * 12 + (month - 1) + months;
	const y = Math.floor(index / 12);
	const mo = index - y * 12 + 1;
	const lastDay = civilFromDays(daysFromCivil(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 1) - 1).day;
	return daysFromCivil(y, mo, Math.min(day, lastDay));
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** `2024-03-05` */
export function formatIsoDay(days: number): string {
	const { year, month, day } = civilFromDays(days);
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `2024/3/5` — how Chinese spreadsheets usually show a date. */
export function formatSlashDay(days: number): string {
	const { year, month, day } = civilFromDays(days);
	return `${year}/${month}/${day}`;
}
