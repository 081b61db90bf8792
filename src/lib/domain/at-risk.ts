// The one definition of "high-value at risk", used by the Churn page, the Strategies playbook, the report and the
// phone Look-up: flagged by the churn model at the chosen threshold AND in one of the top tiers (how many tiers
// count is a setting), ranked by expected loss = churn probability × predicted value (highest first).

export interface AtRiskColumns {
	/** Churn probability per customer; NaN = not scored. */
	probability: ArrayLike<number>;
	/** Value tier per customer (0 = top, −1 = none). */
	tier: ArrayLike<number>;
	/** Predicted value (CLV where fitted, else historical); NaN = unknown. */
	value: ArrayLike<number>;
}

export interface AtRiskSettings {
	/** The churn page's threshold: flagged ⇔ probability ≥ threshold. */
	threshold: number;
	/** Tiers 0 … topTiers − 1 count as high value. */
	topTiers: number;
}

/** Default: the top two tiers when there are four or more, else the top one. */
export function defaultTopTiers(tierCount: number): number {
	return tierCount >= 4 ? 2 : Math.min(1, tierCount);
}

/** Churn probability × value; NaN when either is unknown (such customers rank last). */
export function expectedLoss(probability: number, value: number): number {
	return Number.isFinite(probability) && Number.isFinite(value) ? probability * value : NaN;
}

export function isHighValueAtRisk(i: number, cols: AtRiskColumns, s: AtRiskSettings): boolean {
	const t = cols.tier[i];
	return cols.probability[i] >= s.threshold && t >= 0 && t < s.topTiers;
}

/** Indices ordered by expected loss, highest first; unknown losses last; ties keep customer order. */
export function byExpectedLoss(indices: ArrayLike<number>, cols: AtRiskColumns): Int32Array {
	const loss = (i: number) => {
		const l = expectedLoss(cols.probability[i], cols.value[i]);
		return Number.isFinite(l) ? l : -Infinity;
	};
	return Int32Array.from(indices).sort((a, b) => loss(b) - loss(a) || a - b);
}

/**
 * The high-value-at-risk list, ranked. `tierFilter` narrows it to some of the counted tiers (every list offers
 * one); it never widens the definition.
 */
export function highValueAtRisk(
	cols: AtRiskColumns,
	s: AtRiskSettings,
	tierFilter?: (tier: number) => boolean
): Int32Array {
	const out: number[] = [];
	for (let i = 0; i < cols.probability.length; i++)
		if (isHighValueAtRisk(i, cols, s) && (!tierFilter || tierFilter(cols.tier[i]))) out.push(i);
	return byExpectedLoss(out, cols);
}
