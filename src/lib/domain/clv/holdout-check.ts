// What a fitted purchase model said about the holdout against what happened: the weekly tracking plot (incremental
// and cumulative), mean holdout purchases by calibration repeat count, the headline total and per-customer error
// against a naive baseline. Everything here is computed from a calibration-only fit (see holdout-split.ts).
import type { HoldoutSplit } from './holdout-split';
import { WEEK_DAYS } from './holdout-split';
import { conditionalPurchases, newCustomerPurchases, type PurchaseModel } from './purchase-model';

export interface TrackingSeries {
	/** Exclusive end day (UTC day number) of each week. */
	weekEnds: Float64Array;
	actual: Float64Array;
	model: Float64Array;
	actualCumulative: Float64Array;
	modelCumulative: Float64Array;
	calibrationWeeks: number;
}

export interface RepeatGroup {
	/** Calibration repeat purchases; the last group (REPEAT_GROUPS − 1) means "this many or more". */
	repeats: number;
	customers: number;
	actualMean: number;
	modelMean: number;
}

export interface HoldoutCheck {
	tracking: TrackingSeries;
	byRepeats: RepeatGroup[];
	/** Σ over calibration customers of the conditional expectation for the holdout. */
	expected: number;
	/** Aggregate (unconditional) forecast over the holdout: the tracking curve's holdout part. */
	aggregateExpected: number;
	actual: number;
	holdoutWeeks: number;
	/** (expected − actual) / actual; NaN when nothing was bought in the holdout. */
	relativeError: number;
	/** Mean absolute error per customer: model, and the naive "repeat your calibration rate" baseline. */
	mae: number;
	naiveMae: number;
	/** Per-customer conditional expectation for the holdout (NaN outside the calibration cohort). */
	predicted: Float64Array;
}

export const REPEAT_GROUPS = 8;

/**
 * Aggregate forecast: customers acquired on day f are expected to make E[X(t)] repeat purchases by t weeks later,
 * so the cohort's cumulative curve at week end B is Σ_f n_f · E[X((B − 1 − f)/7)].
 */
export function trackingSeries(split: HoldoutSplit, model: PurchaseModel): TrackingSeries {
	const { weekEnds, weeklyRepeats, firstDays, firstDayCounts } = split;
	const cumulative = new Float64Array(weekEnds.length);
	for (let k = 0; k < weekEnds.length; k++) {
		let sum = 0;
		for (let j = 0; j < firstDays.length; j++) {
			const t = (weekEnds[k] - 1 - firstDays[j]) / WEEK_DAYS;
			if (t > 0) sum += firstDayCounts[j] * newCustomerPurchases(model, t);
		}
		cumulative[k] = sum;
	}
	const incremental = cumulative.map((v, k) => (k === 0 ? v : v - cumulative[k - 1]));
	const actualCumulative = new Float64Array(weeklyRepeats.length);
	let running = 0;
	for (let k = 0; k < weeklyRepeats.length; k++) actualCumulative[k] = running += weeklyRepeats[k];
	return {
		weekEnds,
		actual: weeklyRepeats,
		model: incremental,
		actualCumulative,
		modelCumulative: cumulative,
		calibrationWeeks: split.calibrationWeeks
	};
}

export function checkHoldout(split: HoldoutSplit, model: PurchaseModel): HoldoutCheck {
	const s = split.calibration;
	const predicted = conditionalPurchases(model, split.holdoutWeeks, s);
	const groups = Array.from({ length: REPEAT_GROUPS }, () => ({ n: 0, actual: 0, model: 0 }));
	let expected = 0;
	let actual = 0;
	let absError = 0;
	let naiveError = 0;
	let customers = 0;
	for (let c = 0; c < predicted.length; c++) {
		const p = predicted[c];
		if (Number.isNaN(p)) continue;
		const y = split.holdoutPurchases[c];
		const g = groups[Math.min(s.x[c], REPEAT_GROUPS - 1)];
		g.n++;
		g.actual += y;
		g.model += p;
		expected += p;
		actual += y;
		customers++;
		absError += Math.abs(p - y);
		// Naive: the customer keeps buying at their calibration repeat rate x / T.
		const naive = s.T[c] > 0 ? (s.x[c] / s.T[c]) * split.holdoutWeeks : 0;
		naiveError += Math.abs(naive - y);
	}
	const tracking = trackingSeries(split, model);
	const last = tracking.modelCumulative.length - 1;
	const calLast = split.calibrationWeeks - 1;
	const aggregateExpected =
		last >= 0 ? tracking.modelCumulative[last] - (calLast >= 0 ? tracking.modelCumulative[calLast] : 0) : 0;
	return {
		tracking,
		byRepeats: groups.map((g, repeats) => ({
			repeats,
			customers: g.n,
			actualMean: g.n ? g.actual / g.n : NaN,
			modelMean: g.n ? g.model / g.n : NaN
		})),
		expected,
		aggregateExpected,
		actual,
		holdoutWeeks: split.holdoutWeeks,
		relativeError: actual > 0 ? (expected - actual) / actual : NaN,
		mae: customers ? absError / customers : NaN,
		naiveMae: customers ? naiveError / customers : NaN,
		predicted
	};
}
