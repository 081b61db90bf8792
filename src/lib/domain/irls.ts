// Exact (ridge-stabilized) logistic regression by Newton's method / IRLS, in plain JS: the reference the
// TF.js model is checked against. For d up to a few hundred features; cost O(n·d²) per iteration.

export interface IrlsOptions {
	/** Ridge penalty λ on the weights (not the intercept): minimizes −loglik + λ/2·‖w‖². Default 1e-4·n. */
	ridge?: number;
	/** Per-row weights (e.g. class weights); default 1. */
	sampleWeight?: ArrayLike<number>;
	maxIterations?: number;
	tolerance?: number;
}

export interface IrlsFit {
	weights: Float64Array;
	bias: number;
	iterations: number;
	converged: boolean;
}

/** Solves A·x = b for symmetric positive definite A (d×d, row-major) by Cholesky; A is overwritten. */
function choleskySolve(a: Float64Array, b: Float64Array, d: number): Float64Array {
	for (let j = 0; j < d; j++) {
		let s = a[j * d + j];
		for (let k = 0; k < j; k++) s -= a[j * d + k] ** 2;
		const l = Math.sqrt(Math.max(s, 1e-300));
		a[j * d + j] = l;
		for (let i = j + 1; i < d; i++) {
			let t = a[i * d + j];
			for (let k = 0; k < j; k++) t -= a[i * d + k] * a[j * d + k];
			a[i * d + j] = t / l;
		}
	}
	const y = new Float64Array(d);
	for (let i = 0; i < d; i++) {
		let t = b[i];
		for (let k = 0; k < i; k++) t -= a[i * d + k] * y[k];
		y[i] = t / a[i * d + i];
	}
	const x = new Float64Array(d);
	for (let i = d - 1; i >= 0; i--) {
		let t = y[i];
		for (let k = i + 1; k < d; k++) t -= a[k * d + i] * x[k];
		x[i] = t / a[i * d + i];
	}
	return x;
}

/** Fits P(y=1|x) = σ(w·x + b) on row-major x (n × d). */
export function fitLogisticIrls(
	x: ArrayLike<number>,
	n: number,
	d: number,
	y: ArrayLike<number>,
	options: IrlsOptions = {}
): IrlsFit {
	const lambda = options.ridge ?? 1e-4 * n;
	const m = d + 1; // last coordinate is the intercept
	const beta = new Float64Array(m);
	const row = new Float64Array(m);
	let iterations = 0;
	let converged = false;
	while (iterations < (options.maxIterations ?? 50) && !converged) {
		iterations++;
		const h = new Float64Array(m * m);
		const g = new Float64Array(m);
		for (let i = 0; i < n; i++) {
			let z = beta[d];
			for (let j = 0; j < d; j++) {
				row[j] = x[i * d + j];
				z += beta[j] * row[j];
			}
			row[d] = 1;
			const p = 1 / (1 + Math.exp(-z));
			const sw = options.sampleWeight ? options.sampleWeight[i] : 1;
			const r = sw * (y[i] - p);
			const w = sw * p * (1 - p);
			for (let a = 0; a < m; a++) {
				g[a] += r * row[a];
				const wa = w * row[a];
				if (wa !== 0) for (let b = 0; b <= a; b++) h[a * m + b] += wa * row[b];
			}
		}
		for (let a = 0; a < m; a++) for (let b = 0; b < a; b++) h[b * m + a] = h[a * m + b];
		for (let j = 0; j < d; j++) {
			g[j] -= lambda * beta[j];
			h[j * m + j] += lambda;
		}
		const step = choleskySolve(h, g, m);
		let maxStep = 0;
		for (let a = 0; a < m; a++) {
			beta[a] += step[a];
			maxStep = Math.max(maxStep, Math.abs(step[a]));
		}
		converged = maxStep < (options.tolerance ?? 1e-8);
	}
	return { weights: beta.slice(0, d), bias: beta[d], iterations, converged };
}

export function predictLogistic(fit: IrlsFit, x: ArrayLike<number>, n: number, d: number): Float64Array {
	const out = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let z = fit.bias;
		for (let j = 0; j < d; j++) z += fit.weights[j] * x[i * d + j];
		out[i] = 1 / (1 + Math.exp(-z));
	}
	return out;
}
