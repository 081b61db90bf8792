// How good a clustering is and which K to suggest: silhouette (exact up to 2,000 rows, a seeded sample
// beyond), adjusted Rand index between two labelings, and the elbow of the inertia curve.
import type { Matrix } from './kmeans-plain';
import { seededRandom, shuffleInPlace } from './split';

export interface SilhouetteOptions {
	/** Above this many rows the score is computed on a seeded sample of this size. Default 2,000. */
	maxExact?: number;
	seed?: number;
}

/** Mean silhouette s = (b − a) / max(a, b) with Euclidean distances; rows alone in their cluster count 0. */
export function silhouette(
	x: Matrix,
	n: number,
	d: number,
	labels: ArrayLike<number>,
	k: number,
	options: SilhouetteOptions = {}
): number {
	const maxExact = options.maxExact ?? 2000;
	let rows = Int32Array.from({ length: n }, (_, i) => i);
	if (n > maxExact) rows = shuffleInPlace(rows, seededRandom(options.seed ?? 1)).slice(0, maxExact);
	const m = rows.length;
	const size = new Float64Array(k);
	for (const r of rows) size[labels[r]]++;
	const sumTo = new Float64Array(k);
	let total = 0;
	for (let a = 0; a < m; a++) {
		const ia = rows[a];
		sumTo.fill(0);
		for (let b = 0; b < m; b++) {
			if (a === b) continue;
			const ib = rows[b];
			let s = 0;
			for (let f = 0; f < d; f++) s += (x[ia * d + f] - x[ib * d + f]) ** 2;
			sumTo[labels[ib]] += Math.sqrt(s);
		}
		const own = labels[ia];
		if (size[own] <= 1) continue;
		const inner = sumTo[own] / (size[own] - 1);
		let nearest = Infinity;
		for (let j = 0; j < k; j++) if (j !== own && size[j] > 0) nearest = Math.min(nearest, sumTo[j] / size[j]);
		if (nearest === Infinity) continue;
		total += (nearest - inner) / Math.max(inner, nearest);
	}
	return total / m;
}

/** Adjusted Rand index: 1 = identical partitions (up to renaming), about 0 = chance agreement. */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
	const n = a.length;
	const table = new Map<string, number>();
	const rowSum = new Map<number, number>();
	const colSum = new Map<number, number>();
	for (let i = 0; i < n; i++) {
		const key = `${a[i]}|${b[i]}`;
		table.set(key, (table.get(key) ?? 0) + 1);
		rowSum.set(a[i], (rowSum.get(a[i]) ?? 0) + 1);
		colSum.set(b[i], (colSum.get(b[i]) ?? 0) + 1);
	}
	const pairs = (v: number) => (v * (v - 1)) / 2;
	let index = 0;
	for (const v of table.values()) index += pairs(v);
	let sa = 0;
	let sb = 0;
	for (const v of rowSum.values()) sa += pairs(v);
	for (const v of colSum.values()) sb += pairs(v);
	const expected = (sa * sb) / pairs(n);
	const max = (sa + sb) / 2;
	return max === expected ? 1 : (index - expected) / (max - expected);
}

/**
 * The elbow: the K whose (K, inertia) point lies farthest below the straight line from the first to the last
 * point, both axes scaled to [0, 1] (the "kneedle" idea).
 */
export function elbowK(ks: number[], inertias: number[]): number {
	const x0 = ks[0];
	const x1 = ks[ks.length - 1];
	const hi = Math.max(...inertias);
	const lo = Math.min(...inertias);
	let best = ks[0];
	let bestGap = -Infinity;
	ks.forEach((k, i) => {
		const x = (k - x0) / (x1 - x0 || 1);
		const y = (inertias[i] - lo) / (hi - lo || 1);
		const gap = 1 - x - y; // distance below the chord y = 1 − x
		if (gap > bestGap) {
			bestGap = gap;
			best = k;
		}
	});
	return best;
}

export interface KSuggestion {
	k: number;
	elbow: number;
	/** 'cluster.k.silhouette': clear silhouette maximum; 'cluster.k.elbowTieBreak': near-tie settled by the elbow. */
	reasonKey: 'cluster.k.silhouette' | 'cluster.k.elbowTieBreak';
	/** The Ks whose silhouette is within `tieMargin` of the best. */
	candidates: number[];
}

/** Suggests K: highest silhouette; among near-ties (within 0.02) the one closest to the elbow, then the smaller. */
export function suggestK(
	ks: number[],
	inertias: number[],
	silhouettes: number[],
	tieMargin = 0.02
): KSuggestion {
	const elbow = elbowK(ks, inertias);
	const top = Math.max(...silhouettes);
	const candidates = ks.filter((_, i) => silhouettes[i] >= top - tieMargin);
	if (candidates.length === 1)
		return { k: candidates[0], elbow, reasonKey: 'cluster.k.silhouette', candidates };
	const k = [...candidates].sort((a, b) => Math.abs(a - elbow) - Math.abs(b - elbow) || a - b)[0];
	return { k, elbow, reasonKey: 'cluster.k.elbowTieBreak', candidates };
}
