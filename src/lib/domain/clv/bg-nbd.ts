// BG/NBD purchase model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): fitted by maximum
// likelihood on log-parameters with the closed-form (hypergeometric-free) likelihood; predictions per customer.
import { nelderMead } from './optimize';
import { hyp2f1, logGamma } from './special';
import { compressRepeatRows, type WeightedRows } from './repeat-rows';

export interface BgNbdParams {
	r: number;
	alpha: number;
	a: number;
	b: number;
}

/** x, t_x, T per customer; rows with a non-finite T (never bought) are skipped. */
export interface RepeatSummary {
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
}

export type BgNbdFit =
	| { params: BgNbdParams; logLikelihood: number; converged: boolean; evaluations: number; customers: number }
	| { error: 'tiering.clv.error.noBuyers' };

const compress = compressRepeatRows;

/** Rows pointing into their distinct x, T and t_x values, so gamma functions and logs run once per value. */
interface Prepared {
	x: Float64Array;
	w: Float64Array;
	xi: Int32Array;
	xs: Float64Array;
	Ti: Int32Array;
	Ts: Float64Array;
	ti: Int32Array;
	txs: Float64Array;
}

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

function prepare(c: { x: Float64Array; tx: Float64Array; T: Float64Array; w: Float64Array }): Prepared {
	const x = distinct(c.x);
	const T = distinct(c.T);
	const tx = distinct(c.tx);
	return {
		x: c.x,
		w: c.w,
		xi: x.index,
		xs: x.values,
		Ti: T.index,
		Ts: T.values,
		ti: tx.index,
		txs: tx.values
	};
}

/**
 * Sum of log-likelihoods. Per customer: ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 * + ln[(α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x)], the second term added in log space.
 */
export function bgNbdLogLikelihood(p: BgNbdParams, s: RepeatSummary): number {
	return preparedLogLikelihood(p, prepare(compress(s)));
}

function preparedLogLikelihood(p: BgNbdParams, d: Prepared): number {
	const { r, alpha, a, b } = p;
	const base = logGamma(a + b) - logGamma(b) - logGamma(r) + r * Math.log(alpha);
	const xTerm = new Float64Array(d.xs.length);
	const odds = new Float64Array(d.xs.length);
	for (let k = 0; k < d.xs.length; k++) {
		const x = d.xs[k];
		xTerm[k] = base + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
		odds[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
	}
	const lT = d.Ts.map((T) => Math.log(alpha + T));
	const lX = d.txs.map((tx) => Math.log(alpha + tx));
	let ll = 0;
	for (let i = 0; i < d.x.length; i++) {
		const x = d.x[i];
		const rx = r + x;
		const a3 = -rx * lT[d.Ti[i]];
		let mix = a3;
		if (x > 0) {
			const a4 = odds[d.xi[i]] - rx * lX[d.ti[i]];
			mix = a3 > a4 ? a3 + Math.log1p(Math.exp(a4 - a3)) : a4 + Math.log1p(Math.exp(a3 - a4));
		}
		ll += d.w[i] * (xTerm[d.xi[i]] + mix);
	}
	return ll;
}

/** Log-parameters stay within ±12 (parameters between 6e-6 and 1.6e5). */
const LOG_BOUND = 12;

/** Above this many distinct rows, a stride sample finds the neighbourhood of the optimum first. */
const WARM_START_ROWS = 10_000;

export function fitBgNbd(summary: RepeatSummary): BgNbdFit {
	const c = compress(summary);
	let customers = 0;
	let meanT = 0;
	for (let i = 0; i < c.w.length; i++) {
		customers += c.w[i];
		meanT += c.w[i] * c.T[i];
	}
	if (customers === 0) return { error: 'tiering.clv.error.noBuyers' };
	meanT = Math.max(meanT / customers, 1e-3);
	const toParams = (v: number[]): BgNbdParams => ({
		r: Math.exp(v[0]),
		alpha: Math.exp(v[1]),
		a: Math.exp(v[2]),
		b: Math.exp(v[3])
	});
	// Mean negative log-likelihood keeps the tolerance independent of the number of customers.
	const objective = (d: Prepared, total: number) => (v: number[]) =>
		-preparedLogLikelihood(toParams(v), d) / total;
	const full = prepare(c);
	let start = [0, Math.log(meanT), 0, 0];
	let evaluations = 0;
	if (c.w.length > WARM_START_ROWS) {
		const sample = strideSample(c, WARM_START_ROWS);
		const warm = nelderMead(objective(prepare(sample), sum(sample.w)), start, {
			step: 1,
			tolerance: 1e-9,
			maxIterations: 800,
			bound: LOG_BOUND
		});
		start = warm.x;
		evaluations += warm.evaluations;
	}
	// After a warm start the full data only polishes: small simplex, bounded iterations (keeps 100k fast).
	const result = evaluations
		? nelderMead(objective(full, customers), start, {
				step: 0.1,
				tolerance: 1e-10,
				maxIterations: 250,
				restarts: 1,
				bound: LOG_BOUND
			})
		: nelderMead(objective(full, customers), start, { step: 1, tolerance: 1e-12, bound: LOG_BOUND });
	return {
		params: toParams(result.x),
		logLikelihood: -result.value * customers,
		converged: result.converged,
		evaluations: evaluations + result.evaluations,
		customers
	};
}

/** Every k-th row (deterministic), keeping weights. */
function strideSample(rows: WeightedRows, max: number): WeightedRows {
	const k = Math.ceil(rows.w.length / max);
	const pick = (_: number, i: number) => i % k === 0;
	return { x: rows.x.filter(pick), tx: rows.tx.filter(pick), T: rows.T.filter(pick), w: rows.w.filter(pick) };
}

function sum(v: Float64Array): number {
	let s = 0;
	for (const x of v) s += x;
	return s;
}

/** Expected purchases of a newly acquired customer in a period of length t: E[X(t)]. */
export function expectedPurchasesNewCustomer(p: BgNbdParams, t: number): number {
	const { r, alpha, a, b } = p;
	const z = t / (alpha + t);
	return ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, z));
}

/** Expected purchases in the next t (same unit as T) given each customer's history; NaN for non-buyers. */
export function expectedPurchases(p: BgNbdParams, t: number, s: RepeatSummary): Float64Array {
	const { r, alpha, a, b } = p;
	const out = new Float64Array(s.T.length).fill(NaN);
	for (let i = 0; i < s.T.length; i++) {
		const T = s.T[i];
		if (!Number.isFinite(T)) continue;
		const x = s.x[i];
		const first = (a + b + x - 1) / (a - 1);
		const hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
		const second = 1 - hyp * Math.pow((alpha + T) / (alpha + T + t), r + x);
		out[i] = (first * second) / (1 + deadOdds(p, x, s.tx[i], T));
	}
	return out;
}

/** P(customer still active | x, t_x, T); 1 for customers without repeat purchases, NaN for non-buyers. */
export function probabilityAlive(p: BgNbdParams, s: RepeatSummary): Float64Array {
	const out = new Float64Array(s.T.length).fill(NaN);
	for (let i = 0; i < s.T.length; i++) {
		if (Number.isFinite(s.T[i])) out[i] = 1 / (1 + deadOdds(p, s.x[i], s.tx[i], s.T[i]));
	}
	return out;
}

/** a/(b+x−1) · ((α+T)/(α+t_x))^(r+x) for x > 0, computed in log space; 0 when x = 0. */
function deadOdds(p: BgNbdParams, x: number, tx: number, T: number): number {
	if (!(x > 0)) return 0;
	const { r, alpha, a, b } = p;
	return Math.exp(Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx)));
}
