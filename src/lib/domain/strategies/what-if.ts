// The what-if of a retention campaign: contact the top N customers at cost C each and save a share S of those
// who would otherwise leave. Expected retained revenue = S · Σ value × P(churn) over the contacted customers.

export interface WhatIfInput {
	/** Customer value at stake (e.g. predicted CLV), in contact order. */
	values: ArrayLike<number>;
	/** Churn probability per customer in the same order; absent = everyone contacted is assumed to leave. */
	churnProbability?: ArrayLike<number>;
}

export interface WhatIfAssumptions {
	/** How many to contact (capped at the list length). */
	n: number;
	costPerContact: number;
	/** Share of would-be leavers the contact keeps, 0..1. */
	saveRate: number;
}

export interface WhatIfResult {
	contacted: number;
	/** Σ value × P(churn) over the contacted: the revenue expected to leave without action. */
	revenueAtRisk: number;
	cost: number;
	retainedRevenue: number;
	net: number;
	/** net / cost; NaN when nothing is spent. */
	returnOnSpend: number;
}

export function whatIf(input: WhatIfInput, a: WhatIfAssumptions): WhatIfResult {
	const n = Math.max(0, Math.min(Math.floor(Number.isFinite(a.n) ? a.n : 0), input.values.length));
	const save = Math.min(1, Math.max(0, Number.isFinite(a.saveRate) ? a.saveRate : 0));
	const unitCost = Number.isFinite(a.costPerContact) ? Math.max(0, a.costPerContact) : 0;
	let atRisk = 0;
	for (let i = 0; i < n; i++) {
		const v = input.values[i];
		const p = input.churnProbability ? input.churnProbability[i] : 1;
		// A customer with no value or no score adds nothing rather than poisoning the sum with NaN.
		if (Number.isFinite(v) && Number.isFinite(p)) atRisk += Math.max(0, v) * p;
	}
	const cost = n * unitCost;
	const retainedRevenue = save * atRisk;
	const net = retainedRevenue - cost;
	return {
		contacted: n,
		revenueAtRisk: atRisk,
		cost,
		retainedRevenue,
		net,
		returnOnSpend: cost > 0 ? net / cost : NaN
	};
}
