// Gamma–Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"): fitted on repeat buyers (x > 0, positive
// mean spend) by maximum likelihood on log-parameters; predicts each customer's expected average spend.
import { nelderMead } from './optimize';
import { logGamma } from './special';

export interface GammaGammaParams {
	p: number;
	q: number;
	v: number;
}

export type GammaGammaFit =
	| { params: GammaGammaParams; logLikelihood: number; converged: boolean; customers: number }
	| { error: 'tiering.clv.error.noRepeatBuyers' };

/**
 * Log-likelihood over rows with x > 0 and a positive finite mean spend m:
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(x m + v).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, x: Float64Array, m: Float64Array): number {
	return preparedLogLikelihood(params, prepare(x, m));
}

interface Prepared {
	x: Float64Array;
	m: Float64Array;
	logM: Float64Array;
	xi: Int32Array;
	xs: Float64Array;
}

function prepare(x: Float64Array, m: Float64Array): Prepared {
	const keep: number[] = [];
	for (let i = 0; i < x.length; i++) if (x[i] > 0 && m[i] > 0 && Number.isFinite(m[i])) keep.push(i);
	const rx = Float64Array.from(keep, (i) => x[i]);
	const rm = Float64Array.from(keep, (i) => m[i]);
	const map = new Map<number, number>();
	const xi = new Int32Array(rx.length);
	for (let i = 0; i < rx.length; i++) {
		let k = map.get(rx[i]);
		if (k === undefined) map.set(rx[i], (k = map.size));
		xi[i] = k;
	}
	return { x: rx, m: rm, logM: rm.map(Math.log), xi, xs: Float64Array.from(map.keys()) };
}

function preparedLogLikelihood(params: GammaGammaParams, d: Prepared): number {
	const { p, q, v } = params;
	const constant = q * Math.log(v) - logGamma(q);
	const xTerm = d.xs.map((x) => logGamma(p * x + q) - logGamma(p * x) + constant + p * x * Math.log(x));
	let ll = 0;
	for (let i = 0; i < d.x.length; i++) {
		const px = p * d.x[i];
		ll += xTerm[d.xi[i]] + (px - 1) * d.logM[i] - (px + q) * Math.log(d.x[i] * d.m[i] + v);
	}
	return ll;
}

export function fitGammaGamma(x: Float64Array, monetary: Float64Array): GammaGammaFit {
	const d = prepare(x, monetary);
	const n = d.x.length;
	if (n === 0) return { error: 'tiering.clv.error.noRepeatBuyers' };
	let mean = 0;
	for (const v of d.m) mean += v / n;
	const toParams = (w: number[]): GammaGammaParams => ({
		p: Math.exp(w[0]),
		q: Math.exp(w[1]),
		v: Math.exp(w[2])
	});
	const objective = (data: Prepared) => (w: number[]) =>
		-preparedLogLikelihood(toParams(w), data) / data.x.length;
	// Start where the population mean spend p·v/(q−1) equals the observed mean (p = 1, q = 2, v = mean).
	const start = [0, Math.log(2), Math.log(mean)];
	// v scales with spend, so its box is centred on the mean spend's log; p and q stay within e^±12.
	const bound = 12 + Math.abs(Math.log(mean));
	let result;
	if (n > WARM_START_ROWS) {
		// Large data: fit a stride sample, then polish on everything with a small, bounded simplex.
		const k = Math.ceil(n / WARM_START_ROWS);
		const pick = (_: number, i: number) => i % k === 0;
		const sample = prepare(d.x.filter(pick), d.m.filter(pick));
		const warm = nelderMead(objective(sample), start, {
			step: 1,
			tolerance: 1e-10,
			maxIterations: 800,
			bound
		});
		result = nelderMead(objective(d), warm.x, {
			step: 0.1,
			tolerance: 1e-10,
			maxIterations: 250,
			restarts: 1,
			bound
		});
	} else result = nelderMead(objective(d), start, { step: 1, tolerance: 1e-13, restarts: 4, bound });
	return {
		params: toParams(result.x),
		logLikelihood: -result.value * n,
		converged: result.converged,
		customers: n
	};
}

/** Above this many repeat buyers, a stride sample finds the neighbourhood of the optimum first. */
const WARM_START_ROWS = 10_000;

/**
 * E[average spend | x, m] = (1 − w)·p·v/(q − 1) + w·m with w = p·x/(p·x + q − 1): a shrinkage of the observed
 * mean towards the population mean. x = 0 (or non-buyers) get the population mean; negative m counts as 0.
 */
export function expectedAverageSpend(
	params: GammaGammaParams,
	x: Float64Array,
	m: Float64Array
): Float64Array {
	const { p, q, v } = params;
	const population = (p * v) / (q - 1);
	const out = new Float64Array(x.length);
	for (let i = 0; i < x.length; i++) {
		const xi = x[i] > 0 ? x[i] : 0;
		const mi = m[i] > 0 ? m[i] : 0;
		const w = (p * xi) / (p * xi + q - 1);
		out[i] = (1 - w) * population + w * mi;
	}
	return out;
}
