// k-means on row-major typed arrays: the reference the TF.js version is benchmarked against and the fallback
// when no TF.js backend is usable. k-means++ seeding (seeded), Lloyd iterations, best of several restarts.
import { seededRandom } from './split';

export type Matrix = Float32Array | Float64Array;

export interface KMeansOptions {
	k: number;
	seed?: number;
	/**
	 * Independent k-means++ starts; the lowest inertia wins. Default: 3 while n·k·d ≤ 2,000,000 (cheap),
	 * otherwise 1 — greedy seeding makes one run good enough on large data, and keeps 100k rows under a second.
	 */
	restarts?: number;
	maxIterations?: number;
	/** Stop when the summed squared centroid shift ≤ tolerance × mean feature variance (as scikit-learn). */
	tolerance?: number;
}

export interface KMeansResult {
	centroids: Float64Array;
	labels: Int32Array;
	counts: Int32Array;
	/** Sum of squared distances of each row to its centroid. */
	inertia: number;
	iterations: number;
}

/**
 * Greedy k-means++ (as scikit-learn): the first centre uniformly; each next one is the best of 2 + ⌊ln k⌋
 * candidates drawn with probability ∝ squared distance to the nearest centre so far.
 */
export function kmeansPlusPlus(x: Matrix, n: number, d: number, k: number, rand: () => number): Float64Array {
	const c = new Float64Array(k * d);
	const nearest = new Float64Array(n);
	const trial = new Float64Array(n);
	const candidates = 2 + Math.floor(Math.log(k));
	const sqDist = (i: number, p: number) => {
		let s = 0;
		for (let f = 0; f < d; f++) {
			const t = x[i * d + f] - x[p * d + f];
			s += t * t;
		}
		return s;
	};
	const first = Math.floor(rand() * n);
	let total = 0;
	for (let i = 0; i < n; i++) total += nearest[i] = sqDist(i, first);
	for (let f = 0; f < d; f++) c[f] = x[first * d + f];
	for (let j = 1; j < k; j++) {
		let bestPick = -1;
		let bestTotal = Infinity;
		for (let t = 0; t < candidates; t++) {
			let pick = Math.floor(rand() * n);
			if (total > 0) {
				let target = rand() * total;
				for (pick = 0; pick < n - 1; pick++) if ((target -= nearest[pick]) <= 0) break;
			}
			let sum = 0;
			for (let i = 0; i < n; i++) sum += Math.min(nearest[i], sqDist(i, pick));
			if (sum < bestTotal) {
				bestTotal = sum;
				bestPick = pick;
			}
		}
		total = 0;
		for (let i = 0; i < n; i++) {
			trial[i] = sqDist(i, bestPick);
			if (trial[i] < nearest[i]) nearest[i] = trial[i];
			total += nearest[i];
		}
		for (let f = 0; f < d; f++) c[j * d + f] = x[bestPick * d + f];
	}
	return c;
}

/** Mean of the per-feature variances: the scale the convergence tolerance is relative to. */
export function meanVariance(x: Matrix, n: number, d: number): number {
	let v = 0;
	for (let f = 0; f < d; f++) {
		let s = 0;
		let ss = 0;
		for (let i = 0; i < n; i++) {
			s += x[i * d + f];
			ss += x[i * d + f] ** 2;
		}
		v += ss / n - (s / n) ** 2;
	}
	return v / d;
}

/** Assigns each row to its nearest centroid; returns the inertia and fills labels and per-row distances. */
export function assign(
	x: Matrix,
	n: number,
	d: number,
	c: Float64Array,
	k: number,
	labels: Int32Array,
	dist: Float64Array
): number {
	let inertia = 0;
	for (let i = 0; i < n; i++) {
		let best = Infinity;
		let bj = 0;
		const row = i * d;
		for (let j = 0; j < k; j++) {
			let s = 0;
			const cj = j * d;
			for (let f = 0; f < d; f++) {
				const t = x[row + f] - c[cj + f];
				s += t * t;
			}
			if (s < best) {
				best = s;
				bj = j;
			}
		}
		labels[i] = bj;
		dist[i] = best;
		inertia += best;
	}
	return inertia;
}

/** Lloyd iterations from the given centroids. An emptied cluster takes the row farthest from its centroid. */
export function lloyd(
	x: Matrix,
	n: number,
	d: number,
	init: Float64Array,
	k: number,
	maxIterations = 100,
	tol = 1e-4 * meanVariance(x, n, d)
): KMeansResult {
	const c = Float64Array.from(init);
	const labels = new Int32Array(n);
	const dist = new Float64Array(n);
	const counts = new Int32Array(k);
	const sums = new Float64Array(k * d);
	let iterations = 0;
	while (iterations < maxIterations) {
		iterations++;
		assign(x, n, d, c, k, labels, dist);
		counts.fill(0);
		sums.fill(0);
		for (let i = 0; i < n; i++) {
			counts[labels[i]]++;
			for (let f = 0; f < d; f++) sums[labels[i] * d + f] += x[i * d + f];
		}
		let shift = 0;
		for (let j = 0; j < k; j++) {
			if (counts[j] === 0) {
				let far = 0;
				for (let i = 1; i < n; i++) if (dist[i] > dist[far]) far = i;
				dist[far] = 0;
				for (let f = 0; f < d; f++) sums[j * d + f] = x[far * d + f];
				counts[j] = 1;
			}
			for (let f = 0; f < d; f++) {
				const v = sums[j * d + f] / counts[j];
				shift += (v - c[j * d + f]) ** 2;
				c[j * d + f] = v;
			}
		}
		if (shift <= tol) break;
	}
	const inertia = assign(x, n, d, c, k, labels, dist);
	counts.fill(0);
	for (let i = 0; i < n; i++) counts[labels[i]]++;
	return { centroids: c, labels, counts, inertia, iterations };
}

export function defaultRestarts(n: number, d: number, options: KMeansOptions): number {
	return Math.max(1, options.restarts ?? (n * d * options.k <= 2_000_000 ? 3 : 1));
}

/** k-means with k-means++ starts; restarts draw from one seeded stream, so the result is reproducible. */
export function kmeansPlain(x: Matrix, n: number, d: number, options: KMeansOptions): KMeansResult {
	const rand = seededRandom(options.seed ?? 1);
	const tol = (options.tolerance ?? 1e-4) * meanVariance(x, n, d);
	let best: KMeansResult | null = null;
	for (let r = 0; r < defaultRestarts(n, d, options); r++) {
		const init = kmeansPlusPlus(x, n, d, options.k, rand);
		const res = lloyd(x, n, d, init, options.k, options.maxIterations ?? 100, tol);
		if (!best || res.inertia < best.inertia) best = res;
	}
	return best as KMeansResult;
}
