// What a column's sample values look like: dates, numbers, yes/no, identifiers, phones, e-mails. Identifiers
// (zero-padded codes, 11-digit phones, 18-digit ID cards) are never numbers: arithmetic on them loses meaning or digits.

import type { ValueType } from '../columns';
import { parseNumber } from './numbers';
import { parseDate, looksLikeDate } from './dates';
import { parseBoolean } from './booleans';

export interface ColumnProfile {
	/** Non-empty sample values. */
	count: number;
	distinct: number;
	numeric: number;
	dates: number;
	booleans: number;
	phones: number;
	emails: number;
	/** Numbers written with a fractional part (11.77, 0.5). */
	decimals: number;
	identifier: boolean;
	values: string[];
}

const ZERO_PADDED = /^0\d+$/;
const LONG_DIGITS = /^\d{11,}$/;
const ID_CARD = /^\d{17}[\dXx]$/;
const CODE = /^(?=[A-Za-z0-9-_/]*\d)(?=[A-Za-z0-9-_/]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-_/]*$/;
const PHONE = /^(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}$/;
const LANDLINE = /^(?:\+?\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?)?\d{3,4}[\s-]?\d{4}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const COMPACT_DATE = /^(?:19|20)\d{6}$/;

function isIdentifierValue(v: string): boolean {
	return ZERO_PADDED.test(v) || LONG_DIGITS.test(v) || ID_CARD.test(v) || CODE.test(v);
}

/**
 * True when (at least 90 % of) the values are codes rather than quantities: zero-padded digits, 11+ digit
 * strings (phones, ID cards), or letter-and-digit codes such as `7590-VHVEG` or `85123A`.
 */
export function looksLikeIdentifier(values: readonly string[]): boolean {
	let n = 0;
	let ids = 0;
	for (const raw of values) {
		const v = raw.trim();
		if (v === '') continue;
		n++;
		if (isIdentifierValue(v)) ids++;
	}
	return n > 0 && ids >= n * 0.9;
}

/** A date cell by content; plain numbers count only as 8-digit YYYYMMDD in 1900–2099. */
function isDateValue(v: string, isNumber: boolean): boolean {
	if (isNumber) return COMPACT_DATE.test(v) && !Number.isNaN(parseDate(v));
	return looksLikeDate(v);
}

export function profileColumn(values: readonly string[]): ColumnProfile {
	const p: ColumnProfile = {
		count: 0, distinct: 0, numeric: 0, dates: 0, booleans: 0, phones: 0, emails: 0, decimals: 0,
		identifier: false, values: []
	}; // prettier-ignore
	const seen = new Set<string>();
	for (const raw of values) {
		const v = (raw ?? '').trim();
		if (v === '') continue;
		p.count++;
		p.values.push(v);
		seen.add(v);
		const num = parseNumber(v);
		const isNumber = !Number.isNaN(num);
		if (isNumber) {
			p.numeric++;
			if (!Number.isInteger(num)) p.decimals++;
		}
		if (isDateValue(v, isNumber)) p.dates++;
		if (parseBoolean(v) !== -1) p.booleans++;
		if (PHONE.test(v) || (!isNumber && LANDLINE.test(v))) p.phones++;
		if (EMAIL.test(v)) p.emails++;
	}
	p.distinct = seen.size;
	p.identifier = looksLikeIdentifier(p.values);
	return p;
}

const MOST = 0.9;

/** The value type the values alone suggest. */
export function inferValueType(p: ColumnProfile): ValueType {
	if (p.count === 0) return 'text';
	if (p.dates >= p.count * MOST) return 'date';
	if (p.identifier || p.phones >= p.count * MOST) return p.distinct > p.count * 0.5 ? 'text' : 'category';
	if (p.numeric >= p.count * MOST) return 'number';
	if (p.distinct <= Math.max(20, p.count * 0.5)) return 'category';
	return 'text';
}
