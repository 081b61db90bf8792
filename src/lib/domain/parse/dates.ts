// Date parsing for spreadsheet cells. A wall-clock time without an offset is read as if it were UTC, so no
// time zone can move a date to the neighbouring day; an explicit 'Z' or '+08:00' is honoured as a real instant.
// Two-digit years follow Excel: 00–29 → 2000–2029, 30–99 → 1930–1999.

import type { ColumnSpec } from '../columns';
import { toHalfWidth } from './width';

export { excelSerialToEpochMs, parseExcelSerial } from './excel-serial';

/** Field order of d/m/y dates: 'ymd' | 'mdy' | 'dmy', taken from ColumnSpec so the two cannot drift apart. */
export type DateOrder = NonNullable<ColumnSpec['dateOrder']>;

const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); no Date allocation. */
function daysFromCivil(y: number, m: number, d: number): number {
	const yy = m <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Epoch ms of a calendar date, NaN when the date does not exist (2023-02-29, month 13). */
export function utcDateMs(y: number, m: number, d: number): number {
	if (!(y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return NaN;
	const max = m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1];
	if (d > max) return NaN;
	return daysFromCivil(y, m, d) * DAY_MS;
}

function digit(s: string, i: number): number {
	const c = s.charCodeAt(i) - 48;
	return c >= 0 && c <= 9 ? c : -1000;
}

/** `YYYY-MM-DD`, optionally followed by `[T ]HH:MM[:SS[.fff]]`, read without regular expressions. */
function parseIsoFast(s: string): number {
	const n = s.length;
	if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
	const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
	const m = digit(s, 5) * 10 + digit(s, 6);
	const d = digit(s, 8) * 10 + digit(s, 9);
	if (y < 0 || m < 0 || d < 0) return NaN;
	const day = utcDateMs(y, m, d);
	if (n === 10 || Number.isNaN(day)) return day;
	const sep = s.charCodeAt(10);
	if (sep !== 84 && sep !== 32) return NaN; // 'T' or ' '
	if (n === 16 || n === 19) {
		if (s.charCodeAt(13) !== 58) return NaN;
		const hh = digit(s, 11) * 10 + digit(s, 12);
		const mi = digit(s, 14) * 10 + digit(s, 15);
		let ss = 0;
		if (n === 19) {
			if (s.charCodeAt(16) !== 58) return NaN;
			ss = digit(s, 17) * 10 + digit(s, 18);
		}
		if (hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59) return NaN;
		return day + (hh * 3600 + mi * 60 + ss) * 1000;
	}
	return parseDateSlow(s, 'ymd');
}

const time = (sep: string) =>
	String.raw`(?:${sep}(上午|下午)?\s*(\d{1,2})(?::|时)(\d{2})(?:(?::|分)(\d{2})(?:[.,](\d{1,9}))?秒?)?分?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2})?)?`;
const TIME = time(String.raw`[T\s]+`);
const NUMERIC = new RegExp(String.raw`^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})` + TIME + '$');
const CHINESE = new RegExp(
	String.raw`^(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?` + time(String.raw`\s*`) + '$'
);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH_NAME = new RegExp(
	String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([A-Za-z]{3,9})\.?,?[\s\-/]+(\d{4}|\d{2})` + TIME + '$'
);
const MONTH_NAME_DAY = new RegExp(
	String.raw`^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME + '$'
);
const MONTHS: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
	january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
	november: 11, december: 12
}; // prettier-ignore

/** Excel's pivot: 00–29 → 2000s, 30–99 → 1900s. */
export function expandYear(y: number, digits: number): number {
	if (digits !== 2) return y;
	return y < 30 ? 2000 + y : 1900 + y;
}

/** Adds the time groups (at `at` in the match: meridiem-cn, h, m, s, fraction, meridiem-en, offset) to a day. */
function withTime(day: number, m: RegExpExecArray, at: number): number {
	if (Number.isNaN(day) || m[at + 1] === undefined) return day;
	let h = +m[at + 1];
	const mi = +m[at + 2];
	const sec = m[at + 3] === undefined ? 0 : +m[at + 3];
	const frac = m[at + 4] === undefined ? 0 : Math.round(+('0.' + m[at + 4]) * 1000);
	const meridiem = m[at] ?? m[at + 5];
	if (meridiem !== undefined) {
		if (h < 1 || h > 12) return NaN;
		const pm = meridiem === '下午' || meridiem.toLowerCase() === 'pm';
		h = (h % 12) + (pm ? 12 : 0);
	}
	if (h > 23 || mi > 59 || sec > 59) return NaN;
	let ms = day + ((h * 60 + mi) * 60 + sec) * 1000 + frac;
	const offset = m[at + 6];
	if (offset !== undefined && offset !== 'Z') {
		const digits = offset.replace(':', '');
		const minutes = +digits.slice(1, 3) * 60 + +digits.slice(3, 5);
		ms -= (offset[0] === '-' ? -1 : 1) * minutes * 60_000;
	}
	return ms;
}

/**
 * Parses a date or date-time cell to UTC epoch milliseconds; NaN when unparsable or impossible.
 * `order` settles d/m/y fields; year-first values are always y-m-d. With order 'ymd' and the year last
 * (`3/5/2024`), m/d/y is tried, then d/m/y. Excel serial numbers are not dates here: see `parseExcelSerial`.
 */
export function parseDate(raw: string, order: DateOrder = 'ymd'): number {
	const fast = parseIsoFast(raw);
	if (!Number.isNaN(fast)) return fast;
	return parseDateSlow(raw, order);
}

function parseDateSlow(raw: string, order: DateOrder): number {
	const s = toHalfWidth(raw).trim();
	if (s.length < 6) return NaN;
	let m = NUMERIC.exec(s);
	if (m) return withTime(numericDay(m[1], m[3], m[4], order), m, 5);
	m = CHINESE.exec(s);
	if (m) return withTime(utcDateMs(expandYear(+m[1], m[1].length), +m[2], +m[3]), m, 4);
	if (s.length === 8) {
		m = COMPACT.exec(s);
		return m ? utcDateMs(+m[1], +m[2], +m[3]) : NaN;
	}
	m = DAY_MONTH_NAME.exec(s);
	if (m) {
		const month = MONTHS[m[2].toLowerCase()];
		return month ? withTime(utcDateMs(expandYear(+m[3], m[3].length), month, +m[1]), m, 4) : NaN;
	}
	m = MONTH_NAME_DAY.exec(s);
	if (m) {
		const month = MONTHS[m[1].toLowerCase()];
		return month ? withTime(utcDateMs(+m[3], month, +m[2]), m, 4) : NaN;
	}
	return NaN;
}

/** Whether the year is the first field of a three-field numeric date. */
function yearFirst(a: string, c: string, order: DateOrder): boolean {
	if (a.length === 4 || a.length === 3) return true;
	if (c.length === 4 || c.length === 3) return false;
	// All fields short (24/3/5 or 3/5/24): a field above 31 can only be a year; otherwise trust the order.
	if (+a > 31) return true;
	if (+c > 31) return false;
	return order === 'ymd';
}

function numericDay(a: string, b: string, c: string, order: DateOrder): number {
	if (yearFirst(a, c, order)) {
		if (a.length === 3 || (a.length !== 4 && a.length !== 2) || c.length > 2) return NaN;
		return utcDateMs(expandYear(+a, a.length), +b, +c);
	}
	if ((c.length !== 4 && c.length !== 2) || a.length > 2) return NaN;
	const y = expandYear(+c, c.length);
	if (order === 'dmy') return utcDateMs(y, +b, +a);
	if (order === 'mdy') return utcDateMs(y, +a, +b);
	const mdy = utcDateMs(y, +a, +b);
	return Number.isNaN(mdy) ? utcDateMs(y, +b, +a) : mdy;
}

/** True when `parseDate` reads the cell in some field order. */
export function looksLikeDate(raw: string): boolean {
	return !Number.isNaN(parseDate(raw, 'ymd')) || !Number.isNaN(parseDate(raw, 'dmy'));
}

const FIELDS = /^\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:\D|$)/;

/**
 * Chooses the d/m/y order of a column from its values: a first field above 12 means d/m/y, a second field
 * above 12 means m/d/y, a four-digit first field means y/m/d. When no value decides, year-first columns are
 * 'ymd' and the rest default to 'mdy' (US exports are the common source of year-last dates) with
 * `ambiguous: true`, so the UI can ask. Conflicting evidence follows the majority and is also ambiguous. Year-first
 * values mixed in (2024-03-05 beside 3/15/2024) are read by their own shape and leave the decision to the rest.
 */
export function detectDateOrder(samples: readonly string[]): { order: DateOrder; ambiguous: boolean } {
	let ymd = 0;
	let yearLast = 0;
	let dmy = 0;
	let mdy = 0;
	for (const raw of samples) {
		const m = FIELDS.exec(toHalfWidth(raw));
		if (!m) continue;
		const [a, b, c] = [m[1], m[2], m[3]];
		if (a.length >= 3 || (+a > 31 && c.length <= 2)) {
			ymd++;
			continue;
		}
		if (c.length < 2) continue;
		yearLast++;
		if (+a > 12 && +b <= 12) dmy++;
		else if (+b > 12 && +a <= 12) mdy++;
	}
	if (yearLast === 0) return { order: 'ymd', ambiguous: false };
	// Year-first values are read as y-m-d whatever the order, so they never make a decided column ambiguous.
	if (dmy > 0 && mdy === 0) return { order: 'dmy', ambiguous: false };
	if (mdy > 0 && dmy === 0) return { order: 'mdy', ambiguous: false };
	if (dmy > mdy) return { order: 'dmy', ambiguous: true };
	return { order: ymd > yearLast ? 'ymd' : 'mdy', ambiguous: true };
}
