// Targeting rules: a playbook picks its customers by an AND of conditions over the per-customer columns.
// The matcher is a plain filter over typed arrays (cheap for 100k rows), so the page can count while editing.
import { defaultTopTiers, isHighValueAtRisk } from '../at-risk';

export const CHURN_BANDS = ['low', 'medium', 'high'] as const;
export type ChurnBand = (typeof CHURN_BANDS)[number];

/** Churn probability at or above which a customer is in the medium / high band. */
export const BAND_LIMITS = { medium: 0.3, high: 0.6 } as const;

export type Comparison = 'gte' | 'lt' | 'between';

export type Condition =
	/** Tier ids as in the tier definition; '' stands for "no tier". */
	| { kind: 'tier'; in: string[] }
	/** RFM segment ids (RFM_SEGMENTS). */
	| { kind: 'segment'; in: string[] }
	/** Lifecycle stage ids (LIFECYCLE_STAGES). */
	| { kind: 'lifecycle'; in: string[] }
	/** Cluster numbers (0-based). */
	| { kind: 'cluster'; in: number[] }
	| { kind: 'churnBand'; in: ChurnBand[] }
	/** The one "high-value at risk" definition (domain/at-risk.ts), with the threshold and top tiers in force. */
	| { kind: 'highValueAtRisk' }
	/** value ≥ min, value < min, or min ≤ value < max (lower inclusive, upper exclusive, like tier ranges). */
	| { kind: 'indicator'; key: string; op: Comparison; min: number; max?: number };

export type ConditionKind = Condition['kind'];

/** All conditions must hold; an empty rule matches everyone. */
export interface Rule {
	all: Condition[];
}

export interface RuleColumns {
	n: number;
	/** Tier index per customer (0 = top, −1 = none) and the ids those indices stand for. */
	tier: Int32Array;
	tierIds: readonly string[];
	segment: Uint8Array;
	segmentIds: readonly string[];
	lifecycle: Uint8Array;
	lifecycleIds: readonly string[];
	cluster?: Int32Array;
	churnProbability?: Float64Array;
	/** Band codes by the churn page's threshold policy (index into CHURN_BANDS, −1 = not scored); when absent,
	 * bands come from the probability and BAND_LIMITS. */
	churnBand?: Int8Array;
	/** The churn page's threshold (flagged ⇔ probability ≥ it); BAND_LIMITS.high when no page set one. */
	churnThreshold?: number;
	/** How many top tiers count as high value for `highValueAtRisk` (default: defaultTopTiers). */
	atRiskTopTiers?: number;
	indicators: Record<string, Float64Array>;
}

/** What a rule needed but the data does not have yet. */
export type MissingInput = 'churn' | 'cluster' | `indicator:${string}`;

export interface RuleMatch {
	/** 1 where the customer matches. */
	mask: Uint8Array;
	count: number;
	/** Non-empty when a condition could not be evaluated; then nobody matches. */
	missing: MissingInput[];
}

export function churnBand(p: number): ChurnBand | undefined {
	if (!Number.isFinite(p)) return undefined;
	return p >= BAND_LIMITS.high ? 'high' : p >= BAND_LIMITS.medium ? 'medium' : 'low';
}

function codesOf(ids: readonly string[], wanted: readonly string[]): Uint8Array {
	const flags = new Uint8Array(ids.length);
	ids.forEach((id, k) => (flags[k] = wanted.includes(id) ? 1 : 0));
	return flags;
}

export function missingFor(cond: Condition, cols: RuleColumns): MissingInput | undefined {
	if ((cond.kind === 'churnBand' || cond.kind === 'highValueAtRisk') && !cols.churnProbability)
		return 'churn';
	if (cond.kind === 'cluster' && !cols.cluster) return 'cluster';
	if (cond.kind === 'indicator' && !cols.indicators[cond.key]) return `indicator:${cond.key}`;
	return undefined;
}

/** A per-customer test for one condition (assumes its inputs exist). */
function tester(cond: Condition, cols: RuleColumns): (i: number) => boolean {
	switch (cond.kind) {
		case 'tier': {
			const flags = codesOf(cols.tierIds, cond.in);
			const none = cond.in.includes('');
			return (i) => {
				const k = cols.tier[i];
				return k >= 0 && k < flags.length ? flags[k] === 1 : none;
			};
		}
		case 'segment': {
			const flags = codesOf(cols.segmentIds, cond.in);
			return (i) => flags[cols.segment[i]] === 1;
		}
		case 'lifecycle': {
			const flags = codesOf(cols.lifecycleIds, cond.in);
			return (i) => flags[cols.lifecycle[i]] === 1;
		}
		case 'cluster': {
			const set = new Set(cond.in);
			const labels = cols.cluster as Int32Array;
			return (i) => set.has(labels[i]);
		}
		case 'churnBand': {
			const p = cols.churnProbability as Float64Array;
			const codes = cols.churnBand;
			if (codes) {
				const flags = CHURN_BANDS.map((b) => cond.in.includes(b));
				return (i) => codes[i] >= 0 && flags[codes[i]] === true;
			}
			return (i) => {
				const band = churnBand(p[i]);
				return band !== undefined && cond.in.includes(band);
			};
		}
		case 'highValueAtRisk': {
			const at = {
				probability: cols.churnProbability as Float64Array,
				tier: cols.tier,
				value: cols.indicators.clv ?? new Float64Array(cols.n).fill(NaN)
			};
			const settings = {
				threshold: cols.churnThreshold ?? BAND_LIMITS.high,
				topTiers: cols.atRiskTopTiers ?? defaultTopTiers(cols.tierIds.length)
			};
			return (i) => isHighValueAtRisk(i, at, settings);
		}
		case 'indicator': {
			const v = cols.indicators[cond.key];
			const { min, max } = cond;
			// NaN fails every comparison, so a customer without the value never matches.
			if (cond.op === 'gte') return (i) => v[i] >= min;
			if (cond.op === 'lt') return (i) => v[i] < min;
			return (i) => v[i] >= min && v[i] < (max ?? Infinity);
		}
	}
}

export function matchRule(rule: Rule, cols: RuleColumns): RuleMatch {
	const mask = new Uint8Array(cols.n);
	const missing = rule.all.map((c) => missingFor(c, cols)).filter((m): m is MissingInput => m !== undefined);
	if (missing.length) return { mask, count: 0, missing: [...new Set(missing)] };
	const tests = rule.all.map((c) => tester(c, cols));
	let count = 0;
	for (let i = 0; i < cols.n; i++) {
		let ok = true;
		for (const test of tests)
			if (!test(i)) {
				ok = false;
				break;
			}
		if (ok) {
			mask[i] = 1;
			count++;
		}
	}
	return { mask, count, missing: [] };
}

/** Indices of the set entries of a mask, ascending. */
export function maskIndices(mask: Uint8Array): Int32Array {
	let n = 0;
	for (let i = 0; i < mask.length; i++) n += mask[i];
	const out = new Int32Array(n);
	for (let i = 0, j = 0; i < mask.length; i++) if (mask[i]) out[j++] = i;
	return out;
}

/**
 * The tiers after manual overrides: an override names a tier id; an id not in the current definition is
 * ignored (the tiering changed since), so overrides never point at a tier that does not exist.
 */
export function applyTierOverrides(
	tier: Int32Array,
	ids: readonly string[],
	tierIds: readonly string[],
	overrides: ReadonlyMap<string, string>
): Int32Array {
	const out = Int32Array.from(tier);
	if (!overrides.size) return out;
	for (let i = 0; i < ids.length; i++) {
		const o = overrides.get(ids[i]);
		if (o === undefined) continue;
		const k = tierIds.indexOf(o);
		if (k >= 0) out[i] = k;
	}
	return out;
}
