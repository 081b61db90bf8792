// The churn feature pipeline: which columns become model inputs and exactly how, fitted on the training
// rows only and stored as plain JSON beside the model, so new data is scored with the same encoding.
import { rocAuc } from './metrics';

/** A column as the pipeline sees it: numbers (NaN / ±Infinity = missing) or labels ('' / null = missing). */
export type RawColumn =
	| { name: string; kind: 'numeric'; values: ArrayLike<number> }
	| { name: string; kind: 'categorical'; values: ArrayLike<string | null | undefined> };

export type ExclusionReason = 'allMissing' | 'constant' | 'labelSource' | 'leakName' | 'idLike' | 'leakAuc';

export interface Exclusion {
	column: string;
	reason: ExclusionReason;
	/** For leakAuc: the single-feature AUC that gave it away. */
	auc?: number;
}

export type FeatureStep =
	| { kind: 'numeric'; column: string; median: number; mean: number; std: number; missingIndicator: boolean }
	| { kind: 'categorical'; column: string; levels: string[]; other: boolean; missing: boolean };

export interface FeaturePipeline {
	version: 1;
	steps: FeatureStep[];
	excluded: Exclusion[];
	featureNames: string[];
}

export interface FitOptions {
	/** Name of the column the label was made from: never a feature. */
	labelSource?: string;
	/** Rows whose statistics define the encoding (the training split). Default: all rows. */
	trainRows?: ArrayLike<number>;
	/** Categorical levels under this share of training rows go to one "other" column. Default 0.01. */
	minCategoryShare?: number;
	/** A single feature separating churners this well is treated as leaking the answer. Default 0.99. */
	leakAuc?: number;
}

export type FitResult = { pipeline: FeaturePipeline } | { error: 'noFeatures'; excluded: Exclusion[] };

// Names that describe the outcome itself (a churn flag, a cancellation date): known only after the fact.
const LEAK_NAME =
	/churn|cancel|attrition|terminat|closed?[\s_-]*(date|at)|end[\s_-]*date|流失|注销|退订|解约|销户|离网/i;

export const OTHER_LEVEL = '__other__';
export const MISSING_LEVEL = '__missing__';

const isMissingText = (v: string | null | undefined) => v === null || v === undefined || v === '';

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Fits the pipeline on the training rows; returns an error when no column is usable. */
export function fitPipeline(
	columns: RawColumn[],
	label: ArrayLike<number>,
	options: FitOptions = {}
): FitResult {
	const rows = options.trainRows ?? Int32Array.from({ length: label.length }, (_, i) => i);
	const minShare = options.minCategoryShare ?? 0.01;
	const leakAuc = options.leakAuc ?? 0.99;
	const y = Float64Array.from({ length: rows.length }, (_, k) => label[rows[k]]);
	const steps: FeatureStep[] = [];
	const excluded: Exclusion[] = [];
	const exclude = (column: string, reason: ExclusionReason, auc?: number) =>
		excluded.push(auc === undefined ? { column, reason } : { column, reason, auc });

	for (const col of columns) {
		const step =
			col.kind === 'numeric' ? fitNumeric(col.name, col.values, rows) : fitCategorical(col, rows, minShare);
		if ('reason' in step) {
			exclude(col.name, step.reason);
			continue;
		}
		if (col.name === options.labelSource) exclude(col.name, 'labelSource');
		else if (LEAK_NAME.test(col.name)) exclude(col.name, 'leakName');
		else if (col.kind === 'categorical' && isIdLike(col.values, rows)) exclude(col.name, 'idLike');
		else {
			const auc = singleFeatureAuc(step, col, rows, y);
			if (Math.max(auc, 1 - auc) > leakAuc) exclude(col.name, 'leakAuc', auc);
			else steps.push(step);
		}
	}
	if (steps.length === 0) return { error: 'noFeatures', excluded };
	return { pipeline: { version: 1, steps, excluded, featureNames: steps.flatMap(stepFeatureNames) } };
}

function fitNumeric(
	name: string,
	values: ArrayLike<number>,
	rows: ArrayLike<number>
): FeatureStep | { reason: ExclusionReason } {
	const present: number[] = [];
	for (let k = 0; k < rows.length; k++) {
		const v = values[rows[k]];
		if (Number.isFinite(v)) present.push(v);
	}
	if (present.length === 0) return { reason: 'allMissing' };
	const med = median(present);
	const missingCount = rows.length - present.length;
	// Mean and std of the values the model will actually see: observed values plus the imputed medians.
	let sum = med * missingCount;
	for (const v of present) sum += v;
	const mean = sum / rows.length;
	let ss = (med - mean) ** 2 * missingCount;
	for (const v of present) ss += (v - mean) ** 2;
	const std = Math.sqrt(ss / rows.length);
	if (std === 0 && missingCount === 0) return { reason: 'constant' };
	return {
		kind: 'numeric',
		column: name,
		median: med,
		mean,
		std: std || 1,
		missingIndicator: missingCount > 0
	};
}

function fitCategorical(
	col: Extract<RawColumn, { kind: 'categorical' }>,
	rows: ArrayLike<number>,
	minShare: number
): FeatureStep | { reason: ExclusionReason } {
	const counts = new Map<string, number>();
	let missing = 0;
	for (let k = 0; k < rows.length; k++) {
		const v = col.values[rows[k]];
		if (isMissingText(v)) missing++;
		else counts.set(v as string, (counts.get(v as string) ?? 0) + 1);
	}
	if (counts.size === 0) return { reason: 'allMissing' };
	if (counts.size === 1 && missing === 0) return { reason: 'constant' };
	const levels = [...counts].filter(([, c]) => c / rows.length >= minShare).map(([v]) => v);
	levels.sort();
	return {
		kind: 'categorical',
		column: col.name,
		levels,
		other: levels.length < counts.size,
		missing: missing > 0
	};
}

/** Every present training value distinct (and enough rows to tell): a customer id, e-mail or phone number. */
function isIdLike(values: ArrayLike<string | null | undefined>, rows: ArrayLike<number>): boolean {
	const seen = new Set<string>();
	for (let k = 0; k < rows.length; k++) {
		const v = values[rows[k]];
		if (isMissingText(v)) continue;
		if (seen.has(v as string)) return false;
		seen.add(v as string);
	}
	return seen.size >= 20;
}

/** How well the column alone ranks churners: numeric by value, categorical by its levels' churn rates. */
function singleFeatureAuc(
	step: FeatureStep,
	col: RawColumn,
	rows: ArrayLike<number>,
	y: Float64Array
): number {
	const score = new Float64Array(rows.length);
	if (step.kind === 'numeric') {
		for (let k = 0; k < rows.length; k++)
			score[k] = encodeNumeric(step, (col.values as ArrayLike<number>)[rows[k]]);
	} else {
		const codes = Int32Array.from({ length: rows.length }, (_, k) =>
			levelSlot(step, col.values[rows[k]] as string)
		);
		const pos = new Float64Array(step.levels.length + 2);
		const all = new Float64Array(step.levels.length + 2);
		codes.forEach((c, k) => {
			all[c]++;
			pos[c] += y[k];
		});
		codes.forEach((c, k) => (score[k] = pos[c] / all[c]));
	}
	return rocAuc(score, y);
}

function encodeNumeric(step: Extract<FeatureStep, { kind: 'numeric' }>, v: number): number {
	return ((Number.isFinite(v) ? v : step.median) - step.mean) / step.std;
}

/** Index of the one-hot column for a value: a level, then "other", then "missing"; -1 = no column. */
function levelSlot(
	step: Extract<FeatureStep, { kind: 'categorical' }>,
	v: string | null | undefined
): number {
	if (isMissingText(v)) return step.missing ? step.levels.length + (step.other ? 1 : 0) : -1;
	const i = step.levels.indexOf(v as string);
	if (i >= 0) return i;
	return step.other ? step.levels.length : -1;
}

function stepFeatureNames(step: FeatureStep): string[] {
	if (step.kind === 'numeric')
		return step.missingIndicator ? [step.column, `${step.column}=${MISSING_LEVEL}`] : [step.column];
	const names = step.levels.map((l) => `${step.column}=${l}`);
	if (step.other) names.push(`${step.column}=${OTHER_LEVEL}`);
	if (step.missing) names.push(`${step.column}=${MISSING_LEVEL}`);
	return names;
}

export interface FeatureMatrix {
	/** Row-major: value of feature j for row i at i·cols + j. Never NaN. */
	values: Float32Array;
	rows: number;
	cols: number;
	featureNames: string[];
}

export type TransformResult = FeatureMatrix | { error: 'missingColumn'; column: string };

/** Encodes rows (default: all) exactly as fitted. Unseen levels go to "other" (or no column); no NaN. */
export function transform(
	pipeline: FeaturePipeline,
	columns: RawColumn[],
	rows?: ArrayLike<number>
): TransformResult {
	const byName = new Map(columns.map((c) => [c.name, c]));
	for (const step of pipeline.steps)
		if (!byName.has(step.column)) return { error: 'missingColumn', column: step.column };
	const n = rows ? rows.length : (byName.get(pipeline.steps[0].column) as RawColumn).values.length;
	const cols = pipeline.featureNames.length;
	const values = new Float32Array(n * cols);
	let offset = 0;
	for (const step of pipeline.steps) {
		const col = byName.get(step.column) as RawColumn;
		for (let k = 0; k < n; k++) {
			const r = rows ? rows[k] : k;
			if (step.kind === 'numeric') {
				const v = (col.values as ArrayLike<number>)[r];
				values[k * cols + offset] = encodeNumeric(step, v);
				if (step.missingIndicator) values[k * cols + offset + 1] = Number.isFinite(v) ? 0 : 1;
			} else {
				const slot = levelSlot(step, col.values[r] as string | null | undefined);
				if (slot >= 0) values[k * cols + offset + slot] = 1;
			}
		}
		offset += stepFeatureNames(step).length;
	}
	return { values, rows: n, cols, featureNames: pipeline.featureNames };
}

/** The matrix columns each source column produced (one-hot levels, missing indicator), for grouped importance. */
export function featureGroups(pipeline: FeaturePipeline): { name: string; columns: number[] }[] {
	let offset = 0;
	return pipeline.steps.map((step) => {
		const width = stepFeatureNames(step).length;
		const columns = Array.from({ length: width }, (_, i) => offset + i);
		offset += width;
		return { name: step.column, columns };
	});
}
