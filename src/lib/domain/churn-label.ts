// Where the churn label comes from: a mapped churn column, or — for order lines — a time split that builds
// features only from purchases up to a cutoff and calls "no purchase in the next N days" churn.

const DAY_MS = 86_400_000;

export interface LabelSummary {
	/** Rows with a known label. */
	labelled: number;
	positives: number;
	negatives: number;
	unknown: number;
	/** positives / labelled (NaN when nothing is labelled). */
	baseRate: number;
	/** negatives per positive: 3 means one churner for every three who stayed. */
	imbalanceRatio: number;
}

export function summarizeLabel(label: ArrayLike<number>): LabelSummary {
	let positives = 0;
	let negatives = 0;
	for (let i = 0; i < label.length; i++) {
		if (label[i] === 1) positives++;
		else if (label[i] === 0) negatives++;
	}
	const labelled = positives + negatives;
	return {
		labelled,
		positives,
		negatives,
		unknown: label.length - labelled,
		baseRate: positives / labelled,
		imbalanceRatio: negatives / positives
	};
}

export interface ColumnLabel {
	/** 1 churned, 0 stayed, -1 unknown (left out of training and evaluation). */
	label: Int8Array;
	summary: LabelSummary;
	/** Raw values that did not parse as yes/no, most frequent first — shown so the user can fix the mapping. */
	unexpected: { value: string; count: number }[];
}

/** Label from a churn column already parsed to 1 / 0 / -1; `raw` (the cells as read) names what failed. */
export function labelFromColumn(parsed: Int8Array, raw?: ArrayLike<string>): ColumnLabel {
	const label = new Int8Array(parsed.length);
	const counts = new Map<string, number>();
	for (let i = 0; i < parsed.length; i++) {
		const v = parsed[i];
		label[i] = v === 1 || v === 0 ? v : -1;
		const cell = raw?.[i]?.trim();
		if (label[i] === -1 && cell) counts.set(cell, (counts.get(cell) ?? 0) + 1);
	}
	const unexpected = [...counts].map(([value, count]) => ({ value, count }));
	unexpected.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	return { label, summary: summarizeLabel(label), unexpected };
}

/** Order lines, columnar: customer index (0 … customerCount−1), date (UTC epoch ms), amount. */
export interface TransactionColumns {
	customer: Int32Array;
	date: Float64Array;
	amount: Float64Array;
}

/** Per-customer features computed from purchases on or before the cutoff only. */
export interface PreCutoffFeatures {
	recencyDays: Float64Array;
	frequency: Float64Array;
	monetary: Float64Array;
	averageOrderValue: Float64Array;
	tenureDays: Float64Array;
}

export interface TimeSplitLabel {
	/** Customer indices with at least one purchase on or before the cutoff; the rows of label and features. */
	customers: Int32Array;
	label: Int8Array;
	features: PreCutoffFeatures;
	summary: LabelSummary;
	cutoff: number;
	horizonDays: number;
}

export type TimeSplitResult =
	| TimeSplitLabel
	| { error: 'horizonBeyondData'; lastDate: number; needed: number }
	| { error: 'noCustomersBeforeCutoff' };

/** The latest cutoff whose whole label window is inside the data: last date − N days. */
export function latestCutoff(date: Float64Array, horizonDays = 90): number {
	let last = -Infinity;
	for (const d of date) if (d > last) last = d;
	return last - horizonDays * DAY_MS;
}

/**
 * Churned = bought on or before `cutoff` but not in (cutoff, cutoff + N days]. Features read only rows with
 * date ≤ cutoff, so nothing after the cutoff can leak into them; the data must reach cutoff + N days.
 */
export function labelFromTransactions(
	tx: TransactionColumns,
	customerCount: number,
	cutoff: number,
	horizonDays = 90
): TimeSplitResult {
	const end = cutoff + horizonDays * DAY_MS;
	let lastDate = -Infinity;
	for (const d of tx.date) if (d > lastDate) lastDate = d;
	if (lastDate < end) return { error: 'horizonBeyondData', lastDate, needed: end };

	const first = new Float64Array(customerCount).fill(Infinity);
	const last = new Float64Array(customerCount).fill(-Infinity);
	const count = new Float64Array(customerCount);
	const spend = new Float64Array(customerCount);
	const boughtAfter = new Uint8Array(customerCount);
	for (let i = 0; i < tx.customer.length; i++) {
		const c = tx.customer[i];
		const d = tx.date[i];
		if (c < 0 || !Number.isFinite(d)) continue;
		if (d <= cutoff) {
			if (d < first[c]) first[c] = d;
			if (d > last[c]) last[c] = d;
			count[c]++;
			if (Number.isFinite(tx.amount[i])) spend[c] += tx.amount[i];
		} else if (d <= end) boughtAfter[c] = 1;
	}
	const customers: number[] = [];
	for (let c = 0; c < customerCount; c++) if (count[c] > 0) customers.push(c);
	if (customers.length === 0) return { error: 'noCustomersBeforeCutoff' };

	const n = customers.length;
	const f: PreCutoffFeatures = {
		recencyDays: new Float64Array(n),
		frequency: new Float64Array(n),
		monetary: new Float64Array(n),
		averageOrderValue: new Float64Array(n),
		tenureDays: new Float64Array(n)
	};
	const label = new Int8Array(n);
	customers.forEach((c, k) => {
		f.recencyDays[k] = (cutoff - last[c]) / DAY_MS;
		f.frequency[k] = count[c];
		f.monetary[k] = spend[c];
		f.averageOrderValue[k] = spend[c] / count[c];
		f.tenureDays[k] = (cutoff - first[c]) / DAY_MS;
		label[k] = boughtAfter[c] ? 0 : 1;
	});
	return {
		customers: Int32Array.from(customers),
		label,
		features: f,
		summary: summarizeLabel(label),
		cutoff,
		horizonDays
	};
}
