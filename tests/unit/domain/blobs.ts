// Seeded Gaussian blobs for clustering tests: known centres, known membership.
import { seededRandom } from '$lib/domain/split';

export function blobs(centres: number[][], perBlob: number, spread: number, seed: number) {
	const rand = seededRandom(seed);
	const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
	const d = centres[0].length;
	const n = centres.length * perBlob;
	const x = new Float64Array(n * d);
	const truth = new Int32Array(n);
	// Interleave the blobs so row order says nothing about membership.
	for (let i = 0; i < n; i++) {
		const b = i % centres.length;
		truth[i] = b;
		for (let f = 0; f < d; f++) x[i * d + f] = centres[b][f] + spread * gauss();
	}
	return { x, n, d, truth };
}
