// The order of an action list: who to contact first. With churn scores, value at stake = CLV × churn
// probability; without them, CLV; where CLV is missing, the value score. Ties keep the customer order.
import { expectedLoss } from '../at-risk';

export type RankBasis = 'clvRisk' | 'clv' | 'valueScore';

export interface RankColumns {
	clv: Float64Array;
	valueScore: Float64Array;
	churnProbability?: Float64Array;
}

export function defaultBasis(cols: RankColumns): RankBasis {
	return cols.churnProbability ? 'clvRisk' : 'clv';
}

/** The priority of one customer under a basis; NaN ranks last. */
export function priorityOf(i: number, basis: RankBasis, cols: RankColumns): number {
	if (basis === 'valueScore') return cols.valueScore[i];
	const clv = cols.clv[i];
	// The same expected loss the high-value-at-risk list ranks by, so both orders agree.
	if (basis === 'clvRisk') return expectedLoss(cols.churnProbability?.[i] ?? NaN, clv);
	return Number.isFinite(clv) ? clv : cols.valueScore[i];
}

/** The given customers ordered by priority, highest first; NaN priorities go to the end. */
export function rankCustomers(indices: Int32Array, basis: RankBasis, cols: RankColumns): Int32Array {
	const score = new Float64Array(indices.length);
	for (let k = 0; k < indices.length; k++) score[k] = priorityOf(indices[k], basis, cols);
	const order = Array.from({ length: indices.length }, (_, k) => k);
	order.sort((a, b) => {
		const sa = Number.isFinite(score[a]) ? score[a] : -Infinity;
		const sb = Number.isFinite(score[b]) ? score[b] : -Infinity;
		if (sa !== sb) return sb > sa ? 1 : -1;
		return indices[a] - indices[b];
	});
	return Int32Array.from(order, (k) => indices[k]);
}
