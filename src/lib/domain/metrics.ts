// Evaluation metrics for a binary risk score: ROC/PR curves and AUCs, confusion matrix, calibration,
// lift/gains and expected profit. Pure and hand-checked; labels are 1 = churned, 0 = stayed.

/** Row order by score, highest first; equal scores keep row order so results are reproducible. */
function orderByScoreDesc(scores: ArrayLike<number>): Int32Array {
	const idx = new Int32Array(scores.length);
	for (let i = 0; i < idx.length; i++) idx[i] = i;
	return idx.sort((a, b) => scores[b] - scores[a] || a - b);
}

function countPositives(labels: ArrayLike<number>): number {
	let p = 0;
	for (let i = 0; i < labels.length; i++) if (labels[i] === 1) p++;
	return p;
}

/** Cumulative counts after each group of tied scores (highest first): the operating points "score ≥ t". */
export interface OperatingPoint {
	threshold: number;
	tp: number;
	fp: number;
}

export function operatingPoints(scores: ArrayLike<number>, labels: ArrayLike<number>): OperatingPoint[] {
	const order = orderByScoreDesc(scores);
	const points: OperatingPoint[] = [];
	let tp = 0;
	let fp = 0;
	for (let k = 0; k < order.length; k++) {
		const i = order[k];
		if (labels[i] === 1) tp++;
		else fp++;
		// Ties are one step: emit a point only after the last row with this score.
		if (k === order.length - 1 || scores[order[k + 1]] !== scores[i])
			points.push({ threshold: scores[i], tp, fp });
	}
	return points;
}

export interface RocCurve {
	fpr: number[];
	tpr: number[];
	/** thresholds[j] gives (fpr[j], tpr[j]) when predicting churn for score ≥ threshold; first is +Infinity. */
	thresholds: number[];
	auc: number;
}

/**
 * ROC curve and area by the trapezoid rule. Tied scores move FPR and TPR together (a diagonal segment),
 * which makes the area equal the Mann–Whitney probability P(score₊ > score₋) + ½·P(score₊ = score₋).
 * With no positives or no negatives the AUC is NaN (undefined), not a made-up 0.5.
 */
export function rocCurve(scores: ArrayLike<number>, labels: ArrayLike<number>): RocCurve {
	const p = countPositives(labels);
	const n = labels.length - p;
	const fpr = [0];
	const tpr = [0];
	const thresholds = [Infinity];
	let auc = 0;
	for (const pt of operatingPoints(scores, labels)) {
		const x = n ? pt.fp / n : NaN;
		const y = p ? pt.tp / p : NaN;
		auc += ((x - fpr[fpr.length - 1]) * (y + tpr[tpr.length - 1])) / 2;
		fpr.push(x);
		tpr.push(y);
		thresholds.push(pt.threshold);
	}
	return { fpr, tpr, thresholds, auc: p && n ? auc : NaN };
}

export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
	return rocCurve(scores, labels).auc;
}

export interface PrCurve {
	recall: number[];
	precision: number[];
	thresholds: number[];
	/** Average precision: Σₖ (Rₖ − Rₖ₋₁)·Pₖ over the distinct thresholds, highest first (no interpolation). */
	averagePrecision: number;
}

/** Precision–recall curve; PR-AUC is reported as average precision (the step-wise sum, as scikit-learn). */
export function prCurve(scores: ArrayLike<number>, labels: ArrayLike<number>): PrCurve {
	const p = countPositives(labels);
	const recall: number[] = [];
	const precision: number[] = [];
	const thresholds: number[] = [];
	let ap = 0;
	let prevRecall = 0;
	for (const pt of operatingPoints(scores, labels)) {
		const r = p ? pt.tp / p : NaN;
		const prec = pt.tp / (pt.tp + pt.fp);
		ap += (r - prevRecall) * prec;
		prevRecall = r;
		recall.push(r);
		precision.push(prec);
		thresholds.push(pt.threshold);
	}
	return { recall, precision, thresholds, averagePrecision: p ? ap : NaN };
}

export interface Confusion {
	threshold: number;
	tp: number;
	fp: number;
	tn: number;
	fn: number;
	precision: number;
	recall: number;
	f1: number;
	accuracy: number;
	specificity: number;
}

/** Confusion matrix when a customer is flagged for score ≥ threshold. Undefined ratios (0/0) are NaN. */
export function confusionAt(
	scores: ArrayLike<number>,
	labels: ArrayLike<number>,
	threshold: number
): Confusion {
	let tp = 0;
	let fp = 0;
	let tn = 0;
	let fn = 0;
	for (let i = 0; i < scores.length; i++) {
		const flagged = scores[i] >= threshold;
		if (labels[i] === 1) {
			if (flagged) tp++;
			else fn++;
		} else if (flagged) fp++;
		else tn++;
	}
	const precision = tp / (tp + fp);
	const recall = tp / (tp + fn);
	return {
		threshold,
		tp,
		fp,
		tn,
		fn,
		precision,
		recall,
		f1: (2 * tp) / (2 * tp + fp + fn),
		accuracy: (tp + tn) / scores.length,
		specificity: tn / (tn + fp)
	};
}

export interface CalibrationBin {
	lower: number;
	upper: number;
	count: number;
	/** NaN for an empty bin. */
	meanPredicted: number;
	observedRate: number;
}

/** Reliability table: equal-width probability bins [k/B, (k+1)/B), the last one closed at 1. */
export function calibration(
	scores: ArrayLike<number>,
	labels: ArrayLike<number>,
	bins = 10
): CalibrationBin[] {
	const count = new Float64Array(bins);
	const sumP = new Float64Array(bins);
	const sumY = new Float64Array(bins);
	for (let i = 0; i < scores.length; i++) {
		const b = Math.min(bins - 1, Math.max(0, Math.floor(scores[i] * bins)));
		count[b]++;
		sumP[b] += scores[i];
		sumY[b] += labels[i] === 1 ? 1 : 0;
	}
	return Array.from({ length: bins }, (_, b) => ({
		lower: b / bins,
		upper: (b + 1) / bins,
		count: count[b],
		meanPredicted: sumP[b] / count[b],
		observedRate: sumY[b] / count[b]
	}));
}

/** Mean squared difference between predicted probability and outcome (0 = perfect). */
export function brierScore(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < scores.length; i++) s += (scores[i] - (labels[i] === 1 ? 1 : 0)) ** 2;
	return s / scores.length;
}

export interface GainsRow {
	/** Share of customers contacted, riskiest first (0.1 = top 10%). */
	fraction: number;
	contacted: number;
	churnersReached: number;
	/** Share of all churners among those contacted: "the riskiest 10% reaches X% of churners". */
	captureRate: number;
	/** captureRate / fraction: how many times better than contacting at random. */
	lift: number;
}

/** Cumulative gains: contact the top round(fraction·n) customers by score (ties in row order). */
export function gains(
	scores: ArrayLike<number>,
	labels: ArrayLike<number>,
	fractions: number[] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
): GainsRow[] {
	const order = orderByScoreDesc(scores);
	const p = countPositives(labels);
	const cum = new Int32Array(order.length + 1);
	for (let k = 0; k < order.length; k++) cum[k + 1] = cum[k] + (labels[order[k]] === 1 ? 1 : 0);
	return fractions.map((fraction) => {
		const contacted = Math.round(fraction * order.length);
		const captureRate = cum[contacted] / p;
		return {
			fraction,
			contacted,
			churnersReached: cum[contacted],
			captureRate,
			lift: captureRate / fraction
		};
	});
}

export interface ProfitAssumptions {
	costPerContact: number;
	/** Value of keeping one customer who would otherwise have left. */
	valueOfSavedCustomer: number;
	/** Share of contacted churners the campaign keeps (0–1). */
	saveRate: number;
}

export interface ProfitPoint {
	threshold: number;
	contacted: number;
	churnersContacted: number;
	/** churnersContacted · saveRate · value − contacted · cost. */
	expectedProfit: number;
}

/**
 * Expected campaign profit when contacting everyone with score ≥ threshold, at every distinct threshold,
 * plus "contact nobody" (threshold +Infinity, profit 0). `best` is the profit-maximizing point
 * (the highest threshold among equal profits: fewer contacts for the same money).
 */
export function profitCurve(
	scores: ArrayLike<number>,
	labels: ArrayLike<number>,
	a: ProfitAssumptions
): { points: ProfitPoint[]; best: ProfitPoint } {
	const points: ProfitPoint[] = [
		{ threshold: Infinity, contacted: 0, churnersContacted: 0, expectedProfit: 0 }
	];
	for (const pt of operatingPoints(scores, labels)) {
		const contacted = pt.tp + pt.fp;
		const expectedProfit = pt.tp * a.saveRate * a.valueOfSavedCustomer - contacted * a.costPerContact;
		points.push({ threshold: pt.threshold, contacted, churnersContacted: pt.tp, expectedProfit });
	}
	let best = points[0];
	for (const pt of points) if (pt.expectedProfit > best.expectedProfit) best = pt;
	return { points, best };
}
