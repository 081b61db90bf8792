// Customer lifetime value: historical (what a customer has brought so far) and predicted (purchases from the chosen
// purchase model, BG/NBD or Pareto/NBD, × Gamma–Gamma spend, month by month, discounted), following the lifetimes
// library's monthly convention.
import type { BgNbdParams } from './bg-nbd';
import { conditionalPurchaseCurves, conditionalPurchases, type PurchaseModel } from './purchase-model';
import { expectedAverageSpend, type GammaGammaParams } from './gamma-gamma';
import type { ClvSummary } from './summary';

/** Model time units per month, as in lifetimes: 30 days, or 4.345 weeks. */
export const UNITS_PER_MONTH = { days: 30, weeks: 4.345 } as const;

export interface PredictClvOptions {
	months?: number;
	/** Discount rate per month (0.01 = 1% a month, lifetimes' default). */
	monthlyDiscount?: number;
}

/**
 * Σ over months i = 1..months of E[avg spend] · (E[purchases by month i] − E[by month i−1]) / (1 + d)^i.
 * NaN for customers who never bought (the models say nothing about them).
 */
export function predictClv(
	purchases: PurchaseModel | BgNbdParams,
	gg: GammaGammaParams,
	summary: ClvSummary,
	options: PredictClvOptions = {}
): Float64Array {
	const months = options.months ?? 12;
	const discount = options.monthlyDiscount ?? 0.01;
	const perMonth = UNITS_PER_MONTH[summary.unit];
	const spend = expectedAverageSpend(gg, summary.x, summary.monetary);
	const clv = new Float64Array(summary.x.length);
	let previous: Float64Array = new Float64Array(summary.x.length);
	const horizons = Array.from({ length: months }, (_, i) => (i + 1) * perMonth);
	const curves = conditionalPurchaseCurves(asModel(purchases), horizons, summary);
	for (let i = 1; i <= months; i++) {
		const cumulative = curves[i - 1];
		const factor = Math.pow(1 + discount, i);
		for (let c = 0; c < clv.length; c++) clv[c] += (spend[c] * (cumulative[c] - previous[c])) / factor;
		previous = cumulative;
	}
	return clv; // non-buyers: expectedPurchases is NaN, so their CLV stays NaN
}

/** Expected purchases in the next `months` months per customer (NaN for non-buyers). */
export function predictPurchases(
	purchases: PurchaseModel | BgNbdParams,
	summary: ClvSummary,
	months = 12
): Float64Array {
	return conditionalPurchases(asModel(purchases), months * UNITS_PER_MONTH[summary.unit], summary);
}

/** Bare BG/NBD parameters (the older call form) read as a BG/NBD model. */
function asModel(m: PurchaseModel | BgNbdParams): PurchaseModel {
	return 'kind' in m ? m : { kind: 'bgnbd', params: m };
}

/**
 * Historical CLV = net amount to date (refunds deducted); when a margin column exists the margin is used
 * instead, because a customer's value to the business is what they leave after cost.
 */
export function historicalClv(indicators: { monetary: Float64Array; margin?: Float64Array }): Float64Array {
	return Float64Array.from(indicators.margin ?? indicators.monetary);
}
