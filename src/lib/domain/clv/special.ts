// Special functions the CLV models need, written here because the app has no numeric library:
// log-gamma (Lanczos), a numerically safe log(e^a + e^b), and the Gauss hypergeometric series 2F1.

const LANCZOS_G = 7;
const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
	12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (reflection for x < 0.5); relative error ≈ 1e-15. */
export function logGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
	const z = x - 1;
	let s = LANCZOS[0];
	for (let i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
	const t = z + LANCZOS_G + 0.5;
	return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** log(e^a + e^b) without overflow or underflow. */
export function logAddExp(a: number, b: number): number {
	if (a === -Infinity) return b;
	if (b === -Infinity) return a;
	return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * Gauss hypergeometric 2F1(a, b; c; z) by its power series, for 0 ≤ z < 1 (all the BG/NBD needs:
 * z = t / (α + T + t)). The series converges geometrically in z; we stop at relative change < 1e-14.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	let term = 1;
	let sum = 1;
	for (let k = 0; k < 20_000; k++) {
		term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
		sum += term;
		if (!(Math.abs(term) > 1e-14 * Math.abs(sum))) break; // also stops on NaN
	}
	return sum;
}
