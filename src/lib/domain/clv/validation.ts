// The whole CLV check a consultant shows a client: split at a calibration end, fit BG/NBD and Pareto/NBD on the
// calibration period, compare them by log-likelihood, BIC and holdout error, pick the better one (or the user's
// choice), check spend with Gamma–Gamma, and say in plain terms what data is missing. Pure and serialisable.
import type { TransactionColumns } from '../transactions';
import { DAY_MS } from '../transactions';
import { checkHoldout, type HoldoutCheck } from './holdout-check';
import { defaultCalibrationEnd, splitCalibrationHoldout } from './holdout-split';
import { modelHeatmaps, type ModelHeatmaps } from './heatmaps';
import {
	fitPurchaseModel,
	PURCHASE_MODELS,
	type PurchaseModelFit,
	type PurchaseModelKind
} from './purchase-model';
import { checkSpend, fitSpend, type SpendCheck, type SpendFit } from './spend-check';

export interface ModelResult {
	kind: PurchaseModelKind;
	fit: PurchaseModelFit;
	/** Absent when the fit failed; per-customer predictions are dropped to keep the result small. */
	check?: Omit<HoldoutCheck, 'predicted'>;
}

export type ClvAdvice =
	| { key: 'clv.advice.addHistory'; params: { months: number } }
	| { key: 'clv.advice.moreCustomers'; params: { count: number; min: number } }
	| { key: 'clv.advice.fewRepeatBuyers'; params: { count: number; min: number } }
	| { key: 'clv.advice.shortHoldout'; params: { weeks: number } };

export interface ClvValidation {
	calibrationEnd: number;
	holdoutEnd: number;
	firstDate: number;
	models: ModelResult[];
	/** The model shown and used: the user's choice, else the converged one with the lower holdout error. */
	chosen: PurchaseModelKind | null;
	chosenBy: 'user' | 'holdoutError' | null;
	spend: SpendFit;
	spendCheck: SpendCheck | null;
	heatmaps: ModelHeatmaps | null;
	advice: ClvAdvice[];
	/** True when the calibration end is one the user picked (saved per dataset), false for the default split. */
	calibrationEndPicked?: boolean;
}

export interface ValidationOptions {
	/** UTC ms; undefined or null = the default split (null also tells the worker to forget a saved choice). */
	calibrationEnd?: number | null;
	model?: PurchaseModelKind | 'auto';
}

const MIN_SPAN_DAYS = 365;
const MIN_BUYERS = 500;
const MIN_REPEAT_BUYERS = 100;
const MIN_HOLDOUT_WEEKS = 8;

export function validateClv(
	tx: TransactionColumns,
	customerCount: number,
	options: ValidationOptions = {}
): ClvValidation | { error: 'clv.error.noDates' } {
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < tx.date.length; i++) {
		const d = tx.date[i];
		if (d < first) first = d;
		if (d > last) last = d;
	}
	if (!(last > first)) return { error: 'clv.error.noDates' };
	const fallback = defaultCalibrationEnd(first, last);
	const wanted = options.calibrationEnd;
	const picked = typeof wanted === 'number' && wanted > first && wanted < last;
	const calibrationEnd = picked ? wanted : fallback;
	const split = splitCalibrationHoldout(tx, customerCount, calibrationEnd, last);
	const models: ModelResult[] = [];
	const predictions = new Map<PurchaseModelKind, Float64Array>();
	let previous: PurchaseModelFit | undefined;
	for (const kind of PURCHASE_MODELS) {
		const hint = previous && !('error' in previous) ? previous.model : undefined;
		const fit = fitPurchaseModel(kind, split.calibration, hint);
		previous = fit;
		if ('error' in fit) {
			models.push({ kind, fit });
			continue;
		}
		const { predicted, ...check } = checkHoldout(split, fit.model);
		predictions.set(kind, predicted);
		models.push({ kind, fit, check });
	}
	const { chosen, chosenBy } = choose(models, options.model);
	const spend = fitSpend(split.calibration.x, split.calibration.monetary);
	const chosenFit = models.find((m) => m.kind === chosen)?.fit;
	const predicted = chosen ? predictions.get(chosen) : undefined;
	return {
		calibrationEnd: split.calibrationEndDay * DAY_MS,
		holdoutEnd: split.holdoutEndDay * DAY_MS,
		firstDate: first,
		models,
		chosen,
		chosenBy,
		spend,
		spendCheck: 'error' in spend || !predicted ? null : checkSpend(split, spend.params, predicted),
		heatmaps: chosenFit && !('error' in chosenFit) ? modelHeatmaps(chosenFit.model, split.calibration) : null,
		advice: advise(split, first, last),
		calibrationEndPicked: picked
	};
}

function choose(models: ModelResult[], wanted: ValidationOptions['model']) {
	const usable = models.filter((m) => m.check && !('error' in m.fit));
	const asked = usable.find((m) => m.kind === wanted);
	if (asked) return { chosen: asked.kind, chosenBy: 'user' as const };
	// A fit at the data's own homogeneous-dropout limit is a proper answer, not a failed optimisation.
	const converged = usable.filter(
		(m) => !('error' in m.fit) && (m.fit.converged || m.fit.reason === 'flatDropout')
	);
	const pool = converged.length ? converged : usable;
	const best = pool.reduce<ModelResult | null>(
		(b, m) => (!b || (m.check?.mae ?? Infinity) < (b.check?.mae ?? Infinity) ? m : b),
		null
	);
	return best ? { chosen: best.kind, chosenBy: 'holdoutError' as const } : { chosen: null, chosenBy: null };
}

function advise(split: ReturnType<typeof splitCalibrationHoldout>, first: number, last: number): ClvAdvice[] {
	const advice: ClvAdvice[] = [];
	const spanDays = (last - first) / DAY_MS + 1;
	if (spanDays < MIN_SPAN_DAYS)
		advice.push({
			key: 'clv.advice.addHistory',
			params: { months: Math.ceil((MIN_SPAN_DAYS - spanDays) / 30.44) }
		});
	let buyers = 0;
	let repeat = 0;
	for (const x of split.calibration.x) {
		if (Number.isNaN(x)) continue;
		buyers++;
		if (x > 0) repeat++;
	}
	if (buyers < MIN_BUYERS)
		advice.push({ key: 'clv.advice.moreCustomers', params: { count: buyers, min: MIN_BUYERS } });
	if (repeat < MIN_REPEAT_BUYERS)
		advice.push({ key: 'clv.advice.fewRepeatBuyers', params: { count: repeat, min: MIN_REPEAT_BUYERS } });
	if (split.holdoutWeeks < MIN_HOLDOUT_WEEKS)
		advice.push({ key: 'clv.advice.shortHoldout', params: { weeks: Math.round(split.holdoutWeeks) } });
	return advice;
}
