// What a marketer acts on, per customer: expected purchases in the next 30/90/365 days, probability alive, when the
// next purchase is expected (a date and a range), predicted 12-month spend and a high/medium/low spend tier.
// The next-purchase time comes from the fitted model: given the customer is still active, their purchase rate is
// λ ~ Gamma(r + x, α + T) in both BG/NBD and Pareto/NBD, so the wait W has P(W > w) = ((α+T)/(α+T+w))^(r+x).
import { expectedAverageSpend, type GammaGammaParams } from './gamma-gamma';
import { aliveProbability, conditionalPurchases, type PurchaseModel } from './purchase-model';
import { UNIT_DAYS, type ClvSummary } from './summary';

export interface CustomerOutlook {
	expected30: Float64Array;
	expected90: Float64Array;
	expected365: Float64Array;
	alive: Float64Array;
	/** Days from the analysis date to the median next purchase, if the customer is still active (NaN: non-buyer). */
	nextPurchaseDays: Float64Array;
	/** The central 50% range (quartiles) of that wait, in days. */
	nextPurchaseLowDays: Float64Array;
	nextPurchaseHighDays: Float64Array;
	/** Expected purchases in 365 days × expected spend per purchase (undiscounted); NaN without a spend model. */
	predictedSpend12m: Float64Array;
	/** 0 = high (top 20% of predicted spend), 1 = medium (next 30%), 2 = low; NaN for non-buyers. */
	spendTier: Float64Array;
}

export const SPEND_TIER_SHARES = { high: 0.2, medium: 0.3 } as const;

/** Quantile q of the wait to the next purchase (model time units), given the customer is active. */
export function nextPurchaseQuantile(r: number, alpha: number, x: number, T: number, q: number): number {
	return (alpha + T) * Math.expm1(-Math.log1p(-q) / (r + x));
}

export function customerOutlook(
	model: PurchaseModel,
	spend: GammaGammaParams | undefined,
	s: ClvSummary
): CustomerOutlook {
	const perDay = 1 / UNIT_DAYS[s.unit];
	const n = s.x.length;
	const expected365 = conditionalPurchases(model, 365 * perDay, s);
	const next = [0.5, 0.25, 0.75].map(() => new Float64Array(n).fill(NaN));
	const { r, alpha } = model.params;
	for (let c = 0; c < n; c++) {
		if (!Number.isFinite(s.T[c])) continue;
		[0.5, 0.25, 0.75].forEach((q, k) => {
			next[k][c] = nextPurchaseQuantile(r, alpha, s.x[c], s.T[c], q) / perDay;
		});
	}
	const predictedSpend12m = new Float64Array(n).fill(NaN);
	if (spend) {
		const perPurchase = expectedAverageSpend(spend, s.x, s.monetary);
		for (let c = 0; c < n; c++)
			if (Number.isFinite(expected365[c])) predictedSpend12m[c] = expected365[c] * perPurchase[c];
	}
	return {
		expected30: conditionalPurchases(model, 30 * perDay, s),
		expected90: conditionalPurchases(model, 90 * perDay, s),
		expected365,
		alive: aliveProbability(model, s),
		nextPurchaseDays: next[0],
		nextPurchaseLowDays: next[1],
		nextPurchaseHighDays: next[2],
		predictedSpend12m,
		spendTier: spendTiers(predictedSpend12m)
	};
}

/**
 * High = top 20% of predicted 12-month spend, medium = next 30%, low = the rest. Tied customers share one tier,
 * placed by the middle of their block (so a large block of identical predictions, e.g. one-time buyers acquired on
 * the same day, is not all called "high" because its top edge reaches the top 20%).
 */
export function spendTiers(spend: Float64Array): Float64Array {
	const out = new Float64Array(spend.length).fill(NaN);
	const order: number[] = [];
	for (let i = 0; i < spend.length; i++) if (Number.isFinite(spend[i])) order.push(i);
	order.sort((a, b) => spend[b] - spend[a]);
	const m = order.length;
	for (let start = 0; start < m;) {
		let end = start;
		while (end + 1 < m && spend[order[end + 1]] === spend[order[start]]) end++;
		const middle = (start + end) / 2;
		const tier =
			middle < m * SPEND_TIER_SHARES.high
				? 0
				: middle < m * (SPEND_TIER_SHARES.high + SPEND_TIER_SHARES.medium)
					? 1
					: 2;
		for (let k = start; k <= end; k++) out[order[k]] = tier;
		start = end + 1;
	}
	return out;
}
