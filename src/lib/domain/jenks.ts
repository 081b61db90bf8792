// Jenks natural breaks: the exact Fisher dynamic programme (minimum within-class sum of squares) on sorted
// values. For large n it runs on at most `maxSample` evenly spaced quantiles, keeping it O(k·m²) with m ≤ 1000.
import { sortedFinite } from './rank';

/**
 * Lower bounds of `classes` natural classes, ascending (the first is the minimum). Fewer bounds come back when
 * there are fewer distinct values than classes. Empty input → [].
 */
export function jenksBreaks(values: ArrayLike<number>, classes: number, maxSample = 1000): number[] {
	const sorted = sortedFinite(values);
	if (sorted.length === 0 || classes < 1) return [];
	const x = sample(sorted, maxSample);
	const m = x.length;
	const k = Math.min(classes, m);
	const s1 = new Float64Array(m + 1);
	const s2 = new Float64Array(m + 1);
	for (let i = 0; i < m; i++) {
		s1[i + 1] = s1[i] + x[i];
		s2[i + 1] = s2[i] + x[i] * x[i];
	}
	// Sum of squared deviations of x[i..j) (half-open).
	const ssd = (i: number, j: number) => s2[j] - s2[i] - ((s1[j] - s1[i]) * (s1[j] - s1[i])) / (j - i);
	// cost[c][j]: best cost of splitting x[0..j) into c+1 classes; from[c][j]: start of the last class.
	const cost = Array.from({ length: k }, () => new Float64Array(m + 1).fill(Infinity));
	const from = Array.from({ length: k }, () => new Int32Array(m + 1));
	for (let j = 1; j <= m; j++) cost[0][j] = ssd(0, j);
	for (let c = 1; c < k; c++) {
		for (let j = c + 1; j <= m; j++) {
			let best = Infinity;
			let arg = c;
			for (let i = c; i < j; i++) {
				const v = cost[c - 1][i] + ssd(i, j);
				if (v < best) {
					best = v;
					arg = i;
				}
			}
			cost[c][j] = best;
			from[c][j] = arg;
		}
	}
	const starts: number[] = [];
	let j = m;
	for (let c = k - 1; c > 0; c--) {
		j = from[c][j];
		starts.unshift(j);
	}
	starts.unshift(0);
	// Ties can make two classes start at the same value: keep distinct bounds only.
	return [...new Set(starts.map((i) => x[i]))];
}

function sample(sorted: Float64Array, maxSample: number): Float64Array {
	const n = sorted.length;
	if (n <= maxSample) return sorted;
	const out = new Float64Array(maxSample);
	for (let j = 0; j < maxSample; j++) out[j] = sorted[Math.round((j * (n - 1)) / (maxSample - 1))];
	return out;
}
