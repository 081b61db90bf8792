// The logistic churn score in SQL: the time-split features as of the latest order date (labelFromTransactions
// with an empty window: every line up to that date, refunds included, counted per line), encoded by the
// fitted pipeline (median imputation, standardisation, rounded to float32 as the feature matrix stores them),
// then σ(b + Σ wⱼxⱼ) summed in feature order.
import { DAY_MS } from '../transactions';
import type { Dialect } from './dialect';
import type { SqlChurnModel } from './types';

const FEATURE_SQL: Record<string, string> = {
	recencyDays: `(a.cutoff_ms - f.last_ms) / DAY`,
	frequency: `CAST(f.line_count AS DOUBLE)`,
	monetary: `f.spend`,
	averageOrderValue: `f.spend / f.line_count`,
	tenureDays: `(a.cutoff_ms - f.first_ms) / DAY`
};

export type ChurnSql = { ctes: string[] } | { unsupported: string };

export function churnSql(d: Dialect, model: SqlChurnModel): ChurnSql {
	const day = d.num(DAY_MS);
	const x: string[] = [];
	for (const step of model.pipeline.steps) {
		const raw = FEATURE_SQL[step.column];
		if (step.kind !== 'numeric' || !raw)
			return {
				unsupported: `the churn model uses the column “${step.column}”, which is not an order-line feature`
			};
		const v = raw.replace(/DAY/g, day);
		const filled = `COALESCE(${v}, ${d.num(step.median)})`;
		x.push(d.float32(`(${filled} - ${d.num(step.mean)}) / ${d.num(step.std)}`));
		if (step.missingIndicator) x.push(`CASE WHEN ${v} IS NULL THEN 1 ELSE 0 END`);
	}
	if (x.length !== model.weights.length)
		return { unsupported: 'the churn model does not match its pipeline' };
	let z = d.num(model.bias);
	x.forEach((xi, j) => (z = `${z} + ${d.num(model.weights[j])} * ${xi}`));
	return {
		ctes: [
			`churn_cutoff AS (\n  SELECT MAX(ts_ms) AS cutoff_ms FROM lines\n)`,
			`churn_lines AS (
  SELECT l.customer_id, COUNT(*) AS line_count, ${d.orderedSum('COALESCE(l.amount, 0)', 'l.line_no')} AS spend,
    MIN(l.ts_ms) AS first_ms, MAX(l.ts_ms) AS last_ms
  FROM lines l CROSS JOIN churn_cutoff a
  WHERE l.ts_ms <= a.cutoff_ms
  GROUP BY l.customer_id
)`,
			`churn AS (\n  SELECT f.customer_id, 1 / (1 + EXP(-(${z}))) AS churn_probability\n  FROM churn_lines f CROSS JOIN churn_cutoff a\n)`
		]
	};
}
