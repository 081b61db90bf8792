// A small seeded PRNG (mulberry32) and the distributions the demo generator draws from.
// Deterministic by construction: 32-bit integer arithmetic only (Math.imul), never Math.random or the clock.

/** Mixes a base seed with a stream number so each customer gets an independent, reproducible stream. */
export function mixSeed(seed: number, stream: number): number {
	// murmur3's 32-bit finaliser over seed ⊕ (stream · golden ratio): nearby streams land far apart.
	let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/**
 * mulberry32 with the usual distributions on top. The transcendental helpers (log, exp, cos) are
 * only ever compared or floored, so a last-ulp difference between JS engines would need an
 * exact tie to change an output.
 */
export class SeededRandom {
	private state: number;
	private spareNormal: number | null = null;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** Uniform in [0, 1), 32 bits of resolution. */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** Uniform in [min, max). */
	uniform(min: number, max: number): number {
		return min + (max - min) * this.next();
	}

	/** Integer uniform in [min, max], both ends included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	/** Normal via Box–Muller; the second value of each pair is kept for the next call. */
	normal(mean = 0, sd = 1): number {
		if (this.spareNormal !== null) {
			const z = this.spareNormal;
			this.spareNormal = null;
			return mean + sd * z;
		}
		const u1 = 1 - this.next(); // (0, 1]: log stays finite
		const u2 = this.next();
		const r = Math.sqrt(-2 * Math.log(u1));
		this.spareNormal = r * Math.sin(2 * Math.PI * u2);
		return mean + sd * r * Math.cos(2 * Math.PI * u2);
	}

	/** exp(N(mu, sigma)): the median is exp(mu). */
	lognormal(mu: number, sigma: number): number {
		return Math.exp(this.normal(mu, sigma));
	}

	/** Waiting time of a Poisson process with the given rate (mean 1 / rate). */
	exponential(rate: number): number {
		return -Math.log(1 - this.next()) / rate;
	}

	/** Poisson count: Knuth's product method for small means, a rounded normal above 30. */
	poisson(lambda: number): number {
		if (lambda <= 0) return 0;
		if (lambda > 30) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
		const limit = Math.exp(-lambda);
		let k = 0;
		let p = this.next();
		while (p > limit) {
			k++;
			p *= this.next();
		}
		return k;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** Index drawn with probability proportional to weights[i] (weights ≥ 0, not all zero). */
	weightedIndex(weights: ArrayLike<number>): number {
		let total = 0;
		for (let i = 0; i < weights.length; i++) total += weights[i];
		let target = this.next() * total;
		for (let i = 0; i < weights.length; i++) {
			target -= weights[i];
			if (target < 0) return i;
		}
		return weights.length - 1;
	}

	/** Like weightedIndex but over prefix sums (cumulative[last] = total), by binary search: O(log n). */
	cumulativeIndex(cumulative: ArrayLike<number>): number {
		const target = this.next() * cumulative[cumulative.length - 1];
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cumulative[mid] > target) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	}
}
