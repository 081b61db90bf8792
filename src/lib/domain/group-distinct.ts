// Distinct non-negative integer values per customer (purchase days, product codes), sorted ascending, found with
// one typed-array sort of composite keys (customer × span + value) instead of per-customer sets.

/** Customer c owns values[start[c] .. start[c+1]), distinct and ascending. */
export interface GroupedDistinct {
	start: Int32Array;
	values: Float64Array;
}

/**
 * Groups `value[i]` by `customer[i]` for lines with `include[i] === 1` and a finite value ≥ 0 (integers).
 * Returns each customer's distinct values in ascending order.
 */
export function groupDistinct(
	customer: Int32Array,
	value: ArrayLike<number>,
	include: Uint8Array,
	customerCount: number
): GroupedDistinct {
	const n = customer.length;
	let min = Infinity;
	let max = -Infinity;
	let m = 0;
	for (let i = 0; i < n; i++) {
		const v = value[i];
		if (include[i] !== 1 || !(v >= 0)) continue;
		if (v < min) min = v;
		if (v > max) max = v;
		m++;
	}
	const start = new Int32Array(customerCount + 1);
	if (m === 0) return { start, values: new Float64Array(0) };
	const span = max - min + 1;
	// Keys must stay exact integers in a double; 2^53 is far beyond any real customer count × value span.
	if (customerCount * span > Number.MAX_SAFE_INTEGER)
		throw new RangeError('groupDistinct: key space too large');
	const keys = new Float64Array(m);
	for (let i = 0, k = 0; i < n; i++) {
		const v = value[i];
		if (include[i] !== 1 || !(v >= 0)) continue;
		keys[k++] = customer[i] * span + (v - min);
	}
	keys.sort();
	const values = new Float64Array(m);
	let u = 0;
	let prev = -1;
	for (let k = 0; k < m; k++) {
		const key = keys[k];
		if (key === prev) continue;
		prev = key;
		const c = Math.floor(key / span);
		values[u++] = key - c * span + min;
		start[c + 1]++;
	}
	for (let c = 0; c < customerCount; c++) start[c + 1] += start[c];
	return { start, values: values.slice(0, u) };
}
