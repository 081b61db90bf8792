// The K = 2…10 scan behind "suggested number of clusters": one k-means fit per K (TF.js on the chosen backend,
// or the plain typed-array version), the silhouette of each on a seeded sample, and the suggestion.
import { silhouette, suggestK, type KSuggestion } from '$lib/domain/cluster-quality';
import { kmeansPlain, type KMeansResult, type Matrix } from '$lib/domain/kmeans-plain';
import { seededRandom, shuffleInPlace } from '$lib/domain/split';
import { kmeansTf } from './kmeans';

export interface ScanOptions {
	ks?: number[];
	seed?: number;
	/** 'tf' runs on the active TF.js backend; 'plain' is the typed-array fallback (often faster on CPU-only devices). */
	engine?: 'tf' | 'plain';
	/**
	 * Choosing K does not need every row: the scan fits on a seeded sample of this many rows (default 20,000),
	 * which keeps K = 2…10 on 100,000 customers within seconds; the final fit at the chosen K uses all rows.
	 */
	fitRows?: number;
	/** Silhouette is exact up to this many rows and sampled (seeded) beyond. Default 2,000. */
	silhouetteRows?: number;
	/** k-means runs per K; default 1. */
	restarts?: number;
	onProgress?: (done: number, total: number) => void;
	signal?: { readonly aborted: boolean };
}

export interface ScanEntry {
	k: number;
	inertia: number;
	silhouette: number;
	/** The fit on the scanned rows (all rows, or the sample listed in `rows`). */
	fit: KMeansResult;
}

/** A seeded sample of rows (ascending), or null when all rows are used. */
function sample(n: number, max: number, seed: number): Int32Array | null {
	if (n <= max) return null;
	return shuffleInPlace(
		Int32Array.from({ length: n }, (_, i) => i),
		seededRandom(seed)
	)
		.slice(0, max)
		.sort();
}

export async function scanK(
	x: Matrix,
	n: number,
	d: number,
	options: ScanOptions = {}
): Promise<
	| { entries: ScanEntry[]; suggestion: KSuggestion; rows: Int32Array | null }
	| { error: 'cancelled' | 'tooFewRows' }
> {
	const ks = (options.ks ?? [2, 3, 4, 5, 6, 7, 8, 9, 10]).filter((k) => k < n);
	if (ks.length === 0) return { error: 'tooFewRows' };
	const seed = options.seed ?? 1;
	const rows = sample(n, options.fitRows ?? 20_000, seed);
	if (rows) {
		const sub = new Float64Array(rows.length * d);
		rows.forEach((r, i) => sub.set(x.subarray(r * d, r * d + d), i * d));
		x = sub;
		n = rows.length;
	}
	// One greedy k-means++ run per K is enough to compare K; restarts are for the final fit.
	const restarts = options.restarts ?? 1;
	const entries: ScanEntry[] = [];
	for (const k of ks) {
		if (options.signal?.aborted) return { error: 'cancelled' };
		const fit =
			options.engine === 'plain'
				? kmeansPlain(x, n, d, { k, seed, restarts })
				: await kmeansTf(x, n, d, { k, seed, restarts, signal: options.signal });
		const s = silhouette(x, n, d, fit.labels, k, { maxExact: options.silhouetteRows ?? 2000, seed });
		entries.push({ k, inertia: fit.inertia, silhouette: s, fit });
		options.onProgress?.(entries.length, ks.length);
	}
	const suggestion = suggestK(
		entries.map((e) => e.k),
		entries.map((e) => e.inertia),
		entries.map((e) => e.silhouette)
	);
	return { entries, suggestion, rows };
}
