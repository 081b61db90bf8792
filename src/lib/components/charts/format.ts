// Number formats for the analysis views in the UI language; a missing value shows as an em dash.
import { i18n, t } from '$lib/i18n/i18n.svelte';
import type { TierDefinition } from '$lib/domain/tier-definition';
import {
	DASH,
	formatBytes,
	formatCompact,
	formatCount,
	formatDays,
	formatDecimal,
	formatMoney,
	formatMoneyWhole,
	formatPercent,
	formatScore,
	formatThreshold
} from '$lib/i18n/format';
import { currency } from '$lib/state/currency.svelte';

// The UI's side of the one formatter ($lib/i18n/format): the same kinds, in the current UI language and the
// dataset's currency. Pick the helper by what the number is, not by how many decimals look nice.

export function fmtInt(v: number): string {
	return formatCount(v, i18n.locale);
}

/** A plain decimal with a fixed number of decimals (metrics, ratios, model parameters); prefer a kind below. */
export function fmtNum(v: number, digits = 1): string {
	return formatDecimal(v, i18n.locale, digits);
}

/** The 0–100 value score: one decimal. */
export function fmtScore(v: number): string {
	return formatScore(v, i18n.locale);
}

/** Amounts in the dataset's currency (guessed or chosen; no symbol when unknown), 2 fixed decimals. */
export function fmtMoney(v: number): string {
	return formatMoney(v, i18n.locale, currency.code);
}

/** Totals in the dataset's currency, whole units (tier revenue, budgets, KPI cards). */
export function fmtMoneyWhole(v: number): string {
	return formatMoneyWhole(v, i18n.locale, currency.code);
}

/** Days are whole days. */
export function fmtDays(v: number): string {
	return formatDays(v, i18n.locale);
}

/** Rule thresholds: days whole, other values to three significant digits. */
export function fmtThreshold(v: number, isDays = false): string {
	return formatThreshold(v, i18n.locale, isDays);
}

/** Large totals in compact notation (16.19M, 1,619万) so a KPI card never wraps mid-number. */
export function fmtCompact(v: number): string {
	return formatCompact(v, i18n.locale, currency.code);
}

/** Shares 0–1 as percentages with fixed decimals (12.0% beside 12.5%). */
export function fmtPct(share: number, digits = 1): string {
	return formatPercent(share, i18n.locale, digits);
}

/** Bytes: 1.5 MB. */
export function fmtBytes(bytes: number): string {
	return formatBytes(bytes, i18n.locale);
}

/** A chart data table's numbers: each column with its own fixed decimals (columnDigits). */
export function fmtColumn(v: number, digits: number): string {
	return formatDecimal(v, i18n.locale, digits);
}

export function fmtDate(ms: number): string {
	return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : DASH;
}

/** A tier's display name: the user's label, else the catalogue name of its id (presets name segments). */
export function tierName(def: TierDefinition, k: number): string {
	const spec = def.tiers[k];
	if (!spec) return t('views.tier.none');
	if (spec.label) return spec.label;
	if (def.method === 'preset')
		return t(def.preset === 'rfmSegments' ? `tiering.segment.${spec.id}` : `tiering.eightClass.${spec.id}`);
	const key = `tiering.tier.${spec.id}`;
	const name = t(key);
	return name === key ? spec.id : name;
}

/** What each stored indicator measures, so a page shows it in its own kind (days whole, money with currency). */
const INDICATOR_FORMAT: Record<string, (v: number) => string> = {
	recencyDays: fmtDays,
	tenureDays: fmtDays,
	meanIntervalDays: fmtDays,
	frequency: fmtInt,
	refundCount: fmtInt,
	distinctProducts: fmtInt,
	distinctCategories: fmtInt,
	monetary: fmtMoney,
	averageOrderValue: fmtMoney,
	refundAmount: fmtMoney,
	margin: fmtMoney,
	trend: fmtPct,
	revenueShare: (v) => fmtPct(v, 2),
	intervalRegularity: (v) => fmtNum(v, 2)
};

/** An indicator value by its key; unknown keys as a two-decimal number. */
export function fmtIndicator(key: string, v: number): string {
	return (INDICATOR_FORMAT[key] ?? ((x: number) => fmtNum(x, 2)))(v);
}

const COUNT_KEYS = new Set(['frequency', 'refundCount', 'distinctProducts', 'distinctCategories']);

/** A mean of an indicator across customers: as the indicator, except counts keep one decimal (1.3 orders). */
export function fmtIndicatorMean(key: string, v: number): string {
	return COUNT_KEYS.has(key) ? fmtNum(v, 1) : fmtIndicator(key, v);
}

/** A moment with date and time in the UI language (when a snapshot or backup was saved). */
export function fmtDateTime(ms: number): string {
	return Number.isFinite(ms)
		? new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'short', timeStyle: 'short' }).format(ms)
		: DASH;
}
