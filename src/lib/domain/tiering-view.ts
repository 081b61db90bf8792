// Turns the engine's per-customer columns into the small aggregates the Overview draws (tier shares, R×F
// grid, tier × lifecycle matrix, measure histogram). Every aggregate counts each customer exactly once.
import { tierClvSummary } from './clv/tier-clv';
import type { AnalysisResult, TierMeasure } from '$lib/domain/analysis';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import { EIGHT_CLASSES, RFM_SEGMENTS } from '$lib/domain/rfm';
import { availableValueIndicators, valueInputsFromIndicators } from '$lib/domain/value-score';
import type {
	ClvFit,
	CustomerTable,
	Histogram,
	MessageRef,
	RfCell,
	TieringDefinitions,
	TieringView,
	TierSummary
} from '$lib/domain/tiering-types';

export const HISTOGRAM_BINS = 20;

export function countCodes(codes: ArrayLike<number>, size: number): number[] {
	const out = new Array<number>(size).fill(0);
	for (let i = 0; i < codes.length; i++) {
		const c = codes[i];
		if (c >= 0 && c < size) out[c]++;
	}
	return out;
}

/** Mean monetary per R score (rows) × F score (columns) cell; scores are 1..5. */
export function rfGrid(r: Uint8Array, f: Uint8Array, monetary: Float64Array): RfCell[][] {
	const count = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
	const sum = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
	const known = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
	for (let i = 0; i < r.length; i++) {
		const a = r[i] - 1;
		const b = f[i] - 1;
		count[a][b]++;
		if (Number.isFinite(monetary[i])) {
			sum[a][b] += monetary[i];
			known[a][b]++;
		}
	}
	return count.map((row, a) =>
		row.map((c, b) => ({ count: c, meanMonetary: known[a][b] ? sum[a][b] / known[a][b] : NaN }))
	);
}

/** Tier (rows; the last row holds customers without a tier) × lifecycle stage (columns) counts. */
export function tierLifecycleMatrix(tier: Int32Array, stage: Uint8Array, tierCount: number): number[][] {
	const stages = LIFECYCLE_STAGES.length;
	const m = Array.from({ length: tierCount + 1 }, () => new Array<number>(stages).fill(0));
	for (let i = 0; i < tier.length; i++) {
		const k = tier[i] >= 0 && tier[i] < tierCount ? tier[i] : tierCount;
		m[k][stage[i]]++;
	}
	return m;
}

/**
 * Equal-width bins over [lo, hi] (the value score uses 0–100; other measures their finite range). A value on
 * the upper edge goes into the last bin; NaN/±Infinity count as missing.
 */
export function histogram(values: Float64Array, bins: number, range?: [number, number]): Histogram {
	let lo = Infinity;
	let hi = -Infinity;
	let missing = 0;
	for (const v of values) {
		if (!Number.isFinite(v)) missing++;
		else {
			if (v < lo) lo = v;
			if (v > hi) hi = v;
		}
	}
	if (range) [lo, hi] = range;
	if (!(hi > lo)) {
		lo = Number.isFinite(lo) ? lo : 0;
		hi = lo + 1;
	}
	const width = (hi - lo) / bins;
	const edges = Array.from({ length: bins + 1 }, (_, k) => lo + k * width);
	const counts = new Array<number>(bins).fill(0);
	for (const v of values) {
		if (!Number.isFinite(v)) continue;
		const k = Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)));
		counts[k]++;
	}
	return { edges, counts, missing };
}

export function measureValues(result: AnalysisResult, measure: TierMeasure): Float64Array {
	if (measure === 'valueScore') return result.value.score;
	if (measure === 'historicalClv') return result.historicalClv;
	if (measure === 'predictedClv')
		return result.clv?.predicted ?? new Float64Array(result.indicators.customerCount).fill(NaN);
	if (measure === 'predictedSpend12m')
		return (
			result.clv?.outlook?.predictedSpend12m ?? new Float64Array(result.indicators.customerCount).fill(NaN)
		);
	return result.indicators[measure] ?? new Float64Array(result.indicators.customerCount).fill(NaN);
}

export function tierColumn(result: AnalysisResult): Int32Array {
	return 'tier' in result.tiers
		? result.tiers.tier
		: new Int32Array(result.indicators.customerCount).fill(-1);
}

export interface ViewExtras {
	datasetId: string;
	shape: 'transactions' | 'customers';
	computedAt: number;
	ids: string[];
	names?: string[];
	phones?: string[];
	warnings: MessageRef[];
	definitions: TieringDefinitions;
}

export function buildView(result: AnalysisResult, extras: ViewExtras): TieringView {
	const ind = result.indicators;
	const n = ind.customerCount;
	const tier = tierColumn(result);
	const measure = extras.definitions.tierMeasure ?? 'valueScore';
	const counts = result.kpis.tiers;
	let positive = 0;
	for (let i = 0; i < n; i++) if (ind.monetary[i] > 0) positive += ind.monetary[i];
	const bounds = 'tier' in result.tiers ? result.tiers.lowerBounds : [];
	const tiers: TierSummary[] = result.tiering.tiers.map((spec, k) => ({
		id: spec.id,
		label: spec.label,
		count: counts.counts[k],
		revenue: counts.revenue[k],
		customerShare: n ? counts.counts[k] / n : 0,
		revenueShare: positive > 0 ? Math.max(0, counts.revenue[k]) / positive : 0,
		lowerBound: bounds[k] ?? NaN
	}));
	const values = measureValues(result, measure);
	const presets = result.tiering.method === 'preset';
	const { tiers: _tierCounts, ...kpis } = result.kpis;
	void _tierCounts;
	const available = availableValueIndicators(
		valueInputsFromIndicators(ind, {
			historical: result.historicalClv,
			predicted: result.clv?.predicted,
			predictedPurchases: result.clv?.predictedPurchases
		})
	);
	// With nothing at all to rank by, one plain sentence instead of a weight left out per indicator and
	// "at least one weight must be above zero", which asks the user to fix weights that cannot help.
	const valueWarnings: MessageRef[] = available.length
		? [...result.value.messages, ...result.value.errors]
		: [{ key: 'views.warning.nothingToRank' }];
	const warnings: MessageRef[] = [
		...extras.warnings,
		...(result.clv?.warnings ?? []),
		...(result.clv?.errors ?? []).map((key) => ({ key })),
		...valueWarnings
	];
	return {
		datasetId: extras.datasetId,
		shape: extras.shape,
		computedAt: extras.computedAt,
		analysisDate: ind.analysisDate,
		frequencyRule: ind.frequencyRule,
		kpis,
		tiering: result.tiering,
		tierMeasure: measure,
		tiers,
		unassigned: counts.unassigned,
		tierErrors: 'errors' in result.tiers ? result.tiers.errors : [],
		valueConfig: result.valueConfig,
		valueWeights: result.value.weights,
		availableIndicators: available,
		segments: countCodes(result.rfm.segment, RFM_SEGMENTS.length),
		eightClasses: countCodes(result.rfm.eightClass, EIGHT_CLASSES.length),
		rfGrid: rfGrid(result.rfm.r, result.rfm.f, ind.monetary),
		rfmLevels: result.rfm.levels,
		pareto: {
			points: result.pareto.points,
			top20RevenueShare: result.pareto.top20RevenueShare,
			customerShareFor80: result.pareto.customerShareFor80,
			byTier: result.paretoByTier.map((c) => ({
				top20RevenueShare: c.top20RevenueShare,
				customerShareFor80: c.customerShareFor80
			}))
		},
		lifecycle: countCodes(result.lifecycle, LIFECYCLE_STAGES.length),
		tierLifecycle: tierLifecycleMatrix(tier, result.lifecycle, result.tiering.tiers.length),
		histogram: histogram(values, HISTOGRAM_BINS, measure === 'valueScore' ? [0, 100] : undefined),
		cutoffs: presets ? [] : bounds.filter((b) => Number.isFinite(b)),
		clvFitted: Boolean(result.clv?.predicted),
		...(result.clv?.model ? { clvModel: result.clv.model } : {}),
		...clvFitOf(result, extras.definitions),
		...(result.clv?.predicted
			? { tierClv: tierClvSummary(tier, result.clv.predicted, result.tiering.tiers.length) }
			: {}),
		warnings,
		definitions: extras.definitions
	};
}

/** What the SQL export needs to recompute predicted CLV: the fitted parameters and the options they ran with. */
function clvFitOf(result: AnalysisResult, defs: TieringDefinitions): { clvFit?: ClvFit } {
	const clv = result.clv;
	if (!clv?.bgNbd || !clv.model) return {};
	return {
		clvFit: {
			model: clv.model,
			bgNbd: clv.bgNbd,
			...(clv.gammaGamma ? { gammaGamma: clv.gammaGamma } : {}),
			unit: defs.clv?.unit ?? 'weeks',
			months: defs.clv?.months ?? 12,
			monthlyDiscount: defs.clv?.monthlyDiscount ?? 0.01
		}
	};
}

export function buildTable(
	result: AnalysisResult,
	extras: Pick<ViewExtras, 'ids' | 'names' | 'phones'>
): CustomerTable {
	const ind = result.indicators;
	return {
		ids: extras.ids,
		names: extras.names,
		phones: extras.phones,
		tier: tierColumn(result),
		segment: result.rfm.segment,
		eightClass: result.rfm.eightClass,
		lifecycle: result.lifecycle,
		valueScore: result.value.score,
		recencyDays: ind.recencyDays,
		frequency: ind.frequency,
		monetary: ind.monetary,
		clv: result.clv?.predicted ?? result.historicalClv
	};
}
