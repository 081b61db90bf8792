// k-means in TF.js written only with matrix products and element-wise ops, so it runs on every backend
// (WASM lacks UnsortedSegmentSum): distances ‖x‖² − 2·X·Cᵀ + ‖c‖², centroid sums oneHot(labels)ᵀ·X.
import * as tf from '@tensorflow/tfjs';
import {
	defaultRestarts,
	kmeansPlusPlus,
	meanVariance,
	type KMeansOptions,
	type KMeansResult,
	type Matrix
} from '$lib/domain/kmeans-plain';
import { seededRandom } from '$lib/domain/split';

export interface KMeansTfOptions extends KMeansOptions {
	/** Checked between iterations; when set, the best result so far is returned. */
	signal?: { readonly aborted: boolean };
	/** Starting centroids (k × d, caller's coordinates) for the first run instead of k-means++. */
	init?: Float64Array;
}

/** Column-centred float32 copy: distances are unchanged, and float32 cancellation in ‖x‖² − 2x·c + ‖c‖² shrinks. */
function centred(x: Matrix, n: number, d: number): { data: Float32Array; mean: Float64Array } {
	const mean = new Float64Array(d);
	for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) mean[f] += x[i * d + f];
	for (let f = 0; f < d; f++) mean[f] /= n;
	const data = new Float32Array(n * d);
	for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) data[i * d + f] = x[i * d + f] - mean[f];
	return { data, mean };
}

/** Squared distances of every row to every centroid, [n, k], clipped at 0 against rounding. */
function distances(xs: tf.Tensor2D, xNorm: tf.Tensor2D, c: tf.Tensor2D): tf.Tensor2D {
	const cNorm = tf.sum(tf.square(c), 1).reshape([1, -1]);
	return tf.relu(xNorm.sub(tf.matMul(xs, c, false, true).mul(2)).add(cNorm));
}

function inertiaOf(x: Float32Array, n: number, d: number, c: Float64Array, labels: Int32Array): number {
	let s = 0;
	for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) s += (x[i * d + f] - c[labels[i] * d + f]) ** 2;
	return s;
}

export async function kmeansTf(
	x: Matrix,
	n: number,
	d: number,
	options: KMeansTfOptions
): Promise<KMeansResult> {
	const k = options.k;
	const { data, mean } = centred(x, n, d);
	const rand = seededRandom(options.seed ?? 1);
	const tol = (options.tolerance ?? 1e-4) * meanVariance(data, n, d);
	const maxIterations = options.maxIterations ?? 100;
	const xs = tf.tensor2d(data, [n, d]);
	const xNorm = tf.tidy(() => tf.sum(tf.square(xs), 1, true)) as tf.Tensor2D;
	let best: KMeansResult | null = null;
	try {
		for (let r = 0; r < defaultRestarts(n, d, options) && !options.signal?.aborted; r++) {
			const c =
				r === 0 && options.init
					? Float64Array.from(options.init, (v, i) => v - mean[i % d])
					: kmeansPlusPlus(data, n, d, k, rand);
			let iterations = 0;
			while (iterations < maxIterations && !options.signal?.aborted) {
				iterations++;
				const [sumsT, countsT, minT] = tf.tidy(() => {
					const dist = distances(xs, xNorm, tf.tensor2d(Float32Array.from(c), [k, d]));
					const oneHot = tf.oneHot(tf.argMin(dist, 1), k).toFloat();
					return [tf.matMul(oneHot, xs, true, false), tf.sum(oneHot, 0), tf.min(dist, 1)];
				});
				const sums = await sumsT.data();
				const counts = Float64Array.from(await countsT.data());
				const empty = [...counts.keys()].filter((j) => counts[j] === 0);
				// An emptied cluster restarts at one of the rows farthest from their centroids.
				const far = empty.length ? await tf.topk(minT, empty.length).indices.array() : [];
				tf.dispose([sumsT, countsT, minT]);
				let shift = 0;
				for (let j = 0; j < k; j++) {
					const e = empty.indexOf(j);
					for (let f = 0; f < d; f++) {
						const v = e >= 0 ? data[(far as number[])[e] * d + f] : sums[j * d + f] / counts[j];
						shift += (v - c[j * d + f]) ** 2;
						c[j * d + f] = v;
					}
				}
				if (shift <= tol) break;
			}
			const labelsT = tf.tidy(() =>
				tf.argMin(distances(xs, xNorm, tf.tensor2d(Float32Array.from(c), [k, d])), 1)
			);
			const labels = Int32Array.from(await labelsT.data());
			labelsT.dispose();
			const inertia = inertiaOf(data, n, d, c, labels);
			if (!best || inertia < best.inertia) {
				const counts = new Int32Array(k);
				for (const l of labels) counts[l]++;
				best = { centroids: c, labels, counts, inertia, iterations };
			}
		}
	} finally {
		tf.dispose([xs, xNorm]);
	}
	if (!best) throw new Error('k-means cancelled before the first run finished');
	// Back to the caller's coordinates.
	for (let j = 0; j < k; j++) for (let f = 0; f < d; f++) best.centroids[j * d + f] += mean[f];
	return best;
}
