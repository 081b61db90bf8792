// Customer lifecycle stages from recency, tenure and trend, with editable thresholds. Rules are checked in a
// fixed order of precedence and the first that holds wins, so every customer gets exactly one stage.

export const LIFECYCLE_STAGES = [
	'new',
	'growing',
	'mature',
	'declining',
	'dormant',
	'lost',
	'unknown'
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface LifecycleRules {
	/** lost: recency > this many days. */
	lostRecencyDays: number;
	/** dormant: recency > this many days. */
	dormantRecencyDays: number;
	/** new: tenure < this many days. */
	newTenureDays: number;
	/** declining: trend < this (−0.3 = revenue fell more than 30%). */
	decliningTrend: number;
	/** growing: trend > this. */
	growingTrend: number;
}

export const DEFAULT_LIFECYCLE_RULES: LifecycleRules = {
	lostRecencyDays: 365,
	dormantRecencyDays: 180,
	newTenureDays: 90,
	decliningTrend: -0.3,
	growingTrend: 0.3
};

export interface LifecycleRuleRow {
	stage: LifecycleStage;
	measure: 'recencyDays' | 'tenureDays' | 'trend' | null;
	op: '>' | '<' | null;
	threshold: number | null;
}

/**
 * Precedence: unknown (no recency) → lost → dormant → new → declining → growing → mature (otherwise).
 * A missing tenure or trend makes its rule false, so such customers fall through towards mature.
 */
export function describeLifecycleRules(rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES): LifecycleRuleRow[] {
	return [
		{ stage: 'lost', measure: 'recencyDays', op: '>', threshold: rules.lostRecencyDays },
		{ stage: 'dormant', measure: 'recencyDays', op: '>', threshold: rules.dormantRecencyDays },
		{ stage: 'new', measure: 'tenureDays', op: '<', threshold: rules.newTenureDays },
		{ stage: 'declining', measure: 'trend', op: '<', threshold: rules.decliningTrend },
		{ stage: 'growing', measure: 'trend', op: '>', threshold: rules.growingTrend },
		{ stage: 'mature', measure: null, op: null, threshold: null }
	];
}

/** Stage index (into LIFECYCLE_STAGES) per customer. 'unknown' = no purchase to judge by. */
export function lifecycleStages(
	ind: { recencyDays: Float64Array; tenureDays: Float64Array; trend: Float64Array },
	rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES
): Uint8Array {
	const code = (s: LifecycleStage) => LIFECYCLE_STAGES.indexOf(s);
	const rows = describeLifecycleRules(rules);
	const out = new Uint8Array(ind.recencyDays.length);
	const unknown = code('unknown');
	for (let i = 0; i < out.length; i++) {
		if (Number.isNaN(ind.recencyDays[i])) {
			out[i] = unknown;
			continue;
		}
		for (const row of rows) {
			if (row.measure === null || row.threshold === null) {
				out[i] = code(row.stage);
				break;
			}
			const v = ind[row.measure][i];
			if (row.op === '>' ? v > row.threshold : v < row.threshold) {
				out[i] = code(row.stage);
				break;
			}
		}
	}
	return out;
}

/** Thresholds must be finite and ordered: dormant < lost, declining < growing. Returns i18n keys. */
export function validateLifecycleRules(r: LifecycleRules): string[] {
	const errors: string[] = [];
	if (Object.values(r).some((v) => !Number.isFinite(v))) errors.push('tiering.lifecycle.invalidNumber');
	if (!(r.dormantRecencyDays < r.lostRecencyDays)) errors.push('tiering.lifecycle.dormantAfterLost');
	if (!(r.decliningTrend < r.growingTrend)) errors.push('tiering.lifecycle.trendOrder');
	return errors;
}
