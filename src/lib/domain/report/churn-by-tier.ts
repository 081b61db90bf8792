// Churn risk by tier for the report and the deck: per tier, how many customers the model scored, how many are at
// or above the churn page's threshold, and their mean probability. Customers without a tier are left out.

export interface TierRisk {
	scored: number;
	flagged: number;
	/** Mean churn probability of the scored customers; NaN when none was scored. */
	meanProbability: number;
}

export function churnByTier(
	probability: ArrayLike<number>,
	tier: ArrayLike<number>,
	tierCount: number,
	threshold: number
): TierRisk[] {
	const out = Array.from({ length: tierCount }, () => ({ scored: 0, flagged: 0, sum: 0 }));
	for (let i = 0; i < probability.length; i++) {
		const p = probability[i];
		const k = tier[i];
		if (!Number.isFinite(p) || k < 0 || k >= tierCount) continue;
		out[k].scored++;
		out[k].sum += p;
		if (p >= threshold) out[k].flagged++;
	}
	return out.map((r) => ({
		scored: r.scored,
		flagged: r.flagged,
		meanProbability: r.scored ? r.sum / r.scored : NaN
	}));
}
