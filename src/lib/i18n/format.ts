// Fills `{name}` placeholders; plain so domain-free code and tests can use it without runes.
export function fill(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function pickLocale(languages: readonly string[]): 'zh-CN' | 'en' {
	for (const lang of languages) {
		const l = lang.toLowerCase();
		if (l.startsWith('zh')) return 'zh-CN';
		if (l.startsWith('en')) return 'en';
	}
	return 'en';
}

/**
 * Numbers written to exports stay numbers but lose float noise (0.6960523128509521 → 0.696): probabilities and
 * shares 3 decimals, money 2, days and counts whole. NaN/±Infinity become '' (an empty cell, not "NaN").
 */
export type ExportKind = 'probability' | 'money' | 'days' | 'count' | 'score';
const EXPORT_DIGITS: Record<ExportKind, number> = { probability: 3, money: 2, days: 0, count: 0, score: 1 };

export function exportNumber(v: number, kind: ExportKind): number | '' {
	if (!Number.isFinite(v)) return '';
	const f = 10 ** EXPORT_DIGITS[kind];
	const r = Math.round(v * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

export type CurrencyCode = 'CNY' | 'USD' | 'EUR' | 'GBP';
export const CURRENCIES: readonly CurrencyCode[] = ['CNY', 'USD', 'EUR', 'GBP'];
type Loc = 'zh-CN' | 'en';
const DASH = '—';

/** Money: grouped, whole units from 100 up, 2 decimals below; with the dataset's currency when it is known. */
export function formatMoney(v: number, locale: Loc, currency?: CurrencyCode): string {
	if (!Number.isFinite(v)) return DASH;
	const digits = Math.abs(v) >= 100 ? 0 : 2;
	return v.toLocaleString(locale, {
		...(currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {}),
		minimumFractionDigits: currency ? digits : 0,
		maximumFractionDigits: digits
	});
}

/** Counts: whole and grouped. */
export function formatCount(v: number, locale: Loc): string {
	return Number.isFinite(v) ? Math.round(v).toLocaleString(locale) : DASH;
}

/** Shares 0–1 as percentages. */
export function formatPercent(share: number, locale: Loc, digits = 1): string {
	return Number.isFinite(share)
		? share.toLocaleString(locale, { style: 'percent', maximumFractionDigits: digits })
		: DASH;
}

/** Days are whole days: 233.46 → "233". */
export function formatDays(v: number, locale: Loc): string {
	return formatCount(v, locale);
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
	const f = 10 ** (2 - magnitude);
	const r = Math.round(v * f) / f;
	return r.toLocaleString(locale, { maximumFractionDigits: Math.max(0, 2 - magnitude) });
}
