// The early-warning list's policy: risk bands from the chosen threshold (high ≥ t, medium ≥ t/2, low below) and
// the order of the list — high risk first, within a band the most valuable tier first, then by probability.
// Pure (no TF.js, no DOM) so the page re-sorts live when the threshold moves.

/** 0 = high, 1 = medium, 2 = low. */
export type RiskBand = 0 | 1 | 2;

export function riskBand(probability: number, threshold: number): RiskBand {
	if (probability >= threshold) return 0;
	return probability >= threshold / 2 ? 1 : 2;
}

/** Customers without a tier (−1 or no tiering) sort after every tier. */
const tierRank = (tier: Int32Array | undefined, i: number) =>
	tier && tier[i] >= 0 ? tier[i] : Number.MAX_SAFE_INTEGER;

/** Row order: band, then tier (0 = top first), then probability, then value (both highest first). */
export function warningOrder(
	probability: ArrayLike<number>,
	tier: Int32Array | undefined,
	value: ArrayLike<number>,
	threshold: number
): Int32Array {
	const n = probability.length;
	const band = Uint8Array.from({ length: n }, (_, i) => riskBand(probability[i], threshold));
	const v = (i: number) => (Number.isFinite(value[i]) ? value[i] : -Infinity);
	return Int32Array.from({ length: n }, (_, i) => i).sort(
		(a, b) =>
			band[a] - band[b] ||
			tierRank(tier, a) - tierRank(tier, b) ||
			probability[b] - probability[a] ||
			v(b) - v(a) ||
			a - b
	);
}

/** counts[band][tier], the last tier column counting customers without a tier. */
export function riskByTier(probability: ArrayLike<number>, tier: Int32Array, threshold: number): number[][] {
	let tiers = 0;
	for (const t of tier) if (t + 1 > tiers) tiers = t + 1;
	const counts = [0, 1, 2].map(() => new Array<number>(tiers + 1).fill(0));
	for (let i = 0; i < probability.length; i++)
		counts[riskBand(probability[i], threshold)][tier[i] >= 0 ? tier[i] : tiers]++;
	return counts;
}
