import { describe, expect, it } from 'vitest';
import { SeededRandom, mixSeed } from '$lib/domain/demo/random';

const N = 100_000;

function sample(draw: () => number, n = N): { mean: number; variance: number } {
	let sum = 0;
	let sumSq = 0;
	for (let i = 0; i < n; i++) {
		const x = draw();
		sum += x;
		sumSq += x * x;
	}
	const mean = sum / n;
	return { mean, variance: sumSq / n - mean * mean };
}

describe('SeededRandom', () => {
	it('repeats the same sequence for the same seed and a different one for another seed', () => {
		const a = new SeededRandom(42);
		const b = new SeededRandom(42);
		const c = new SeededRandom(43);
		const seqA = Array.from({ length: 20 }, () => a.next());
		const seqB = Array.from({ length: 20 }, () => b.next());
		const seqC = Array.from({ length: 20 }, () => c.next());
		expect(seqB).toEqual(seqA);
		expect(seqC).not.toEqual(seqA);
	});

	it('gives uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
		const random = new SeededRandom(1);
		let min = 1;
		let max = 0;
		const { mean, variance } = sample(() => {
			const x = random.next();
			min = Math.min(min, x);
			max = Math.max(max, x);
			return x;
		});
		expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
		expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
		expect(min).toBeGreaterThanOrEqual(0);
		expect(max).toBeLessThan(1);
	});

	it('draws every face of int(1, 6) about 1/6 of the time and nothing outside', () => {
		const random = new SeededRandom(7);
		const counts = new Map<number, number>();
		for (let i = 0; i < 60_000; i++) {
			const k = random.int(1, 6);
			counts.set(k, (counts.get(k) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
		for (const count of counts.values()) expect(Math.abs(count / 60_000 - 1 / 6)).toBeLessThan(0.01);
	});

	it('gives standard normals with mean 0 and variance 1 (Box–Muller)', () => {
		const random = new SeededRandom(2);
		const { mean, variance } = sample(() => random.normal());
		expect(Math.abs(mean)).toBeLessThan(0.02);
		expect(Math.abs(variance - 1)).toBeLessThan(0.03);
		const shifted = sample(() => random.normal(10, 2));
		expect(Math.abs(shifted.mean - 10)).toBeLessThan(0.04);
		expect(Math.abs(shifted.variance - 4)).toBeLessThan(0.12);
	});

	it('gives lognormals whose median is exp(mu)', () => {
		const random = new SeededRandom(3);
		let below = 0;
		for (let i = 0; i < N; i++) if (random.lognormal(Math.log(100), 0.5) < 100) below++;
		expect(Math.abs(below / N - 0.5)).toBeLessThan(0.01);
	});

	it('gives exponential waits with mean 1 / rate', () => {
		const random = new SeededRandom(4);
		const { mean } = sample(() => random.exponential(4));
		expect(Math.abs(mean - 0.25)).toBeLessThan(0.005);
	});

	it('gives Poisson counts whose mean and variance both equal lambda, small and large', () => {
		const random = new SeededRandom(5);
		const small = sample(() => random.poisson(3));
		expect(Math.abs(small.mean - 3)).toBeLessThan(0.05);
		expect(Math.abs(small.variance - 3)).toBeLessThan(0.1);
		const large = sample(() => random.poisson(50), 20_000);
		expect(Math.abs(large.mean - 50)).toBeLessThan(0.3);
		expect(Math.abs(large.variance - 50)).toBeLessThan(2.5);
		expect(random.poisson(0)).toBe(0);
	});

	it('picks weighted indices in proportion to their weights, never a zero weight', () => {
		const random = new SeededRandom(6);
		const counts = [0, 0, 0, 0];
		const cumulative = [0, 0, 0, 0];
		for (let i = 0; i < N; i++) counts[random.weightedIndex([1, 3, 0, 6])]++;
		for (let i = 0; i < N; i++) cumulative[random.cumulativeIndex([1, 4, 4, 10])]++;
		const expected = [0.1, 0.3, 0, 0.6];
		for (let k = 0; k < 4; k++) {
			expect(Math.abs(counts[k] / N - expected[k])).toBeLessThan(0.01);
			expect(Math.abs(cumulative[k] / N - expected[k])).toBeLessThan(0.01);
		}
		expect(counts[2]).toBe(0);
		expect(cumulative[2]).toBe(0);
	});
});

describe('mixSeed', () => {
	it('gives neighbouring streams distinct, reproducible 32-bit seeds', () => {
		const seeds = Array.from({ length: 1000 }, (_, i) => mixSeed(20240601, i));
		expect(new Set(seeds).size).toBe(1000);
		expect(mixSeed(20240601, 5)).toBe(seeds[5]);
		for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
	});
});
