// Seeded randomness and the stratified train / validation / test split used by every churn model.
// Same seed + same labels → same indices, so a saved model can always be re-evaluated on its own test rows.

/** mulberry32: a small, fast 32-bit PRNG; returns a function yielding floats in [0, 1). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle in place with the given random source. */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(
	a: T,
	rand: () => number
): T {
	for (let i = a.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		const tmp = a[i];
		a[i] = a[j];
		a[j] = tmp;
	}
	return a;
}

export interface SplitOptions {
	/** Shares of train / validation / test; they are normalized to sum to 1. Default 0.6 / 0.2 / 0.2. */
	fractions?: [number, number, number];
	seed?: number;
}

export interface StratifiedSplit {
	/** Row indices, ascending within each part. */
	train: Int32Array;
	validation: Int32Array;
	test: Int32Array;
	seed: number;
	fractions: [number, number, number];
}

export const DEFAULT_SPLIT_SEED = 20240601;

/**
 * Splits rows so each part keeps the class balance of the whole: within each class the rows are shuffled
 * with the seed and cut at the rounded fractions. Rows whose label is not 0/1 (e.g. -1 = unknown) are left out.
 */
export function stratifiedSplit(labels: ArrayLike<number>, options: SplitOptions = {}): StratifiedSplit {
	const seed = options.seed ?? DEFAULT_SPLIT_SEED;
	const raw = options.fractions ?? [0.6, 0.2, 0.2];
	const total = raw[0] + raw[1] + raw[2];
	const fractions: [number, number, number] = [raw[0] / total, raw[1] / total, raw[2] / total];
	const rand = seededRandom(seed);
	const parts: number[][] = [[], [], []];
	for (const cls of [0, 1]) {
		const rows: number[] = [];
		for (let i = 0; i < labels.length; i++) if (labels[i] === cls) rows.push(i);
		shuffleInPlace(rows, rand);
		const nTrain = Math.round(rows.length * fractions[0]);
		const nVal = Math.round(rows.length * (fractions[0] + fractions[1])) - nTrain;
		for (let k = 0; k < rows.length; k++) parts[k < nTrain ? 0 : k < nTrain + nVal ? 1 : 2].push(rows[k]);
	}
	const sorted = (p: number[]) => Int32Array.from(p).sort();
	return { train: sorted(parts[0]), validation: sorted(parts[1]), test: sorted(parts[2]), seed, fractions };
}
