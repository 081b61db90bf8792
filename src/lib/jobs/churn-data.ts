// Builds the churn model's inputs from a loaded dataset, for either label source: a mapped churn column
// (every other usable column becomes a feature) or a time split on order lines (features from purchases up to
// the cutoff only). Also builds the same features "as of now" for scoring every customer.
import type { MessageRef } from '$lib/domain/tiering-types';
import { labelFromColumn, labelFromTransactions, type LabelSummary } from '$lib/domain/churn-label';
import type { ColumnRole, ColumnSpec } from '$lib/domain/columns';
import type { RawColumn } from '$lib/domain/features';
import type { LabelChoice, NotAFeature } from '$lib/jobs/churn-types';
import type { CustomerBase } from '$lib/jobs/customer-base';

const DAY_MS = 86_400_000;
const IDENTIFIER_ROLES: ColumnRole[] = ['customerId', 'customerName', 'phone', 'email', 'orderId'];
const TEXT_ROLES: ColumnRole[] = ['text', 'ignore'];
/** Features of the time split, named by key (the page shows them in the UI language). */
export const TIME_SPLIT_FEATURES = [
	'recencyDays',
	'frequency',
	'monetary',
	'averageOrderValue',
	'tenureDays'
] as const;
/** Fewer labelled customers than this cannot be split into train, validation and test meaningfully. */
export const MIN_LABELLED = 50;

export interface ChurnData {
	/** Training rows: features, label (1 / 0 / −1) and the customer code of each row. */
	columns: RawColumn[];
	label: Int8Array;
	rowCustomer: Int32Array;
	summary: LabelSummary;
	labelSource?: string;
	notFeatures: NotAFeature[];
	/** Every customer's features as of the latest data, for the early-warning list. */
	scoring: RawColumn[];
	scoringCustomer: Int32Array;
}

export function churnColumnSpec(base: Pick<CustomerBase, 'dataset'>): ColumnSpec | undefined {
	if (base.dataset.shape !== 'customers') return undefined;
	return base.dataset.columns.find((c) => c.role === 'churn' && base.dataset.columns.length > 1);
}

/** One dataset column as a model input, or why it is not one. Dates become "days before the latest date". */
export function columnAsFeature(
	base: Pick<CustomerBase, 'cols' | 'dicts'>,
	spec: ColumnSpec
): RawColumn | NotAFeature {
	if (IDENTIFIER_ROLES.includes(spec.role)) return { column: spec.header, reason: 'identifier' };
	if (spec.role === 'churn') return { column: spec.header, reason: 'label' };
	const data = base.cols[spec.key];
	if (!data || TEXT_ROLES.includes(spec.role) || Array.isArray(data))
		return { column: spec.header, reason: 'text' };
	if (data instanceof Int32Array) {
		const dict = base.dicts[spec.key] ?? [];
		return {
			name: spec.header,
			kind: 'categorical',
			values: Array.from(data, (c) => (c >= 0 ? (dict[c] ?? null) : null))
		};
	}
	if (data instanceof Int8Array)
		return {
			name: spec.header,
			kind: 'numeric',
			values: Float64Array.from(data, (v) => (v === 1 || v === 0 ? v : NaN))
		};
	if (spec.type === 'date') {
		let latest = -Infinity;
		for (const v of data) if (v > latest) latest = v;
		return { name: spec.header, kind: 'numeric', values: data.map((v) => (latest - v) / DAY_MS) };
	}
	return { name: spec.header, kind: 'numeric', values: data };
}

function fromColumn(base: CustomerBase, spec: ColumnSpec): ChurnData | { error: MessageRef } {
	const parsed = base.cols[spec.key];
	if (!(parsed instanceof Int8Array))
		return { error: { key: 'mlv.error.churnNotBoolean', params: { column: spec.header } } };
	const label = labelFromColumn(parsed);
	const columns: RawColumn[] = [];
	const notFeatures: NotAFeature[] = [];
	for (const c of base.dataset.columns) {
		const f = columnAsFeature(base, c);
		if ('reason' in f) notFeatures.push(f);
		else columns.push(f);
	}
	const rowCustomer = Int32Array.from({ length: base.n }, (_, i) => i);
	return {
		columns,
		label: label.label,
		rowCustomer,
		summary: label.summary,
		labelSource: spec.header,
		notFeatures,
		scoring: columns,
		scoringCustomer: rowCustomer
	};
}

function timeFeatures(f: Record<(typeof TIME_SPLIT_FEATURES)[number], Float64Array>): RawColumn[] {
	return TIME_SPLIT_FEATURES.map((name) => ({ name, kind: 'numeric' as const, values: f[name] }));
}

function lastDateOf(date: Float64Array): number {
	let last = -Infinity;
	for (const d of date) if (d > last) last = d;
	return last;
}

/** Features of every customer as of the last order date (nothing to label, so the window is empty). */
export function currentTimeFeatures(
	base: CustomerBase
): { scoring: RawColumn[]; scoringCustomer: Int32Array } | { error: MessageRef } {
	if (base.prepared.input.shape !== 'transactions') return { error: { key: 'mlv.error.needTransactions' } };
	const tx = base.prepared.input.tx;
	const now = labelFromTransactions(tx, base.n, lastDateOf(tx.date), 0);
	if ('error' in now) return { error: { key: `ml.error.${now.error}` } };
	return { scoring: timeFeatures(now.features), scoringCustomer: now.customers };
}

export function buildChurnData(base: CustomerBase, choice: LabelChoice): ChurnData | { error: MessageRef } {
	if (choice.kind === 'column') {
		const spec = churnColumnSpec(base);
		if (!spec) return { error: { key: 'mlv.error.noChurnColumn' } };
		return fromColumn(base, spec);
	}
	if (base.prepared.input.shape !== 'transactions') return { error: { key: 'mlv.error.needTransactions' } };
	if (!(choice.horizonDays > 0) || !Number.isFinite(choice.cutoff))
		return { error: { key: 'mlv.error.badWindow' } };
	const tx = base.prepared.input.tx;
	const split = labelFromTransactions(tx, base.n, choice.cutoff, choice.horizonDays);
	if ('error' in split) {
		const params =
			'needed' in split ? { needed: new Date(split.needed).toISOString().slice(0, 10) } : undefined;
		return { error: { key: `ml.error.${split.error}`, params } };
	}
	const now = currentTimeFeatures(base);
	if ('error' in now) return now;
	return {
		columns: timeFeatures(split.features),
		label: split.label,
		rowCustomer: split.customers,
		summary: split.summary,
		notFeatures: [],
		...now
	};
}

/** Refuses data a model cannot learn from: too few labelled rows or only one class. */
export function checkTrainable(summary: LabelSummary): MessageRef | undefined {
	if (summary.labelled < MIN_LABELLED)
		return { key: 'mlv.error.tooFewLabelled', params: { count: summary.labelled, min: MIN_LABELLED } };
	if (summary.positives === 0 || summary.negatives === 0) return { key: 'mlv.error.singleClass' };
	return undefined;
}
