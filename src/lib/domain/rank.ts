// Tie-aware ranks over a typed array, shared by RFM quintiles, percentile normalisation and Pareto: sort a copy
// of the finite values once, then find each value's run of equals by binary search (no index sort needed).

/** Ascending copy of the finite values. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
	let m = 0;
	for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) m++;
	const out = new Float64Array(m);
	for (let i = 0, k = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[k++] = values[i];
	return out.sort();
}

/** Number of entries in `sorted` strictly below v. */
export function lowerBound(sorted: Float64Array, v: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Number of entries in `sorted` at or below v. */
export function upperBound(sorted: Float64Array, v: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] <= v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** 1-based average rank of v among `sorted` (ties share the mean of their positions). */
export function midRank(sorted: Float64Array, v: number): number {
	return (lowerBound(sorted, v) + 1 + upperBound(sorted, v)) / 2;
}
