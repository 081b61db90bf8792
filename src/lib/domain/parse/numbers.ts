// Number parsing for spreadsheet cells: plain decimals take a fast path (called for every cell of large
// files); money, thousands separators, full-width digits, 万/亿 units, percents and (300) negatives take the slow one.

import { markAlternation, MARKS_AFTER, MARKS_BEFORE } from '../currency-marks';
import { toHalfWidth } from './width';

export { toHalfWidth };

/** Plain `-?digits[.digits]` with at least one digit: the overwhelmingly common case. */
function isPlainDecimal(s: string): boolean {
	const n = s.length;
	if (n === 0) return false;
	let i = s.charCodeAt(0) === 45 ? 1 : 0;
	let digits = 0;
	let dot = false;
	for (; i < n; i++) {
		const c = s.charCodeAt(i);
		if (c >= 48 && c <= 57) digits++;
		else if (c === 46 && !dot) dot = true;
		else return false;
	}
	return digits > 0;
}

// Currency marks are only accepted at either end of the value (after or before the sign).
// The one list of marks (domain/currency-marks.ts), shared with the currency guess.
const CURRENCY_PREFIX = new RegExp(`^(?:${markAlternation(MARKS_BEFORE)})\\s*`, 'i');
const CURRENCY_SUFFIX = new RegExp(`\\s*(?:${markAlternation(MARKS_AFTER)})$`, 'i');
const EXPONENT = /[eE]([+-]?\d{1,3})$/;
const NUMBER_BODY = /^[\d.,' ]+$/;

// Longest first so '百万' wins over '万'.
const UNITS: readonly [string, number][] = [
	['万亿', 1e12],
	['千万', 1e7],
	['百万', 1e6],
	['亿', 1e8],
	['万', 1e4],
	['千', 1e3],
	['k', 1e3],
	['K', 1e3]
];

/**
 * Parses a number from a cell; NaN when it is not one. `1,234` is 1234 (a lone comma followed by exactly three
 * digits is read as a thousands separator); `1,5` and `1.234,50` use a decimal comma; `12.5%` is 0.125.
 */
export function parseNumber(raw: string): number {
	if (isPlainDecimal(raw)) return +raw;
	const money = parseGroupedMoney(raw);
	return Number.isNaN(money) ? parseNumberSlow(raw) : money;
}

/**
 * Second fast path, without allocation: `[-][¥￥$€£][-]1,234,567.89` with comma groups of three.
 * Anything else returns NaN and goes to the slow path, which may still read it.
 */
function parseGroupedMoney(s: string): number {
	const n = s.length;
	let i = 0;
	let negative = false;
	let c = s.charCodeAt(0);
	if (c === 45) {
		negative = true;
		c = s.charCodeAt(++i);
	}
	if (c === 0xa5 || c === 0xffe5 || c === 36 || c === 0x20ac || c === 0xa3) c = s.charCodeAt(++i);
	if (c === 45 && !negative) {
		negative = true;
		i++;
	}
	let mantissa = 0;
	let digits = 0;
	let sinceComma = -1; // digits since the last comma; -1 before any comma
	let groupStart = 0;
	for (; i < n; i++) {
		c = s.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			mantissa = mantissa * 10 + (c - 48);
			digits++;
			if (sinceComma >= 0) sinceComma++;
			else groupStart++;
		} else if (c === 44) {
			// '0,125' is a decimal comma: leave it to the slow path.
			if (mantissa === 0) return NaN;
			if (sinceComma >= 0 ? sinceComma !== 3 : groupStart < 1 || groupStart > 3) return NaN;
			sinceComma = 0;
		} else break;
	}
	if (digits === 0 || (sinceComma >= 0 && sinceComma !== 3)) return NaN;
	let scale = 1;
	if (i < n) {
		if (s.charCodeAt(i) !== 46) return NaN;
		for (i++; i < n; i++) {
			c = s.charCodeAt(i);
			if (c < 48 || c > 57) return NaN;
			mantissa = mantissa * 10 + (c - 48);
			scale *= 10;
			digits++;
		}
	}
	// Beyond 15 digits the integer mantissa may be inexact; the slow path rounds through Number(string).
	if (digits > 15) return NaN;
	const value = scale === 1 ? mantissa : mantissa / scale;
	return negative ? -value : value;
}

function parseNumberSlow(raw: string): number {
	let s = toHalfWidth(raw).trim();
	if (s.length === 0) return NaN;
	let negative = false;
	let signSeen = false;
	let scale = 1;

	if (s.charCodeAt(0) === 40 && s.charCodeAt(s.length - 1) === 41) {
		negative = true;
		signSeen = true;
		s = s.slice(1, -1).trim();
	}
	// Sign and currency in either order: '-¥1,234', '¥-1,234', '-$ 5'.
	for (let pass = 0; pass < 2; pass++) {
		const c = s.charCodeAt(0);
		if ((c === 43 || c === 45) && !signSeen) {
			negative = c === 45;
			signSeen = true;
			s = s.slice(1).trim();
		}
		const m = CURRENCY_PREFIX.exec(s);
		if (m) s = s.slice(m[0].length);
	}
	const suffix = CURRENCY_SUFFIX.exec(s);
	if (suffix) s = s.slice(0, s.length - suffix[0].length);
	if (!signSeen && s.charCodeAt(0) === 40 && s.charCodeAt(s.length - 1) === 41) {
		negative = true;
		s = s.slice(1, -1).trim();
	}

	const last = s[s.length - 1];
	if (last === '%') {
		scale = 0.01;
		s = s.slice(0, -1).trimEnd();
	} else if (last === '‰') {
		scale = 0.001;
		s = s.slice(0, -1).trimEnd();
	} else {
		for (const [unit, factor] of UNITS) {
			if (s.endsWith(unit)) {
				scale = factor;
				s = s.slice(0, -unit.length).trimEnd();
				break;
			}
		}
		// '1.2万元' has its currency after the unit.
	}

	const value = parseNumberBody(s);
	if (Number.isNaN(value)) return NaN;
	const scaled = scale === 1 ? value : value * scale;
	// Round away binary noise introduced by the scale (1.2 × 10000 = 12000.000000000002).
	const result = scale === 1 ? scaled : Number(scaled.toPrecision(15));
	return negative ? -result : result;
}

/** Digits with optional grouping and decimal separators and an optional exponent; no sign, no symbols. */
function parseNumberBody(input: string): number {
	let s = input;
	let exponent = '';
	const e = EXPONENT.exec(s);
	if (e) {
		exponent = 'e' + e[1];
		s = s.slice(0, e.index);
	}
	if (s.length === 0 || !NUMBER_BODY.test(s)) return NaN;
	const first = s.charCodeAt(0);
	const lastCode = s.charCodeAt(s.length - 1);
	if (!(first >= 48 && first <= 57) && first !== 46) return NaN;
	if (!(lastCode >= 48 && lastCode <= 57)) return NaN;

	let dots = 0;
	let commas = 0;
	let spaces = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c === '.') dots++;
		else if (c === ',') commas++;
		else if (c === ' ' || c === "'") spaces++;
	}
	let decimal = '';
	let group = '';
	if (dots > 0 && commas > 0) {
		decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
		group = decimal === '.' ? ',' : '.';
	} else if (commas > 0) {
		const afterComma = s.length - s.lastIndexOf(',') - 1;
		const beforeComma = s.slice(0, s.indexOf(','));
		if (commas === 1 && (afterComma !== 3 || beforeComma === '0')) decimal = ',';
		else group = ',';
	} else if (dots > 1) {
		group = '.';
	} else if (dots === 1) {
		decimal = '.';
	}
	if (spaces > 0) {
		if (group !== '') return NaN;
		group = ' ';
		s = s.replace(/'/g, ' ');
	}
	if (decimal !== '' && s.indexOf(decimal) !== s.lastIndexOf(decimal)) return NaN;

	let intPart = s;
	let fracPart = '';
	if (decimal !== '') {
		const at = s.indexOf(decimal);
		intPart = s.slice(0, at);
		fracPart = s.slice(at + 1);
		if (!isDigits(fracPart)) return NaN;
	}
	if (group !== '') {
		const groups = intPart.split(group);
		if (groups[0].length < 1 || groups[0].length > 3 || !isDigits(groups[0])) return NaN;
		for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3 || !isDigits(groups[i])) return NaN;
		intPart = groups.join('');
	} else if (intPart !== '' && !isDigits(intPart)) return NaN;
	return Number((intPart || '0') + (fracPart ? '.' + fracPart : '') + exponent);
}

function isDigits(s: string): boolean {
	if (s.length === 0) return false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

/** True when the cell parses as a number by `parseNumber`. */
export function looksNumeric(raw: string): boolean {
	return !Number.isNaN(parseNumber(raw));
}
