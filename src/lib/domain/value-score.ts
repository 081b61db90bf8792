// The weighted customer value model: indicators in four groups, each normalised to 0–1, weighted (weights always
// shown summing to 100%), summed to a 0–100 value score. Missing values contribute 0: no credit for the unknown.
import type { DatasetShape } from './columns';
import type { Indicators } from './indicators';
import { midRank, sortedFinite } from './rank';

export const VALUE_GROUPS = {
	financial: ['historicalClv', 'predictedClv', 'revenueShare', 'margin'],
	behavioural: ['frequency', 'averageOrderValue', 'crossSell'],
	relationship: ['tenure', 'recency'],
	potential: ['trend', 'predictedPurchases']
} as const;
export type ValueGroup = keyof typeof VALUE_GROUPS;
export type ValueIndicator = (typeof VALUE_GROUPS)[ValueGroup][number];
export const VALUE_INDICATORS = Object.values(VALUE_GROUPS).flat() as ValueIndicator[];
/** Indicators where less is better: recency (days since the last purchase). */
export const INVERTED: ReadonlySet<ValueIndicator> = new Set<ValueIndicator>(['recency']);

export type ValueInputs = Partial<Record<ValueIndicator, Float64Array>>;
export type Weights = Partial<Record<ValueIndicator, number>>;
export type NormalizationMethod = 'minmax' | 'percentile' | 'zscore';
export const NORMALIZATION_METHODS: readonly NormalizationMethod[] = ['minmax', 'percentile', 'zscore'];

export interface ValueConfig {
	normalization: NormalizationMethod;
	/** Percentages; rescaled to 100 (visibly) when they do not add up. */
	weights: Weights;
}

/** Maps indicator columns (and CLV columns when fitted) to the value model's inputs. */
export function valueInputsFromIndicators(
	ind: Indicators,
	clv: { historical?: Float64Array; predicted?: Float64Array; predictedPurchases?: Float64Array } = {}
): ValueInputs {
	return {
		historicalClv: clv.historical ?? ind.margin ?? ind.monetary,
		predictedClv: clv.predicted,
		revenueShare: ind.revenueShare,
		margin: ind.margin,
		frequency: ind.frequency,
		averageOrderValue: ind.averageOrderValue,
		crossSell: ind.distinctProducts ?? ind.distinctCategories,
		tenure: ind.tenureDays,
		recency: ind.recencyDays,
		trend: ind.trend,
		predictedPurchases: clv.predictedPurchases
	};
}

/** Indicators with at least one known value. */
export function availableValueIndicators(inputs: ValueInputs): ValueIndicator[] {
	return VALUE_INDICATORS.filter((k) => inputs[k]?.some((v) => Number.isFinite(v)));
}

/**
 * Maps values to 0–1; NaN stays NaN. minmax: (v − min)/(max − min). percentile: (midRank − 1)/(n − 1), ties
 * share their mid rank. zscore: z clipped at ±3, then (z + 3)/6. A constant column maps to 0.5 (says nothing).
 */
export function normalize(values: Float64Array, method: NormalizationMethod): Float64Array {
	const out = new Float64Array(values.length).fill(NaN);
	let n = 0;
	let min = Infinity;
	let max = -Infinity;
	let sum = 0;
	for (const v of values)
		if (Number.isFinite(v)) {
			n++;
			sum += v;
			if (v < min) min = v;
			if (v > max) max = v;
		}
	if (n === 0) return out;
	const constant = max === min;
	if (method === 'percentile') {
		const sorted = sortedFinite(values);
		for (let i = 0; i < values.length; i++)
			if (Number.isFinite(values[i]))
				out[i] = n === 1 || constant ? 0.5 : (midRank(sorted, values[i]) - 1) / (n - 1);
		return out;
	}
	const mean = sum / n;
	let ss = 0;
	for (const v of values) if (Number.isFinite(v)) ss += (v - mean) ** 2;
	const sd = Math.sqrt(ss / n);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (!Number.isFinite(v)) continue;
		if (constant) out[i] = 0.5;
		else if (method === 'minmax') out[i] = (v - min) / (max - min);
		else out[i] = (Math.min(3, Math.max(-3, (v - mean) / sd)) + 3) / 6;
	}
	return out;
}

export type WeightMessage =
	| { key: 'tiering.weights.rescaled'; params: { sum: number } }
	| { key: 'tiering.weights.negative'; params: { indicator: string } }
	| { key: 'tiering.weights.allZero'; params: Record<string, never> }
	| { key: 'tiering.weights.unavailable'; params: { indicator: string } };

export interface NormalizedWeights {
	weights: Weights;
	/** True when the given weights did not sum to 100 and were scaled: the UI must say so. */
	rescaled: boolean;
	errors: WeightMessage[];
	messages: WeightMessage[];
}

/** Rescales weights to sum 100; negative or non-finite weights and an all-zero set are errors. */
export function normalizeWeights(weights: Weights): NormalizedWeights {
	const errors: WeightMessage[] = [];
	let sum = 0;
	for (const [k, w] of Object.entries(weights) as [ValueIndicator, number][]) {
		if (!(w >= 0)) errors.push({ key: 'tiering.weights.negative', params: { indicator: k } });
		else sum += w;
	}
	if (errors.length === 0 && sum === 0) errors.push({ key: 'tiering.weights.allZero', params: {} });
	if (errors.length) return { weights, rescaled: false, errors, messages: [] };
	const rescaled = Math.abs(sum - 100) > 1e-9;
	const out: Weights = {};
	for (const [k, w] of Object.entries(weights) as [ValueIndicator, number][]) out[k] = (w * 100) / sum;
	const messages: WeightMessage[] = rescaled ? [{ key: 'tiering.weights.rescaled', params: { sum } }] : [];
	return { weights: out, rescaled, errors, messages };
}

export interface ValueScoreResult {
	/** 0–100 per customer. */
	score: Float64Array;
	/** The weights actually used (sum 100), after dropping unavailable indicators. */
	weights: Weights;
	errors: WeightMessage[];
	/** Rescaling and dropped-indicator notices, to show beside the score. */
	messages: WeightMessage[];
}

/** score = Σ w_k · normalised_k (inverted for recency), missing values contributing 0; weights sum to 100. */
export function valueScore(inputs: ValueInputs, config: ValueConfig): ValueScoreResult {
	const available = new Set(availableValueIndicators(inputs));
	const messages: WeightMessage[] = [];
	const kept: Weights = {};
	for (const [k, w] of Object.entries(config.weights) as [ValueIndicator, number][]) {
		if (!w) continue;
		if (available.has(k)) kept[k] = w;
		else messages.push({ key: 'tiering.weights.unavailable', params: { indicator: k } });
	}
	const norm = normalizeWeights(kept);
	const n = firstLength(inputs);
	const score = new Float64Array(n);
	if (norm.errors.length) return { score: score.fill(NaN), weights: kept, errors: norm.errors, messages };
	for (const [k, w] of Object.entries(norm.weights) as [ValueIndicator, number][]) {
		const z = normalize(inputs[k] as Float64Array, config.normalization);
		const invert = INVERTED.has(k);
		for (let i = 0; i < n; i++) {
			const v = z[i];
			if (Number.isFinite(v)) score[i] += w * (invert ? 1 - v : v);
		}
	}
	return { score, weights: norm.weights, errors: [], messages: [...messages, ...norm.messages] };
}

/** Default weights (sum 100) over what is available; the two shapes have different evidence. */
export function defaultValueConfig(shape: DatasetShape, available: readonly ValueIndicator[]): ValueConfig {
	const base: Weights =
		shape === 'transactions'
			? {
					historicalClv: 25,
					predictedClv: 15,
					frequency: 15,
					averageOrderValue: 10,
					crossSell: 5,
					tenure: 10,
					recency: 15,
					trend: 5
				}
			: { historicalClv: 40, frequency: 25, recency: 25, tenure: 10 };
	const have = new Set(available);
	const kept: Weights = {};
	for (const [k, w] of Object.entries(base) as [ValueIndicator, number][]) if (have.has(k)) kept[k] = w;
	const norm = normalizeWeights(kept);
	return { normalization: 'percentile', weights: norm.errors.length ? {} : roundWeights(norm.weights) };
}

/** Rounds to one decimal while keeping the sum exactly 100 (the remainder goes to the largest weight). */
function roundWeights(w: Weights): Weights {
	const entries = Object.entries(w) as [ValueIndicator, number][];
	const out: Weights = {};
	let sum = 0;
	for (const [k, v] of entries) sum += out[k] = Math.round(v * 10) / 10;
	const top = entries.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
	out[top] = Math.round(((out[top] ?? 0) + 100 - sum) * 10) / 10;
	return out;
}

function firstLength(inputs: ValueInputs): number {
	for (const v of Object.values(inputs)) if (v) return v.length;
	return 0;
}
