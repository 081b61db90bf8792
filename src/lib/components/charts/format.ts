// Number formats for the analysis views in the UI language; a missing value shows as an em dash.
import { i18n, t } from '$lib/i18n/i18n.svelte';
import type { TierDefinition } from '$lib/domain/tier-definition';
import { formatDays, formatMoney, formatThreshold } from '$lib/i18n/format';
import { currency } from '$lib/state/currency.svelte';

const dash = '—';

export function fmtInt(v: number): string {
	return Number.isFinite(v) ? Math.round(v).toLocaleString(i18n.locale) : dash;
}

export function fmtNum(v: number, digits = 1): string {
	return Number.isFinite(v) ? v.toLocaleString(i18n.locale, { maximumFractionDigits: digits }) : dash;
}

/** Amounts in the dataset's currency (guessed or chosen; no symbol when unknown), grouped, whole from 100 up. */
export function fmtMoney(v: number): string {
	return formatMoney(v, i18n.locale, currency.code);
}

/** Days are whole days. */
export function fmtDays(v: number): string {
	return formatDays(v, i18n.locale);
}

/** Rule thresholds: days whole, other values to three significant digits. */
export function fmtThreshold(v: number, isDays = false): string {
	return formatThreshold(v, i18n.locale, isDays);
}

/** Large totals in compact notation (16.19M, 1,618.8万) so a KPI card never wraps mid-number. */
export function fmtCompact(v: number): string {
	if (!Number.isFinite(v)) return dash;
	if (Math.abs(v) < 100_000) return fmtMoney(v);
	const c = currency.code;
	return v.toLocaleString(i18n.locale, {
		notation: 'compact',
		maximumFractionDigits: 2,
		...(c ? { style: 'currency', currency: c, currencyDisplay: 'narrowSymbol' } : {})
	});
}

export function fmtPct(share: number, digits = 1): string {
	return Number.isFinite(share)
		? share.toLocaleString(i18n.locale, { style: 'percent', maximumFractionDigits: digits })
		: dash;
}

export function fmtDate(ms: number): string {
	return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : dash;
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
