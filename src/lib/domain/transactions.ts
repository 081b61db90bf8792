// The transaction columns the analysis reads, and the one rule every indicator shares about which lines count:
// a line counts when its customer index is valid and its date is known and not after the analysis date.

/** Order lines as stored by the import, one typed-array entry per line. */
export interface TransactionColumns {
	/** Customer index 0..customerCount-1. */
	customer: Int32Array;
	/** UTC epoch milliseconds; NaN = missing. */
	date: Float64Array;
	/** Line amount; may be NaN, 0 or negative (refunds). */
	amount: Float64Array;
	quantity?: Float64Array;
	/** Dictionary code, -1 = missing. */
	product?: Int32Array;
	/** Dictionary code, -1 = missing. */
	category?: Int32Array;
	/**
	 * '' = missing; several lines can share one order. Dictionary codes (Int32Array, −1 = missing) are accepted
	 * too and are faster: distinct orders are then counted with one typed-array sort instead of a string Map.
	 */
	orderId?: string[] | Int32Array;
	/** Line cost (same unit as amount); NaN = missing. */
	cost?: Float64Array;
}

export const DAY_MS = 86_400_000;

/** The last known transaction date (UTC ms), or NaN when no line has a date. */
export function defaultAnalysisDate(tx: TransactionColumns): number {
	let max = -Infinity;
	const d = tx.date;
	for (let i = 0; i < d.length; i++) if (d[i] > max) max = d[i];
	return max === -Infinity ? NaN : max;
}

/**
 * 1 for lines that count: valid customer, known date, date ≤ analysisDate. Lines with a missing date are left
 * out because we cannot tell whether they happened before the analysis date.
 */
export function includedLines(
	tx: TransactionColumns,
	customerCount: number,
	analysisDate: number
): Uint8Array {
	const n = tx.customer.length;
	const keep = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const c = tx.customer[i];
		const d = tx.date[i];
		if (c >= 0 && c < customerCount && d <= analysisDate) keep[i] = 1; // NaN <= x is false
	}
	return keep;
}

/**
 * 1 for purchase lines: counted lines whose amount is not negative (NaN and 0 count as purchases). Refund lines
 * (amount < 0) lower net revenue but are not purchases: they never set purchase dates, frequency or intervals.
 */
export function purchaseLines(
	tx: TransactionColumns,
	customerCount: number,
	analysisDate: number
): Uint8Array {
	const keep = includedLines(tx, customerCount, analysisDate);
	for (let i = 0; i < keep.length; i++) if (tx.amount[i] < 0) keep[i] = 0;
	return keep;
}

/** UTC day number (days since 1970-01-01) of an epoch-ms date. */
export function dayNumber(ms: number): number {
	return Math.floor(ms / DAY_MS);
}

/** UTC day numbers of a date column (NaN stays NaN). */
export function dayNumbers(date: Float64Array): Float64Array {
	const out = new Float64Array(date.length);
	for (let i = 0; i < date.length; i++) out[i] = Math.floor(date[i] / DAY_MS);
	return out;
}
