// Gamma–Gamma on the calibration period, checked on holdout revenue. Refund-heavy repeat buyers (zero or negative
// mean repeat spend) cannot enter the model: they are left out visibly, with a count, and never get a negative or
// NaN spend. The model assumes spend per purchase is independent of purchase frequency; the correlation says.
import { expectedAverageSpend, fitGammaGamma, type GammaGammaParams } from './gamma-gamma';
import type { HoldoutSplit } from './holdout-split';

export type SpendFit =
	| {
			params: GammaGammaParams;
			logLikelihood: number;
			converged: boolean;
			customers: number;
			/** Repeat buyers left out because their mean repeat spend is zero or negative (refunds). */
			refundHeavy: number;
			/** Pearson correlation of repeat frequency and mean spend among the fitted customers. */
			frequencySpendCorrelation: number;
	  }
	| {
			error: 'tiering.clv.error.noRepeatBuyers' | 'tiering.clv.error.spendUnbounded';
			refundHeavy: number;
	  };

/** |ρ| at or above this reads as "strong" in the independence check. */
export const STRONG_CORRELATION = 0.3;

export function fitSpend(x: Float64Array, monetary: Float64Array): SpendFit {
	let refundHeavy = 0;
	for (let i = 0; i < x.length; i++) if (x[i] > 0 && !(monetary[i] > 0)) refundHeavy++;
	const fit = fitGammaGamma(x, monetary);
	if ('error' in fit) return { error: fit.error, refundHeavy };
	// q ≤ 1 gives the population an infinite mean spend: no usable prediction, say so instead of showing ∞.
	if (!(fit.params.q > 1)) return { error: 'tiering.clv.error.spendUnbounded', refundHeavy };
	return { ...fit, refundHeavy, frequencySpendCorrelation: correlation(x, monetary) };
}

function correlation(x: Float64Array, m: Float64Array): number {
	let n = 0;
	let sx = 0;
	let sm = 0;
	for (let i = 0; i < x.length; i++) {
		if (!(x[i] > 0 && m[i] > 0 && Number.isFinite(m[i]))) continue;
		n++;
		sx += x[i];
		sm += m[i];
	}
	if (n < 3) return NaN;
	const mx = sx / n;
	const mm = sm / n;
	let cov = 0;
	let vx = 0;
	let vm = 0;
	for (let i = 0; i < x.length; i++) {
		if (!(x[i] > 0 && m[i] > 0 && Number.isFinite(m[i]))) continue;
		cov += (x[i] - mx) * (m[i] - mm);
		vx += (x[i] - mx) ** 2;
		vm += (m[i] - mm) ** 2;
	}
	return vx > 0 && vm > 0 ? cov / Math.sqrt(vx * vm) : NaN;
}

export interface SpendCheck {
	/** Σ E[holdout purchases] × E[spend per purchase]. */
	expectedRevenue: number;
	/** Net holdout revenue of the calibration cohort. */
	actualRevenue: number;
	relativeError: number;
	/** Among holdout buyers: mean |predicted − actual| spend per purchase, model and naive (calibration mean). */
	mae: number;
	naiveMae: number;
	holdoutBuyers: number;
}

export function checkSpend(
	split: HoldoutSplit,
	params: GammaGammaParams,
	predicted: Float64Array
): SpendCheck {
	const s = split.calibration;
	const spend = expectedAverageSpend(params, s.x, s.monetary);
	const population = (params.p * params.v) / (params.q - 1);
	let expectedRevenue = 0;
	let actualRevenue = 0;
	let abs = 0;
	let naiveAbs = 0;
	let buyers = 0;
	for (let c = 0; c < spend.length; c++) {
		if (Number.isNaN(predicted[c])) continue;
		expectedRevenue += predicted[c] * spend[c];
		actualRevenue += split.holdoutSpend[c];
		const y = split.holdoutPurchases[c];
		if (!(y > 0)) continue;
		const actualMean = split.holdoutSpend[c] / y;
		const naive = s.x[c] > 0 && s.monetary[c] > 0 ? s.monetary[c] : population;
		abs += Math.abs(spend[c] - actualMean);
		naiveAbs += Math.abs(naive - actualMean);
		buyers++;
	}
	return {
		expectedRevenue,
		actualRevenue,
		relativeError: actualRevenue > 0 ? (expectedRevenue - actualRevenue) / actualRevenue : NaN,
		mae: buyers ? abs / buyers : NaN,
		naiveMae: buyers ? naiveAbs / buyers : NaN,
		holdoutBuyers: buyers
	};
}
