// The churn model's verdict in plain words, like the Clusters silhouette verdict: a quality band from the test
// ROC-AUC and top-decile lift, a warning when the label makes almost everyone (or almost no one) a churner, and
// the campaign defaults the profit view starts from. Pure, so the page recomputes it as the threshold moves.

export type ChurnQuality = 'weak' | 'useful' | 'strong';

/**
 * ROC-AUC bands. Hosmer & Lemeshow (Applied Logistic Regression, 3rd ed., 2013, §5.2.4) call 0.7–0.8
 * "acceptable" and 0.8–0.9 "excellent" discrimination; Strata draws "do not act on it alone" at 0.65 and
 * "strong" at 0.80.
 */
export const AUC_BANDS = { useful: 0.65, strong: 0.8 } as const;
/** The riskiest 10% must churn at least this many times more than average to target anyone. */
export const MIN_TOP_DECILE_LIFT = 1.2;
/** Lift is only judged where it can reach 1.5 (base rate ≤ 2/3); above that, the base-rate warning speaks. */
const LIFT_JUDGED_FROM = 1.5;
/** Base rates outside [2%, 90%] make the label itself questionable. */
export const BASE_RATE_LIMITS = { low: 0.02, high: 0.9 } as const;

export interface ChurnVerdict {
	quality: ChurnQuality;
	/**
	 * Why the band is what it is: the AUC band; lift that overrides a passable AUC; or a base rate outside
	 * [2%, 90%], where ranking cannot single anyone out (and a test AUC rests on a handful of minority cases).
	 * 'aucCapped' is the AUC band where the base rate caps lift below 1.5× (1 / base rate), so a low lift is
	 * said to be near its ceiling rather than left to read as a contradiction of a "strong" headline.
	 */
	reason: 'auc' | 'aucCapped' | 'lift' | 'baseRate';
	baseRate: 'almostAll' | 'almostNone' | null;
}

export function churnVerdict(m: { rocAuc: number; topDecileLift: number; baseRate: number }): ChurnVerdict {
	const byAuc: ChurnQuality = !(m.rocAuc >= AUC_BANDS.useful)
		? 'weak'
		: m.rocAuc >= AUC_BANDS.strong
			? 'strong'
			: 'useful';
	const liftJudged = m.baseRate > 0 && 1 / m.baseRate >= LIFT_JUDGED_FROM;
	const liftWeak = liftJudged && !(m.topDecileLift >= MIN_TOP_DECILE_LIFT);
	const baseRate =
		m.baseRate > BASE_RATE_LIMITS.high
			? 'almostAll'
			: m.baseRate < BASE_RATE_LIMITS.low
				? 'almostNone'
				: null;
	if (byAuc !== 'weak' && baseRate) return { quality: 'weak', reason: 'baseRate', baseRate };
	if (byAuc !== 'weak' && liftWeak) return { quality: 'weak', reason: 'lift', baseRate };
	const capped = m.baseRate > 0 && !liftJudged;
	return { quality: byAuc, reason: capped ? 'aucCapped' : 'auc', baseRate };
}

/** The highest top-decile lift a base rate allows: the riskiest 10% cannot churn more than all of them. */
export function maxTopDecileLift(baseRate: number): number {
	return baseRate > 0 ? Math.min(1 / baseRate, 10) : NaN;
}

/** A stated default, not a fact about the data: roughly one SMS or app push plus a minute of staff time. */
export const DEFAULT_COST_PER_CONTACT = 10;
/** A stated default: share of contacted churners a win-back campaign keeps. */
export const DEFAULT_SAVE_RATE = 0.3;

/**
 * Default value of a saved customer: the mean customer value (predicted CLV where fitted, else spend) of the
 * customers flagged at the threshold — those a campaign would contact — falling back to everyone's mean when no
 * one is flagged. NaN when no value is known.
 */
export function savedValueDefault(
	probability: ArrayLike<number>,
	value: ArrayLike<number>,
	threshold: number
): { value: number; flagged: number } {
	let sum = 0;
	let count = 0;
	let allSum = 0;
	let allCount = 0;
	for (let i = 0; i < probability.length; i++) {
		const v = value[i];
		if (!Number.isFinite(v)) continue;
		allSum += v;
		allCount++;
		if (probability[i] >= threshold) {
			sum += v;
			count++;
		}
	}
	if (count) return { value: sum / count, flagged: count };
	return { value: allCount ? allSum / allCount : NaN, flagged: 0 };
}
