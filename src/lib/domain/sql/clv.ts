// Predicted CLV in SQL with the parameters Strata fitted (BG/NBD + Gamma–Gamma, frozen like the churn
// coefficients): the repeat summary (x, t_x, T, repeat spend) as clv/summary.ts builds it, the conditional
// expected purchases of bg-nbd.ts at each monthly horizon, the Gamma–Gamma expected spend, and predict.ts's
// discounted monthly sum. The one non-elementary piece, the hypergeometric 2F1, is its power series cut at a
// fixed number of terms (termsFor below): the query stops with an error rather than return a truncated sum.
import type { BgNbdParams } from '../clv/bg-nbd';
import { UNITS_PER_MONTH } from '../clv/predict';
import { UNIT_DAYS } from '../clv/summary';
import { DAY_MS } from '../transactions';
import type { Dialect } from './dialect';
import type { SqlClvModel } from './types';

/** A series term below this share of the largest term is negligible (bg-nbd.ts stops at 1e-14 of the sum). */
const NEGLIGIBLE = 1e-17;
const MIN_TERMS = 200;
const MAX_TERMS = 4000;
/** Ages (in years) and purchase rates (repeat days per day of age) the series length is sized for. */
const AGES_YEARS = 10;
const RATES = [0, 0.05, 0.2, 0.5, 1];

/**
 * Terms the SQL sums for one customer at horizon t: up to the last term above NEGLIGIBLE × the largest term (the
 * sum is at least that), the rule clv_need applies. Never fewer than bg-nbd.ts's own stop rule needs.
 */
function seriesLength(p: BgNbdParams, x: number, T: number, t: number): number {
	const a = p.r + x;
	const b = p.b + x;
	const c = p.a + p.b + x - 1;
	const lnZ = Math.log(t / (p.alpha + T + t));
	const logs = new Float64Array(MAX_TERMS);
	let logCoef = 0;
	let peak = 0;
	for (let k = 0; k < MAX_TERMS; k++) {
		logCoef += Math.log(a + k) + Math.log(b + k) - Math.log(Math.abs(c + k)) - Math.log(k + 1);
		logs[k] = logCoef + (k + 1) * lnZ;
		peak = Math.max(peak, logs[k]);
	}
	const floor = peak + Math.log(NEGLIGIBLE);
	for (let k = MAX_TERMS - 1; k >= 0; k--) if (logs[k] > floor) return k + 1;
	return 0;
}

/**
 * How many series terms the SQL may sum: the most its rule needs for any customer up to ten years old buying on up
 * to every day, at the longest horizon (the series is longest there), with a margin.
 */
export function termsFor(p: BgNbdParams, unitDays: number, horizon: number): number {
	let most = 0;
	const maxAge = (AGES_YEARS * 365) / unitDays;
	for (let T = 0; T <= maxAge; T += maxAge / 400)
		for (const rate of RATES)
			most = Math.max(most, seriesLength(p, Math.floor(rate * T * unitDays), T, horizon));
	return Math.min(MAX_TERMS, Math.max(MIN_TERMS, Math.ceil(most * 1.25)));
}

export interface ClvSqlResult {
	ctes: string[];
	/** Columns of `clv` besides customer_id. */
	columns: { predictedClv?: string; predictedPurchases: string; predictedSpend12m?: string };
	notes: string[];
}

/** Needs `lines` and `params`; produces `clv(customer_id, predicted_purchases[, predicted_clv, predicted_spend_12m])`. */
export function clvSql(d: Dialect, model: SqlClvModel): ClvSqlResult {
	const { r, alpha, a, b } = model.bgNbd;
	const n = d.num;
	const unitDays = UNIT_DAYS[model.unit];
	const perMonth = UNITS_PER_MONTH[model.unit];
	// The same doubles predict.ts and customer-outlook.ts compute: (i + 1) · perMonth, (1 + d)^i, 365 / unitDays.
	const horizons = Array.from({ length: model.months }, (_, i) => (i + 1) * perMonth);
	const factors = horizons.map((_, i) => Math.pow(1 + model.monthlyDiscount, i + 1));
	const year = 365 * (1 / unitDays);
	const all = [...horizons, year];
	const longest = Math.max(...all);
	const terms = termsFor(model.bgNbd, unitDays, longest);
	const day = n(DAY_MS);
	const amt = 'COALESCE(l.amount, 0)';
	const horizonRows = all.map((t, h) => `SELECT ${h + 1} AS h, ${n(t)} AS t`).join(' UNION ALL ');
	// ln|ratio_k| of the series coefficients ((a'+k)(b'+k)) / ((c'+k)(k+1)); only c' (k = 0) can be negative.
	const cPrime = `(${n(a)} + ${n(b)} + s.x - 1)`;
	const logRatio = `LN(${n(r)} + s.x + k.k) + LN(${n(b)} + s.x + k.k) - LN(ABS(${cPrime} + k.k)) - LN(k.k + 1)`;
	const lnZ = `LN(hz.t / (${n(alpha)} + s.big_t + hz.t))`;
	const expected = (h: number) => {
		const t = `e.t${h}`;
		const first = `(${n(a)} + ${n(b)} + s.x - 1) / (${n(a)} - 1)`;
		const second = `1 - e.hyp${h} * POWER((${n(alpha)} + s.big_t) / (${n(alpha)} + s.big_t + ${t}), ${n(r)} + s.x)`;
		const deadOdds = `CASE WHEN s.x > 0 THEN EXP(LN(${n(a)} / (${n(b)} + s.x - 1)) + (${n(r)} + s.x) * LN((${n(alpha)} + s.big_t) / (${n(alpha)} + s.t_x))) ELSE 0 END`;
		return `(${first}) * (${second}) / (1 + ${deadOdds})`;
	};
	const pivot = all.flatMap((_, h) => [
		`MAX(CASE WHEN h = ${h + 1} THEN hyp END) AS hyp${h + 1}`,
		`MAX(CASE WHEN h = ${h + 1} THEN t END) AS t${h + 1}`
	]);
	const ctes = [
		`clv_days AS (\n  SELECT l.customer_id, FLOOR(l.ts_ms / ${day}) AS day\n  FROM lines l CROSS JOIN params p\n  WHERE NOT l.is_refund AND l.ts_ms <= p.analysis_ms\n  GROUP BY l.customer_id, FLOOR(l.ts_ms / ${day})\n)`,
		`clv_span AS (\n  SELECT customer_id, COUNT(*) - 1 AS x, MIN(day) AS first_day, MAX(day) AS last_day\n  FROM clv_days GROUP BY customer_id\n)`,
		// Repeat spend = everything after the first purchase day, net of refunds, summed in file order.
		`clv_spend AS (
  SELECT l.customer_id, ${d.orderedSum(amt, 'l.line_no')} AS total,
    ${d.orderedSum(`CASE WHEN FLOOR(l.ts_ms / ${day}) = f.first_day THEN ${amt} ELSE 0 END`, 'l.line_no')} AS first_total
  FROM lines l JOIN clv_span f ON f.customer_id = l.customer_id CROSS JOIN params p
  WHERE l.ts_ms <= p.analysis_ms
  GROUP BY l.customer_id
)`,
		`clv_summary AS (
  SELECT f.customer_id, CAST(f.x AS DOUBLE) AS x,
    (f.last_day - f.first_day) / ${n(unitDays)} AS t_x,
    (FLOOR(p.analysis_ms / ${day}) - f.first_day) / ${n(unitDays)} AS big_t,
    CASE WHEN f.x > 0 THEN (s.total - s.first_total) / f.x ELSE 0 END AS repeat_spend
  FROM clv_span f JOIN clv_spend s ON s.customer_id = f.customer_id CROSS JOIN params p
)`,
		`clv_horizons AS (\n  ${horizonRows}\n)`,
		`clv_k AS (\n  ${d.range(terms, 'k')}\n)`,
		// Σ_{j ≤ k} ln|ratio_j| per distinct x: the log of the (k+1)-th term's coefficient.
		`clv_coef AS (
  SELECT s.x, k.k, SUM(${logRatio}) OVER (PARTITION BY s.x ORDER BY k.k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS log_coef
  FROM (SELECT DISTINCT x FROM clv_summary) s CROSS JOIN clv_k k
)`,
		`clv_coefs AS (\n  SELECT x, ${d.orderedList('log_coef', 'k')} AS log_coefs\n  FROM clv_coef GROUP BY x\n)`,
		// Terms past the last one above 1e-17 × the largest term, at the longest horizon and the youngest customer
		// with this x (the largest z, so the slowest decay), are negligible for every customer with this x at every
		// horizon; summing only up to it keeps the work near what the series needs.
		`clv_need_terms AS (
  SELECT s.x, c.k, c.log_coef + (c.k + 1) * LN(${n(longest)} / (${n(alpha)} + s.big_t + ${n(longest)})) AS log_term
  FROM (SELECT x, MIN(big_t) AS big_t FROM clv_summary GROUP BY x) s JOIN clv_coef c ON c.x = s.x
)`,
		`clv_need AS (
  SELECT x, MAX(CASE WHEN log_term > peak + ${n(Math.log(NEGLIGIBLE))} THEN k ELSE -1 END) + 1 AS need
  FROM (SELECT clv_need_terms.*, GREATEST(0, MAX(log_term) OVER (PARTITION BY x)) AS peak FROM clv_need_terms) t
  GROUP BY x
)`,
		// 2F1(r+x, b+x; a+b+x−1; z), z = t / (α + T + t), once per distinct (x, T) and horizon.
		`clv_series AS (
  SELECT s.x, s.big_t, hz.h, hz.t,
    CASE WHEN s.need >= ${terms} THEN ${d.fail(`Strata CLV: the hypergeometric series did not converge within ${terms} terms; predicted CLV cannot be computed exactly for this data`)}
      ELSE 1 + CASE WHEN ${cPrime} < 0 THEN -1 ELSE 1 END * ${d.seriesSum('c.log_coefs', 's.need', lnZ)} END AS hyp
  FROM (SELECT p.x, p.big_t, n.need FROM (SELECT DISTINCT x, big_t FROM clv_summary) p JOIN clv_need n ON n.x = p.x) s
    CROSS JOIN clv_horizons hz
    JOIN clv_coefs c ON c.x = s.x
)`,
		`clv_pivot AS (\n  SELECT x, big_t, ${pivot.join(',\n    ')}\n  FROM clv_series GROUP BY x, big_t\n)`,
		`clv_expected AS (
  SELECT s.customer_id, s.x, s.repeat_spend,
    ${all.map((_, h) => `${expected(h + 1)} AS e${h + 1}`).join(',\n    ')}
  FROM clv_summary s JOIN clv_pivot e ON e.x = s.x AND e.big_t = s.big_t
)`
	];
	const columns: ClvSqlResult['columns'] = { predictedPurchases: 'predicted_purchases' };
	const out = [`customer_id`, `e${model.months} AS predicted_purchases`];
	const notes: string[] = [];
	if (model.gammaGamma) {
		const { p, q, v } = model.gammaGamma;
		const population = n((p * v) / (q - 1));
		const px = `${n(p)} * GREATEST(x, 0)`;
		const w = `(${px}) / (${px} + ${n(q)} - 1)`;
		const spend = `(1 - ${w}) * ${population} + ${w} * CASE WHEN repeat_spend > 0 THEN repeat_spend ELSE 0 END`;
		let clv = n(0);
		horizons.forEach((_, i) => {
			const prev = i === 0 ? n(0) : `e${i}`;
			clv = `${clv} + (spend * (e${i + 1} - ${prev})) / ${n(factors[i])}`;
		});
		ctes.push(
			`clv_spent AS (\n  SELECT clv_expected.*, ${spend} AS spend\n  FROM clv_expected\n)`,
			`clv AS (\n  SELECT customer_id, e${model.months} AS predicted_purchases,\n    ${clv} AS predicted_clv,\n    e${all.length} * spend AS predicted_spend_12m\n  FROM clv_spent\n)`
		);
		columns.predictedClv = 'predicted_clv';
		columns.predictedSpend12m = 'predicted_spend_12m';
	} else {
		ctes.push(`clv AS (\n  SELECT ${out.join(', ')}\n  FROM clv_expected\n)`);
		notes.push(
			'No predicted_clv: the Gamma–Gamma spend model was not fitted on this data (q ≤ 1), as in Strata.'
		);
	}
	return { ctes, columns, notes };
}
