// Predicted CLV seen through the tiers: mean and total per tier, and the "upgrade candidates" a tiering system
// should surface — customers whose predicted CLV is typical of a tier at least two above their own.

export interface TierClv {
	customers: number;
	/** Customers of the tier with a predicted CLV (buyers). */
	valued: number;
	mean: number;
	total: number;
	/** Median predicted CLV of the tier: what "typical for this tier" means below. */
	median: number;
}

/** Tier 0 is the top tier; customers outside every tier (−1) are left out. */
export function clvByTier(tier: ArrayLike<number>, clv: Float64Array, tierCount: number): TierClv[] {
	const values: number[][] = Array.from({ length: tierCount }, () => []);
	const counts = new Array<number>(tierCount).fill(0);
	for (let c = 0; c < clv.length; c++) {
		const k = tier[c];
		if (!(k >= 0 && k < tierCount)) continue;
		counts[k]++;
		if (Number.isFinite(clv[c])) values[k].push(clv[c]);
	}
	return values.map((v, k) => {
		const total = v.reduce((a, b) => a + b, 0);
		const sorted = v.slice().sort((a, b) => a - b);
		const mid = sorted.length >> 1;
		const median = !sorted.length
			? NaN
			: sorted.length % 2
				? sorted[mid]
				: (sorted[mid - 1] + sorted[mid]) / 2;
		return { customers: counts[k], valued: v.length, mean: v.length ? total / v.length : NaN, total, median };
	});
}

/**
 * Customers whose predicted CLV reaches the median of a tier at least `gap` tiers above their current one,
 * best first. A customer with CLV at or above tier j's median "belongs" with tier j by value.
 */
export function upgradeCandidates(
	tier: ArrayLike<number>,
	clv: Float64Array,
	byTier: TierClv[],
	gap = 2
): number[] {
	const out: number[] = [];
	for (let c = 0; c < clv.length; c++) {
		const k = tier[c];
		const v = clv[c];
		if (!(k >= gap) || !Number.isFinite(v)) continue;
		for (let j = 0; j <= k - gap; j++) {
			if (Number.isFinite(byTier[j]?.median) && v >= byTier[j].median) {
				out.push(c);
				break;
			}
		}
	}
	return out.sort((a, b) => clv[b] - clv[a]);
}

/** What the Overview and the report draw, computed once in the analysis worker with the tiering. */
export interface TierClvSummary {
	byTier: TierClv[];
	/** All upgrade candidates, and the first UPGRADES_KEPT of them (best first) for the list. */
	upgradeCount: number;
	upgrades: number[];
}

export const UPGRADES_KEPT = 50;

export function tierClvSummary(
	tier: ArrayLike<number>,
	clv: Float64Array,
	tierCount: number
): TierClvSummary {
	const byTier = clvByTier(tier, clv, tierCount);
	const all = upgradeCandidates(tier, clv, byTier);
	return { byTier, upgradeCount: all.length, upgrades: all.slice(0, UPGRADES_KEPT) };
}
