// The one entry point the analysis worker calls: indicators → RFM → CLV (when the data allows) → value score →
// tiers → lifecycle → Pareto, plus the headline KPIs. Pure and synchronous; the worker owns storage and progress.
import { fitBgNbd, type BgNbdParams } from './clv/bg-nbd';
import { fitGammaGamma, type GammaGammaParams } from './clv/gamma-gamma';
import { historicalClv, predictClv, predictPurchases } from './clv/predict';
import { customerOutlook, type CustomerOutlook } from './clv/customer-outlook';
import {
	aliveProbability,
	fitPurchaseModel,
	type PurchaseModel,
	type PurchaseModelKind
} from './clv/purchase-model';
import type { ParetoNbdParams } from './clv/pareto-nbd';
import {
	clvDataWarnings,
	clvSummaryFromTransactions,
	type ClvSummary,
	type ClvTimeUnit,
	type ClvWarning
} from './clv/summary';
import { indicatorsFromCustomerTable, type CustomerColumns } from './customer-indicators';
import { groupDistinct } from './group-distinct';
import { computeIndicators, type IndicatorKey, type Indicators } from './indicators';
import { DEFAULT_LIFECYCLE_RULES, lifecycleStages, type LifecycleRules } from './lifecycle';
import { paretoByTier, paretoCurve, type ParetoCurve } from './pareto';
import { computeRfm, type RfmResult } from './rfm';
import { assignTiers, DEFAULT_TIERING, tierCounts, type TierCounts, type TierDefinition } from './tiers';
import type { TierAssignment, TierValidationError } from './tiers';
import { dayNumbers, defaultAnalysisDate, purchaseLines, type TransactionColumns } from './transactions';
import {
	availableValueIndicators,
	defaultValueConfig,
	valueInputsFromIndicators,
	valueScore,
	type ValueConfig,
	type ValueScoreResult
} from './value-score';

/** A customer counts as active when their last purchase is at most this many days before the analysis date. */
export const ACTIVE_WITHIN_DAYS = 90;

export type AnalysisInput =
	| { shape: 'transactions'; tx: TransactionColumns; customerCount: number; analysisDate?: number }
	| {
			shape: 'customers';
			columns: CustomerColumns;
			customerCount: number;
			tenureUnit: 'months' | 'days';
			analysisDate?: number;
			/** x, t_x, T (weeks) and mean repeat spend, when the list is a buy-till-you-die summary. */
			purchaseSummary?: Omit<ClvSummary, 'unit'>;
	  };

/** What the tiers rank by: the value score (default), a CLV column, or any indicator (for rule tierings). */
export type TierMeasure =
	'valueScore' | 'historicalClv' | 'predictedClv' | 'predictedSpend12m' | IndicatorKey;

export interface AnalysisDefinitions {
	value?: ValueConfig;
	tiering?: TierDefinition;
	tierMeasure?: TierMeasure;
	lifecycle?: LifecycleRules;
	clv?: {
		months?: number;
		monthlyDiscount?: number;
		unit?: ClvTimeUnit;
		model?: PurchaseModelKind;
		/** Who chose `model`: the user, or the CLV check's holdout comparison (which may then change it). */
		modelChosenBy?: 'user' | 'holdout';
	};
}

export interface ClvResult {
	/** Empty when the models were fitted; otherwise why they were not. */
	warnings: ClvWarning[];
	errors: string[];
	bgNbd?: BgNbdParams;
	/** Pareto/NBD's fit on the full history, when it is the model used. */
	paretoNbd?: ParetoNbdParams;
	gammaGamma?: GammaGammaParams;
	predicted?: Float64Array;
	predictedPurchases?: Float64Array;
	probabilityAlive?: Float64Array;
	/** Per-customer outlook (next purchases, next purchase date, 12-month spend tier) from the model used. */
	outlook?: CustomerOutlook;
	/** The purchase model behind every prediction (BG/NBD unless Pareto/NBD was chosen on the CLV check). */
	model?: PurchaseModelKind;
}

export interface AnalysisKpis {
	customers: number;
	/** Customers with at least one purchase. */
	buyers: number;
	revenue: number;
	/** Share of all customers whose last purchase is within ACTIVE_WITHIN_DAYS (inclusive); NaN with no dates. */
	activeRate: number;
	/** Share of buyers with frequency ≥ 2; NaN when no purchase count is known. */
	repeatRate: number;
	averageHistoricalClv: number;
	/** Mean predicted CLV over buyers; NaN when CLV was not fitted. */
	averagePredictedClv: number;
	tiers: TierCounts;
}

export interface AnalysisResult {
	indicators: Indicators;
	rfm: RfmResult;
	historicalClv: Float64Array;
	clv: ClvResult | null;
	value: ValueScoreResult;
	valueConfig: ValueConfig;
	tiering: TierDefinition;
	tiers: TierAssignment | { errors: TierValidationError[] };
	lifecycle: Uint8Array;
	pareto: ParetoCurve;
	paretoByTier: ParetoCurve[];
	kpis: AnalysisKpis;
}

export function analyseCustomers(input: AnalysisInput, defs: AnalysisDefinitions = {}): AnalysisResult {
	const n = input.customerCount;
	let indicators: Indicators;
	let clv: ClvResult | null = null;
	if (input.shape === 'transactions') {
		const analysisDate = input.analysisDate ?? defaultAnalysisDate(input.tx);
		const days = groupDistinct(
			input.tx.customer,
			dayNumbers(input.tx.date),
			purchaseLines(input.tx, n, analysisDate),
			n
		);
		indicators = computeIndicators(input.tx, n, analysisDate, days);
		clv = runClv(input.tx, n, analysisDate, days, defs.clv ?? {});
	} else {
		indicators = indicatorsFromCustomerTable(input.columns, n, {
			tenureUnit: input.tenureUnit,
			analysisDate: input.analysisDate
		});
		// A buy-till-you-die summary holds exactly what the purchase and spend models are fitted on.
		if (input.purchaseSummary)
			clv = clvFromSummary({ unit: 'weeks', ...input.purchaseSummary }, defs.clv ?? {});
	}
	const rfm = computeRfm(indicators);
	const historical = historicalClv(indicators);
	const inputs = valueInputsFromIndicators(indicators, {
		historical,
		predicted: clv?.predicted,
		predictedPurchases: clv?.predictedPurchases
	});
	const valueConfig = defs.value ?? defaultValueConfig(input.shape, availableValueIndicators(inputs));
	const value = valueScore(inputs, valueConfig);
	const tiering = defs.tiering ?? DEFAULT_TIERING;
	const measure = measureColumn(defs.tierMeasure ?? 'valueScore', indicators, value.score, historical, clv);
	const tiers = assignTiers(measure, tiering, { rfm });
	const tierIndex = 'tier' in tiers ? tiers.tier : new Int32Array(n).fill(-1);
	const tierCount = tiering.tiers.length;
	return {
		indicators,
		rfm,
		historicalClv: historical,
		clv,
		value,
		valueConfig,
		tiering,
		tiers,
		lifecycle: lifecycleStages(indicators, defs.lifecycle ?? DEFAULT_LIFECYCLE_RULES),
		pareto: paretoCurve(indicators.monetary),
		paretoByTier: paretoByTier(indicators.monetary, tierIndex, tierCount),
		kpis: kpis(indicators, historical, clv, tierCounts(tierIndex, tierCount, indicators.monetary))
	};
}

function runClv(
	tx: TransactionColumns,
	n: number,
	analysisDate: number,
	days: ReturnType<typeof groupDistinct>,
	opts: NonNullable<AnalysisDefinitions['clv']>
): ClvResult {
	const summary = clvSummaryFromTransactions(tx, n, { analysisDate, unit: opts.unit ?? 'weeks', days });
	return clvFromSummary(summary, opts);
}

function clvFromSummary(summary: ClvSummary, opts: NonNullable<AnalysisDefinitions['clv']>): ClvResult {
	const warnings = clvDataWarnings(summary);
	if (warnings.length) return { warnings, errors: [] };
	const bg = fitBgNbd(summary);
	const gg = fitGammaGamma(summary.x, summary.monetary);
	const errors: string[] = [...('error' in bg ? [bg.error] : []), ...('error' in gg ? [gg.error] : [])];
	if ('error' in bg) return { warnings, errors };
	const model = purchaseModelFor(opts.model, summary, { kind: 'bgnbd', params: bg.params }, errors);
	const result: ClvResult = {
		warnings,
		errors,
		bgNbd: bg.params,
		...(model.kind === 'paretonbd' ? { paretoNbd: model.params } : {}),
		model: model.kind,
		predictedPurchases: predictPurchases(model, summary, opts.months ?? 12),
		probabilityAlive: aliveProbability(model, summary)
	};
	// The spend model's population mean p·v/(q − 1) only exists for q > 1.
	if (!('error' in gg) && gg.params.q > 1) {
		result.gammaGamma = gg.params;
		result.predicted = predictClv(model, gg.params, summary, opts);
	} else if (!('error' in gg)) errors.push('tiering.clv.error.spendModel');
	result.outlook = customerOutlook(model, result.gammaGamma, summary);
	return result;
}

/**
 * The purchase model behind every prediction: Pareto/NBD when it was chosen (by the user or the CLV check) and its
 * fit on the full history succeeds, else BG/NBD, with the reason recorded so the fallback is never silent.
 */
function purchaseModelFor(
	kind: PurchaseModelKind | undefined,
	summary: ReturnType<typeof clvSummaryFromTransactions>,
	bg: PurchaseModel,
	errors: string[]
): PurchaseModel {
	if (kind !== 'paretonbd') return bg;
	const fit = fitPurchaseModel('paretonbd', summary, bg);
	if ('error' in fit) {
		errors.push('tiering.clv.error.paretoFallback');
		return bg;
	}
	if (!fit.converged && fit.reason !== 'flatDropout') errors.push('tiering.clv.error.paretoNotConverged');
	return fit.model;
}

function measureColumn(
	m: TierMeasure,
	ind: Indicators,
	score: Float64Array,
	historical: Float64Array,
	clv: ClvResult | null
): Float64Array {
	if (m === 'valueScore') return score;
	if (m === 'historicalClv') return historical;
	if (m === 'predictedClv') return clv?.predicted ?? new Float64Array(ind.customerCount).fill(NaN);
	if (m === 'predictedSpend12m')
		return clv?.outlook?.predictedSpend12m ?? new Float64Array(ind.customerCount).fill(NaN);
	return ind[m] ?? new Float64Array(ind.customerCount).fill(NaN);
}

function kpis(
	ind: Indicators,
	historical: Float64Array,
	clv: ClvResult | null,
	tiers: TierCounts
): AnalysisKpis {
	const n = ind.customerCount;
	let buyers = 0;
	let repeaters = 0;
	let knownFrequency = 0;
	let active = 0;
	let knownRecency = 0;
	let revenue = 0;
	let hist = 0;
	let predicted = 0;
	let predictedCount = 0;
	for (let c = 0; c < n; c++) {
		const f = ind.frequency[c];
		const bought = f > 0 || (ind.frequencyRule === 'given' && Number.isNaN(f) && ind.monetary[c] > 0);
		if (bought) buyers++;
		if (f >= 2) repeaters++;
		if (bought && Number.isFinite(f)) knownFrequency++;
		if (Number.isFinite(ind.recencyDays[c])) knownRecency++;
		if (ind.recencyDays[c] <= ACTIVE_WITHIN_DAYS) active++;
		if (Number.isFinite(ind.monetary[c])) revenue += ind.monetary[c];
		if (Number.isFinite(historical[c])) hist += historical[c];
		const p = clv?.predicted?.[c];
		if (p !== undefined && Number.isFinite(p)) {
			predicted += p;
			predictedCount++;
		}
	}
	return {
		customers: n,
		buyers,
		revenue,
		// A customer list without dates or purchase counts says nothing about activity or repeats: the rate is
		// unknown (shown as a dash), never a false 0%. Customers with no purchase still count as not active.
		activeRate: knownRecency ? active / n : NaN,
		repeatRate: knownFrequency ? repeaters / buyers : NaN,
		averageHistoricalClv: n ? hist / n : NaN,
		averagePredictedClv: predictedCount ? predicted / predictedCount : NaN,
		tiers
	};
}
