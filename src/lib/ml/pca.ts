// 2-D PCA projection for the cluster scatter plot. Plain JS: the covariance is only d × d (d ≤ 50), so power
// iteration with deflation is exact enough and needs no backend; large data is fitted and plotted on samples.
import { seededRandom, shuffleInPlace } from '$lib/domain/split';
import type { Matrix } from '$lib/domain/kmeans-plain';

export interface PcaOptions {
	/** Rows used to estimate the covariance; default 20,000. */
	fitRows?: number;
	/** Rows returned for plotting; default 5,000. */
	plotRows?: number;
	seed?: number;
}

export interface Pca2d {
	mean: Float64Array;
	/** Two unit vectors (2 × d, row-major). */
	components: Float64Array;
	/** Share of total variance along each component. */
	explained: [number, number];
	/** Indices of the plotted rows (ascending) and their coordinates (x, y interleaved). */
	rows: Int32Array;
	points: Float32Array;
}

function sampleRows(n: number, max: number, rand: () => number): Int32Array {
	const all = Int32Array.from({ length: n }, (_, i) => i);
	return n <= max ? all : shuffleInPlace(all, rand).slice(0, max).sort();
}

/** Largest eigenpair of a symmetric matrix by power iteration from a seeded start. */
function topEigen(cov: Float64Array, d: number, rand: () => number): { value: number; vector: Float64Array } {
	let v = Float64Array.from({ length: d }, () => rand() + 0.5);
	let value = 0;
	for (let it = 0; it < 1000; it++) {
		const w = new Float64Array(d);
		for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) w[a] += cov[a * d + b] * v[b];
		const norm = Math.hypot(...w);
		if (norm === 0) return { value: 0, vector: v.map(() => 0) };
		let change = 0;
		for (let a = 0; a < d; a++) {
			w[a] /= norm;
			change += Math.abs(Math.abs(w[a]) - Math.abs(v[a]));
		}
		v = w;
		value = norm;
		if (change < 1e-12) break;
	}
	return { value, vector: v };
}

export function pca2d(x: Matrix, n: number, d: number, options: PcaOptions = {}): Pca2d {
	const rand = seededRandom(options.seed ?? 1);
	const fit = sampleRows(n, options.fitRows ?? 20_000, rand);
	const mean = new Float64Array(d);
	for (const i of fit) for (let f = 0; f < d; f++) mean[f] += x[i * d + f] / fit.length;
	const cov = new Float64Array(d * d);
	for (const i of fit) {
		for (let a = 0; a < d; a++) {
			const da = x[i * d + a] - mean[a];
			for (let b = 0; b <= a; b++) cov[a * d + b] += (da * (x[i * d + b] - mean[b])) / fit.length;
		}
	}
	let trace = 0;
	for (let a = 0; a < d; a++) {
		trace += cov[a * d + a];
		for (let b = 0; b < a; b++) cov[b * d + a] = cov[a * d + b];
	}
	const first = topEigen(cov, d, rand);
	for (let a = 0; a < d; a++)
		for (let b = 0; b < d; b++) cov[a * d + b] -= first.value * first.vector[a] * first.vector[b];
	const second = d > 1 ? topEigen(cov, d, rand) : { value: 0, vector: new Float64Array(d) };
	const components = new Float64Array(2 * d);
	components.set(first.vector, 0);
	components.set(second.vector, d);
	const rows = sampleRows(n, options.plotRows ?? 5000, rand);
	const points = new Float32Array(rows.length * 2);
	rows.forEach((i, k) => {
		for (let f = 0; f < d; f++) {
			const v = x[i * d + f] - mean[f];
			points[2 * k] += v * components[f];
			points[2 * k + 1] += v * components[d + f];
		}
	});
	const explained: [number, number] = trace > 0 ? [first.value / trace, second.value / trace] : [0, 0];
	return { mean, components, explained, rows, points };
}
