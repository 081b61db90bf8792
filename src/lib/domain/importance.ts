// Permutation feature importance: how much the test-split ROC-AUC drops when one source column's values are
// shuffled across customers. Columns that became several matrix columns (one-hot) are shuffled together.
import { rocAuc } from './metrics';
import { seededRandom, shuffleInPlace } from './split';

export interface FeatureImportance {
	feature: string;
	/** Mean AUC drop over the repeats (positive = the model relies on it). */
	drop: number;
	/** The individual drops, one per repeat. */
	drops: number[];
}

export interface ImportanceOptions {
	/** Default: one group per matrix column, named by `featureNames`. */
	groups?: { name: string; columns: number[] }[];
	featureNames?: string[];
	repeats?: number;
	seed?: number;
}

export type Predict = (x: Float32Array, rows: number, cols: number) => Float32Array | Promise<Float32Array>;

/** Returns the baseline AUC and the importances, largest drop first. */
export async function permutationImportance(
	x: Float32Array,
	rows: number,
	cols: number,
	y: ArrayLike<number>,
	predict: Predict,
	options: ImportanceOptions = {}
): Promise<{ baseline: number; importances: FeatureImportance[] }> {
	const groups =
		options.groups ??
		Array.from({ length: cols }, (_, j) => ({ name: options.featureNames?.[j] ?? `x${j}`, columns: [j] }));
	const rand = seededRandom(options.seed ?? 1);
	const repeats = Math.max(1, options.repeats ?? 3);
	const baseline = rocAuc(await predict(x, rows, cols), y);
	const work = new Float32Array(x);
	const order = Int32Array.from({ length: rows }, (_, i) => i);
	const importances: FeatureImportance[] = [];
	for (const g of groups) {
		const drops: number[] = [];
		for (let r = 0; r < repeats; r++) {
			shuffleInPlace(order, rand);
			for (let i = 0; i < rows; i++) for (const j of g.columns) work[i * cols + j] = x[order[i] * cols + j];
			drops.push(baseline - rocAuc(await predict(work, rows, cols), y));
		}
		for (let i = 0; i < rows; i++) for (const j of g.columns) work[i * cols + j] = x[i * cols + j];
		importances.push({ feature: g.name, drop: drops.reduce((a, b) => a + b, 0) / repeats, drops });
	}
	importances.sort((a, b) => b.drop - a.drop);
	return { baseline, importances };
}
