// Fills `{name}` placeholders; plain so domain-free code and tests can use it without runes. With a locale, a
// number passed as-is is written as a grouped count (formatParam below), so "5000" never reaches the page.
export function fill(template: string, params?: Record<string, string | number>, locale?: Loc): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		if (!(name in params)) return whole;
		const v = params[name];
		return typeof v === 'number' && locale ? formatParam(name, v, locale) : String(v);
	});
}

export function pickLocale(languages: readonly string[]): 'zh-CN' | 'en' {
	for (const lang of languages) {
		const l = lang.toLowerCase();
		if (l.startsWith('zh')) return 'zh-CN';
		if (l.startsWith('en')) return 'en';
	}
	return 'en';
}

// Every number a user sees or exports is written here, by kind: money (the dataset's currency, fixed decimals per
// column), counts (grouped integers), days (whole), shares (fixed decimals, so 12.0% sits beside 12.5%), scores,
// plain decimals, thresholds and compact totals (万/亿 in zh-CN). Pages call these through
// $lib/components/charts/format (which adds the UI language); tests/unit/i18n/no-adhoc-format.test.ts keeps
// routes and components from formatting numbers themselves. A missing value (NaN, ±Infinity) is an em dash.
export type CurrencyCode = 'CNY' | 'USD' | 'EUR' | 'GBP';
export const CURRENCIES: readonly CurrencyCode[] = ['CNY', 'USD', 'EUR', 'GBP'];
type Loc = 'zh-CN' | 'en';
export const DASH = '—';

/** Fixed decimals: a column formatted with one `digits` never mixes 66.5 with 19.37. -0 shows as 0. */
function fixed(v: number, locale: Loc, digits: number, extra: Intl.NumberFormatOptions = {}): string {
	// A percentage shows v × 100: round two places further so 0.125 keeps its 12.5%.
	const f = 10 ** (extra.style === 'percent' ? digits + 2 : digits);
	const r = Math.round(v * f) / f;
	return (Object.is(r, -0) || r === 0 ? 0 : r).toLocaleString(locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		...extra
	});
}

const currencyStyle = (currency: CurrencyCode): Intl.NumberFormatOptions => ({
	style: 'currency',
	currency,
	currencyDisplay: 'narrowSymbol'
});

/**
 * Money with the dataset's currency (none when unknown) and a fixed number of decimals: 2 for amounts per
 * customer or order, 0 for totals (the caller picks one per column, never per value).
 */
export function formatMoney(v: number, locale: Loc, currency?: CurrencyCode, digits = 2): string {
	if (!Number.isFinite(v)) return DASH;
	return fixed(v, locale, digits, currency ? currencyStyle(currency) : {});
}

/** Totals in whole units of money ($10,000, not $10,000.00): prose, KPI cards, tier revenue, budgets. */
export function formatMoneyWhole(v: number, locale: Loc, currency?: CurrencyCode): string {
	return formatMoney(v, locale, currency, 0);
}

/** Counts: whole and grouped (5,000 everywhere, never 5000). */
export function formatCount(v: number, locale: Loc): string {
	return Number.isFinite(v) ? fixed(v, locale, 0) : DASH;
}

/** Shares 0–1 as percentages with fixed decimals: 0.12 → "12.0%" beside 0.125 → "12.5%". */
export function formatPercent(share: number, locale: Loc, digits = 1): string {
	return Number.isFinite(share) ? fixed(share, locale, digits, { style: 'percent' }) : DASH;
}

/** Days are whole days: 233.46 → "233". */
export function formatDays(v: number, locale: Loc): string {
	return formatCount(v, locale);
}

/** Plain decimals with a fixed count (AUC 0.610, lift 1.4, ratios): one per column or metric. */
export function formatDecimal(v: number, locale: Loc, digits: number): string {
	return Number.isFinite(v) ? fixed(v, locale, digits) : DASH;
}

/** The 0–100 value score, and other scores on that scale: one decimal. */
export function formatScore(v: number, locale: Loc): string {
	return formatDecimal(v, locale, 1);
}

/**
 * Large totals in compact notation so a KPI card never wraps mid-number: 16.19M in English, 1,619万 / 1.23亿 in
 * Chinese. Below 100,000 the full amount, whole units.
 */
export function formatCompact(v: number, locale: Loc, currency?: CurrencyCode): string {
	if (!Number.isFinite(v)) return DASH;
	if (Math.abs(v) < 100_000) return formatMoneyWhole(v, locale, currency);
	return v.toLocaleString(locale, {
		notation: 'compact',
		minimumFractionDigits: 0,
		maximumFractionDigits: 2,
		...(currency ? currencyStyle(currency) : {})
	});
}

/**
 * A rule threshold people can read: days whole; other values to three significant digits (83.89 → 83.9,
 * 0.69605 → 0.696, 12,345.6 → 12,300).
 */
export function formatThreshold(v: number, locale: Loc, isDays = false): string {
	if (!Number.isFinite(v)) return DASH;
	if (isDays) return formatDays(v, locale);
	if (v === 0) return '0';
	const magnitude = Math.floor(Math.log10(Math.abs(v)));
	const digits = Math.max(0, 2 - magnitude);
	const f = 10 ** (2 - magnitude);
	const r = Math.round(v * f) / f;
	return r.toLocaleString(locale, { maximumFractionDigits: digits });
}

/** Bytes: 1.5 MB, 230 KB. */
export function formatBytes(bytes: number, locale: Loc | string): string {
	if (!Number.isFinite(bytes)) return DASH;
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** Message parameters that are identifiers, not quantities: never grouped (seed 20260101, not 20,260,101). */
const VERBATIM_PARAMS = new Set(['seed', 'id', 'year', 'row', 'line']);

/**
 * A number handed to a message as-is is a count: grouped and whole-or-two-decimals in the UI language, so
 * "5,000 customers" reads the same on every page. Measures with a kind (money, days, shares) are formatted by
 * the caller before they reach the message.
 */
export function formatParam(name: string, v: number, locale: Loc): string {
	if (VERBATIM_PARAMS.has(name) || !Number.isFinite(v)) return String(v);
	return v.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/**
 * Numbers written to exports stay numbers but lose float noise (0.6960523128509521 → 0.696): probabilities and
 * shares 3 decimals, money 2, days and counts whole. NaN/±Infinity become '' (an empty cell, not "NaN").
 */
export type ExportKind = 'probability' | 'money' | 'days' | 'count' | 'score';
const EXPORT_DIGITS: Record<ExportKind, number> = { probability: 3, money: 2, days: 0, count: 0, score: 1 };

export function exportNumber(v: number, kind: ExportKind): number | '' {
	return roundTo(v, EXPORT_DIGITS[kind]);
}

function roundTo(v: number, digits: number): number | '' {
	if (!Number.isFinite(v)) return '';
	const f = 10 ** digits;
	const r = Math.round(v * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

/**
 * Decimals for a column of numbers whose kind the caller does not state (chart data tables and their CSV):
 * whole when every value is whole, 3 when all lie within ±1 (shares, probabilities), else 2. One choice per
 * column, so the column reads evenly.
 */
export function columnDigits(values: readonly unknown[]): number {
	let whole = true;
	let small = true;
	let any = false;
	for (const v of values) {
		if (typeof v !== 'number' || !Number.isFinite(v)) continue;
		any = true;
		if (!Number.isInteger(v)) whole = false;
		if (Math.abs(v) > 1) small = false;
	}
	if (!any || whole) return 0;
	return small ? 3 : 2;
}

/** Rounds each numeric column of a table to its columnDigits (text cells pass through). */
export function roundColumns<T extends string | number>(
	rows: readonly (readonly T[])[]
): (T | number | '')[][] {
	const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
	const digits = Array.from({ length: width }, (_, j) => columnDigits(rows.map((r) => r[j])));
	return rows.map((r) => r.map((v, j) => (typeof v === 'number' ? roundTo(v, digits[j]) : v)));
}
