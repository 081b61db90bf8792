// One face for the two purchase models (BG/NBD and Pareto/NBD), so holdout checks, heatmaps and per-customer
// predictions are written once and the user can switch between them.
import {
	expectedPurchases,
	expectedPurchasesNewCustomer,
	fitBgNbd,
	probabilityAlive,
	type BgNbdParams,
	type RepeatSummary
} from './bg-nbd';
import {
	fitParetoNbd,
	paretoExpectedPurchases,
	paretoPurchasesGivenAlive,
	paretoExpectedPurchasesNewCustomer,
	paretoProbabilityAlive,
	paretoStartFromBgNbd,
	type ParetoNbdParams
} from './pareto-nbd';

export type PurchaseModelKind = 'bgnbd' | 'paretonbd';
export const PURCHASE_MODELS: readonly PurchaseModelKind[] = ['bgnbd', 'paretonbd'];

export type PurchaseModel =
	{ kind: 'bgnbd'; params: BgNbdParams } | { kind: 'paretonbd'; params: ParetoNbdParams };

/**
 * Why a fit is not trusted: the optimiser ran out of iterations, a parameter ran to the edge of its range, or —
 * a property of the data, not of the optimiser — the dropout pair ((a, b) of BG/NBD, (s, β) of Pareto/NBD) ran
 * off together at a finite ratio: customers differ so little in how fast they stop buying that the likelihood
 * keeps rising (by < 0.001 on the demo data) towards "everyone has the same dropout rate". The predictions at the
 * bound are those of that limit and stay usable.
 */
export type NonConvergence = 'maxIterations' | 'atBound' | 'flatDropout';

/** Both dropout parameters far above 1 (e^6 ≈ 400) and one of them at the bound: the homogeneous-dropout limit. */
function flatDropout(pair: [number, number], logBound: number): boolean {
	const logs = pair.map((v) => Math.log(v));
	return logs.every((l) => l > 4) && logs.some((l) => l > logBound - 0.5);
}

export type PurchaseModelFit =
	| {
			model: PurchaseModel;
			logLikelihood: number;
			/** Bayesian information criterion, 4 ln n − 2 LL: lower is better. */
			bic: number;
			converged: boolean;
			reason?: NonConvergence;
			customers: number;
	  }
	| { kind: PurchaseModelKind; error: 'tiering.clv.error.noBuyers' };

const BG_LOG_BOUND = 12;
const PARETO_LOG_BOUND = 12;

/** `fitted`: a BG/NBD fit of the same data, used as Pareto/NBD's starting point (far fewer evaluations). */
export function fitPurchaseModel(
	kind: PurchaseModelKind,
	summary: RepeatSummary,
	fitted?: PurchaseModel
): PurchaseModelFit {
	if (kind === 'paretonbd') {
		const start = fitted?.kind === 'bgnbd' ? paretoStartFromBgNbd(fitted.params) : undefined;
		const fit = fitParetoNbd(summary, start);
		if ('error' in fit) return { kind, error: fit.error };
		return {
			model: { kind, params: fit.params },
			logLikelihood: fit.logLikelihood,
			bic: 4 * Math.log(fit.customers) - 2 * fit.logLikelihood,
			converged: fit.converged,
			...(fit.reason
				? {
						reason: flatDropout([fit.params.s, fit.params.beta], PARETO_LOG_BOUND)
							? 'flatDropout'
							: fit.reason
					}
				: {}),
			customers: fit.customers
		};
	}
	const fit = fitBgNbd(summary);
	if ('error' in fit) return { kind, error: fit.error };
	const { r, alpha, a, b } = fit.params;
	const atBound = [r, alpha, a, b].some((v) => Math.abs(Math.log(v)) > BG_LOG_BOUND - 0.01);
	const converged = fit.converged && !atBound && Number.isFinite(fit.logLikelihood);
	return {
		model: { kind, params: fit.params },
		logLikelihood: fit.logLikelihood,
		bic: 4 * Math.log(fit.customers) - 2 * fit.logLikelihood,
		converged,
		...(converged ? {} : { reason: nonConvergence(atBound, flatDropout([a, b], BG_LOG_BOUND)) }),
		customers: fit.customers
	};
}

function nonConvergence(atBound: boolean, flat: boolean): NonConvergence {
	return flat ? 'flatDropout' : atBound ? 'atBound' : 'maxIterations';
}

/** Expected purchases in the next t per customer given their history (NaN for non-buyers). */
export function conditionalPurchases(m: PurchaseModel, t: number, s: RepeatSummary): Float64Array {
	return m.kind === 'bgnbd' ? expectedPurchases(m.params, t, s) : paretoExpectedPurchases(m.params, t, s);
}

/**
 * Conditional expectations at several horizons at once. Pareto/NBD's expectation is P(alive) × a closed form, and
 * P(alive) (the costly hypergeometric/quadrature part) is computed once here instead of once per horizon.
 */
export function conditionalPurchaseCurves(
	m: PurchaseModel,
	horizons: readonly number[],
	s: RepeatSummary
): Float64Array[] {
	if (m.kind === 'bgnbd') return horizons.map((t) => expectedPurchases(m.params, t, s));
	const alive = paretoProbabilityAlive(m.params, s);
	return horizons.map((t) => paretoPurchasesGivenAlive(m.params, t, s, alive));
}

export function aliveProbability(m: PurchaseModel, s: RepeatSummary): Float64Array {
	return m.kind === 'bgnbd' ? probabilityAlive(m.params, s) : paretoProbabilityAlive(m.params, s);
}

/** E[X(t)]: repeat purchases of a customer in the first t after their first purchase. */
export function newCustomerPurchases(m: PurchaseModel, t: number): number {
	if (t <= 0) return 0;
	return m.kind === 'bgnbd'
		? expectedPurchasesNewCustomer(m.params, t)
		: paretoExpectedPurchasesNewCustomer(m.params, t);
}

/** The purchase-rate posterior's shape and rate: λ | alive ~ Gamma(r + x, α + T) in both models. */
export function rateShape(m: PurchaseModel): { r: number; alpha: number } {
	return { r: m.params.r, alpha: m.params.alpha };
}
