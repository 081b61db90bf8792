// Pareto/NBD purchase model (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005 note on its likelihood),
// fitted by maximum likelihood on log-parameters. The likelihood is computed in log space with the hypergeometric
// term Euler-transformed so that its series has positive, shrinking terms: the naive form overflows for large x.
import { nelderMead } from './optimize';
import { gaussLegendre } from './quadrature';
import { logAddExp, logGamma } from './special';
import type { RepeatSummary } from './bg-nbd';
import { compressRepeatRows, type WeightedRows } from './repeat-rows';

export interface ParetoNbdParams {
	r: number;
	alpha: number;
	s: number;
	beta: number;
}

export type ParetoNbdFit =
	| {
			params: ParetoNbdParams;
			logLikelihood: number;
			converged: boolean;
			/** Why the optimiser stopped without converging (absent when it converged). */
			reason?: 'maxIterations' | 'atBound';
			evaluations: number;
			customers: number;
	  }
	| { error: 'tiering.clv.error.noBuyers' };

/**
 * ln 2F1(a, b; a+1; z) for 0 ≤ z < 1 and a+1−b > 0. Euler's transformation gives
 * (1−z)^(1−b) · 2F1(1, a+1−b; a+1; z), whose series terms are positive with ratio below z: no overflow, no
 * cancellation, whatever the size of a and b (x in the thousands is fine).
 */
export function logHyp2f1Shifted(a: number, b: number, z: number): number {
	const c = a + 1 - b;
	let term = 1;
	let sum = 1;
	for (let k = 0; k < 100_000; k++) {
		term *= ((c + k) / (a + 1 + k)) * z;
		sum += term;
		if (!(term > 1e-15 * sum)) break;
	}
	return (1 - b) * Math.log1p(-z) + Math.log(sum);
}

/** Above this z the series needs too many terms (s → ∞ drives z → 1): integrate instead. */
const SERIES_MAX_Z = 0.6;

/** ln A0 of the Pareto/NBD likelihood (Fader & Hardie 2005, eq. 22), as a difference taken in log space. */
function logA0(p: ParetoNbdParams, x: number, tx: number, T: number): number {
	if (!(T > tx)) return -Infinity; // t_x = T: the term vanishes
	const { r, alpha, s, beta } = p;
	const rsx = r + s + x;
	const big = Math.max(alpha, beta);
	const gap = Math.abs(alpha - beta);
	if (gap / (big + tx) > SERIES_MAX_Z) return Math.log(rsx) + logDeathIntegral(p, x, tx, T);
	const b = alpha >= beta ? s + 1 : r + x;
	const u = logHyp2f1Shifted(rsx, b, gap / (big + tx)) - rsx * Math.log(big + tx);
	const v = logHyp2f1Shifted(rsx, b, gap / (big + T)) - rsx * Math.log(big + T);
	if (!(u > v)) return -Infinity;
	return u + Math.log(-Math.expm1(v - u));
}

const GL = gaussLegendre(8);
const MAX_PANELS = 1000;
const scratch = new Float64Array(MAX_PANELS * 8);
const NEGLIGIBLE_LOG = 40;

/**
 * ln ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ, which equals A0/(r+s+x). In u = ln((α+τ)/(α+t_x)) the log
 * integrand changes at rate k(u); panels are sized so that it moves by about 2 within each, an 8-node
 * Gauss–Legendre rule per panel, and panels stop once the integrand is e^−40 below its peak. All in logs.
 */
export function logDeathIntegral(p: ParetoNbdParams, x: number, tx: number, T: number): number {
	const { r, alpha, s, beta } = p;
	const a = alpha + tx;
	const U = Math.log((alpha + T) / a);
	if (!(U > 0)) return -Infinity;
	const base = -(r + x - 1) * Math.log(a) - (s + 1) * Math.log(beta + tx);
	const phi = (u: number) =>
		-(r + x - 1) * u - (s + 1) * Math.log((beta - alpha + a * Math.exp(u)) / (beta + tx));
	const rate = (u: number) => {
		const e = a * Math.exp(u);
		return r + x - 1 + ((s + 1) * e) / (beta - alpha + e);
	};
	// One scratch buffer for every call: this runs once per row and likelihood evaluation (no allocation).
	let count = 0;
	let max = -Infinity;
	let u = 0;
	for (let panel = 0; panel < MAX_PANELS && u < U; panel++) {
		const w = Math.min(U - u, 2 / Math.max(Math.abs(rate(u)), 2 / U));
		for (let i = 0; i < GL.nodes.length; i++) {
			const l = Math.log((GL.weights[i] * w) / 2) + phi(u + ((GL.nodes[i] + 1) * w) / 2);
			scratch[count++] = l;
			if (l > max) max = l;
		}
		u += w;
		if (rate(u) > 0 && phi(u) < max - NEGLIGIBLE_LOG) break;
	}
	let sum = 0;
	for (let k = 0; k < count; k++) sum += Math.exp(scratch[k] - max);
	return base + max + Math.log(sum);
}

type Rows = WeightedRows;
const compress = compressRepeatRows;

/** Rows pointing into their distinct x, T and t_x values, so gamma functions and logs run once per value. */
interface Prepared {
	xi: Int32Array;
	xs: Float64Array;
	Ti: Int32Array;
	Ts: Float64Array;
	ti: Int32Array;
	txs: Float64Array;
	/** ln(T − t_x) per row (−∞ when equal). */
	logGap: Float64Array;
}

const preparedRows = new WeakMap<Rows, Prepared>();

function distinct(values: Float64Array): { index: Int32Array; values: Float64Array } {
	const map = new Map<number, number>();
	const index = new Int32Array(values.length);
	for (let i = 0; i < values.length; i++) {
		let k = map.get(values[i]);
		if (k === undefined) map.set(values[i], (k = map.size));
		index[i] = k;
	}
	return { index, values: Float64Array.from(map.keys()) };
}

function prepare(d: Rows): Prepared {
	let q = preparedRows.get(d);
	if (q) return q;
	const x = distinct(d.x);
	const T = distinct(d.T);
	const tx = distinct(d.tx);
	q = {
		xi: x.index,
		xs: x.values,
		Ti: T.index,
		Ts: T.values,
		ti: tx.index,
		txs: tx.values,
		logGap: d.T.map((t, i) => Math.log(t - d.tx[i]))
	};
	preparedRows.set(d, q);
	return q;
}

/**
 * Σ w · {ln Γ(r+x) − ln Γ(r) + r ln α + s ln β + ln[(α+T)^−(r+x)(β+T)^−s + s/(r+s+x)·A0]}. The dead term is
 * s·∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ with a falling integrand, so it is at most s·(T − t_x)·(integrand
 * at t_x); when that bound is e^−36 below the alive term it cannot change the sum in double precision and the
 * series/quadrature is skipped (most rows when s → 0, i.e. when nobody seems to leave).
 */
function rowsLogLikelihood(p: ParetoNbdParams, d: Rows): number {
	const q = prepare(d);
	const { r, alpha, s, beta } = p;
	const base = r * Math.log(alpha) + s * Math.log(beta) - logGamma(r);
	const lg = q.xs.map((x) => logGamma(r + x));
	const laT = q.Ts.map((T) => Math.log(alpha + T));
	const lbT = q.Ts.map((T) => Math.log(beta + T));
	const laX = q.txs.map((t) => Math.log(alpha + t));
	const lbX = q.txs.map((t) => Math.log(beta + t));
	const logS = Math.log(s);
	let ll = 0;
	for (let i = 0; i < d.x.length; i++) {
		const x = d.x[i];
		const rx = r + x;
		const alive = -rx * laT[q.Ti[i]] - s * lbT[q.Ti[i]];
		const bound = logS + q.logGap[i] - rx * laX[q.ti[i]] - (s + 1) * lbX[q.ti[i]];
		let mix = alive;
		if (bound > alive - 36) mix = logAddExp(alive, logS - Math.log(rx + s) + logA0(p, x, d.tx[i], d.T[i]));
		ll += d.w[i] * (base + lg[q.xi[i]] + mix);
	}
	return ll;
}

export function paretoNbdLogLikelihood(p: ParetoNbdParams, s: RepeatSummary): number {
	return rowsLogLikelihood(p, compress(s));
}

const LOG_BOUND = 12;
const WARM_START_ROWS = 8_000;

/**
 * `start` (e.g. from a BG/NBD fit of the same data, see paretoStartFromBgNbd) puts the simplex near the optimum, which
 * saves hundreds of likelihood evaluations on large data.
 */
export function fitParetoNbd(summary: RepeatSummary, start?: ParetoNbdParams): ParetoNbdFit {
	const d = compress(summary);
	let customers = 0;
	let meanT = 0;
	for (let i = 0; i < d.w.length; i++) {
		customers += d.w[i];
		meanT += d.w[i] * d.T[i];
	}
	if (customers === 0) return { error: 'tiering.clv.error.noBuyers' };
	meanT = Math.max(meanT / customers, 1e-3);
	const toParams = (v: number[]): ParetoNbdParams => ({
		r: Math.exp(v[0]),
		alpha: Math.exp(v[1]),
		s: Math.exp(v[2]),
		beta: Math.exp(v[3])
	});
	const objective = (rows: Rows, total: number) => (v: number[]) =>
		-rowsLogLikelihood(toParams(v), rows) / total;
	let from = start
		? [start.r, start.alpha, start.s, start.beta].map((v) => clampLog(Math.log(v)))
		: [0, Math.log(meanT), 0, Math.log(meanT)];
	let evaluations = 0;
	let result;
	if (d.w.length > WARM_START_ROWS) {
		// Large data: fit every k-th distinct row first, then polish on all rows with a small bounded simplex.
		const k = Math.ceil(d.w.length / WARM_START_ROWS);
		const pick = (_: number, i: number) => i % k === 0;
		const sample = { x: d.x.filter(pick), tx: d.tx.filter(pick), T: d.T.filter(pick), w: d.w.filter(pick) };
		const warm = nelderMead(
			objective(
				sample,
				sample.w.reduce((a, b) => a + b, 0)
			),
			from,
			{
				step: start ? 0.5 : 1,
				tolerance: 1e-9,
				maxIterations: 600,
				bound: LOG_BOUND
			}
		);
		from = warm.x;
		evaluations += warm.evaluations;
		// Each full-data evaluation costs ~10× BG/NBD's (hypergeometric terms per row), so the polish is short; the
		// fit counts as converged when the sample fit did (the polish only refines it).
		const polish = nelderMead(objective(d, customers), from, {
			step: 0.05,
			tolerance: 1e-9,
			maxIterations: 60,
			restarts: 0,
			bound: LOG_BOUND
		});
		result = { ...polish, converged: warm.converged };
	} else
		// 700 iterations per run: CDNOW converges in ~300; degenerate data (s, β → ∞) would crawl along the bound.
		result = nelderMead(objective(d, customers), from, {
			step: 1,
			tolerance: 1e-12,
			maxIterations: 700,
			bound: LOG_BOUND
		});
	const atBound = result.x.some((v) => Math.abs(v) > LOG_BOUND - 0.01);
	const converged = result.converged && !atBound && Number.isFinite(result.value);
	return {
		params: toParams(result.x),
		logLikelihood: -result.value * customers,
		converged,
		...(converged ? {} : { reason: atBound ? ('atBound' as const) : ('maxIterations' as const) }),
		evaluations: evaluations + result.evaluations,
		customers
	};
}

const clampLog = (v: number) => Math.max(-LOG_BOUND + 1, Math.min(LOG_BOUND - 1, v));

/**
 * A starting point from BG/NBD's fit: the purchase side (r, α) is the same gamma mixture in both models, and BG/NBD's
 * dropout per purchase a/(a+b) at a mean rate r/α is a mean dropout rate s/β with s = 1.
 */
export function paretoStartFromBgNbd(bg: {
	r: number;
	alpha: number;
	a: number;
	b: number;
}): ParetoNbdParams {
	const dropoutRate = (bg.a / (bg.a + bg.b)) * (bg.r / bg.alpha);
	return { r: bg.r, alpha: bg.alpha, s: 1, beta: 1 / Math.max(dropoutRate, 1e-5) };
}

/** P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A0); NaN for non-buyers. */
export function paretoProbabilityAlive(p: ParetoNbdParams, s: RepeatSummary): Float64Array {
	const out = new Float64Array(s.T.length).fill(NaN);
	const { r, alpha, beta } = p;
	for (let i = 0; i < s.T.length; i++) {
		const T = s.T[i];
		if (!Number.isFinite(T)) continue;
		const x = s.x[i];
		const logOdds =
			Math.log(p.s) -
			Math.log(r + p.s + x) +
			(r + x) * Math.log(alpha + T) +
			p.s * Math.log(beta + T) +
			logA0(p, x, s.tx[i], T);
		out[i] = 1 / (1 + Math.exp(logOdds));
	}
	return out;
}

/** (1 − (k/(k+t))^(s−1)) / (s−1), with its limit ln((k+t)/k) at s = 1. */
function lifetimeFactor(s: number, k: number, t: number): number {
	const l = Math.log(k / (k + t));
	return Math.abs(s - 1) < 1e-9 ? -l : -Math.expm1((s - 1) * l) / (s - 1);
}

/** E[X(t)] for a newly acquired customer: r β / α · (1 − (β/(β+t))^(s−1)) / (s−1). */
export function paretoExpectedPurchasesNewCustomer(p: ParetoNbdParams, t: number): number {
	return ((p.r * p.beta) / p.alpha) * lifetimeFactor(p.s, p.beta, t);
}

/** E[purchases in (T, T+t] | x, t_x, T] = P(alive) · (r+x)(β+T)/(α+T) · lifetimeFactor; NaN for non-buyers. */
export function paretoExpectedPurchases(p: ParetoNbdParams, t: number, s: RepeatSummary): Float64Array {
	return paretoPurchasesGivenAlive(p, t, s, paretoProbabilityAlive(p, s));
}

/** The same expectation from an already computed P(alive) (several horizons share it). */
export function paretoPurchasesGivenAlive(
	p: ParetoNbdParams,
	t: number,
	s: RepeatSummary,
	alive: Float64Array
): Float64Array {
	const out = new Float64Array(alive.length).fill(NaN);
	for (let i = 0; i < alive.length; i++) {
		if (Number.isNaN(alive[i])) continue;
		const T = s.T[i];
		out[i] =
			alive[i] * (((p.r + s.x[i]) * (p.beta + T)) / (p.alpha + T)) * lifetimeFactor(p.s, p.beta + T, t);
	}
	return out;
}
