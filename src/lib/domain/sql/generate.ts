// Builds one self-contained SQL file (DuckDB or Spark SQL 3.x) computing the tiering the user tuned in Strata:
// indicators, RFM scores and segments, the weighted value score, tiers, lifecycle stages and the logistic
// churn score — every rule read from the same definition objects the analysis worker runs.
import { churnSql } from './churn';
import { clvSql } from './clv';
import { customerListSql } from './customers';
import { dialectOf } from './dialect';
import { headerComment } from './header';
import { indicatorSql } from './indicators';
import { lifecycleCase } from './lifecycle';
import { rfmSql } from './rfm';
import { sourceSql } from './source';
import { tierSql } from './tiers';
import type { SqlExport, SqlExportSpec } from './types';
import { valueSql } from './value-score';

export const OUTPUT_COLUMNS = [
	'customer_id',
	'recency_days',
	'frequency',
	'monetary',
	'r_score',
	'f_score',
	'm_score',
	'rfm_segment',
	'value_score',
	'tier',
	'lifecycle_stage',
	'churn_probability'
] as const;

export function generateTieringSql(spec: SqlExportSpec): SqlExport {
	if (!spec.columns.some((c) => c.role === 'customerId')) return { error: 'noCustomerId' };
	const d = dialectOf(spec.dialect);
	const notes: string[] = [];
	const list = spec.shape === 'customers';
	let ind: { ctes: string[]; columns: Record<string, string> };
	let hasOrderId = false;
	if (list) {
		ind = customerListSql(d, spec.columns, spec.analysisDate);
		notes.push(...(ind as ReturnType<typeof customerListSql>).notes);
	} else {
		const src = sourceSql(d, spec.columns, spec.lineRules);
		notes.push(...src.notes);
		hasOrderId = src.hasOrderId;
		const lines = indicatorSql(d, src, spec.analysisDate);
		ind = { ctes: [...src.ctes, ...lines.ctes], columns: lines.columns };
	}
	const ctes = [...ind.ctes, ...rfmSql()];
	let last = 'rfm';
	const clv = list ? undefined : withClv(spec, notes);
	if (clv) {
		ctes.push(
			...clv.ctes,
			`rfm_clv AS (\n  SELECT rfm.*, ${clv.select}\n  FROM rfm LEFT JOIN clv ON clv.customer_id = rfm.customer_id\n)`
		);
		Object.assign(ind.columns, clv.columns);
		last = 'rfm_clv';
	}
	const value = valueSql(d, ind.columns, spec.value, last);
	const hasValue = value.missing.length === 0 && value.ctes.length > 0;
	if (value.missing.length)
		notes.push(
			`No value_score: the value model weighs ${value.missing.join(', ')}, which this export cannot compute here; set those weights to 0 in Strata to export the score.`
		);
	if (hasValue) {
		ctes.push(...value.ctes);
		last = 'valued';
	}
	const measure = measureColumn(spec, ind.columns, hasValue);
	const hasTier = measure !== undefined;
	if (measure === undefined)
		notes.push(`No tier: the tiers rank by ${spec.tierMeasure}, which this export cannot compute.`);
	else {
		const tiers = tierSql(d, spec.tiering, spec.cutoffs, spec.frozenBounds);
		notes.push(...tiers.notes);
		ctes.push(`measured AS (\n  SELECT ${last}.*, ${measure} AS measure\n  FROM ${last}\n)`, ...tiers.ctes);
		last = 'tiered';
	}
	let hasChurn = false;
	if (spec.churn && list)
		notes.push(
			'No churn_probability: the churn model of a customer list reads its own columns, not exported.'
		);
	else if (spec.churn) {
		const churn = churnSql(d, spec.churn);
		if ('unsupported' in churn) notes.push(`No churn_probability: ${churn.unsupported}.`);
		else {
			ctes.push(...churn.ctes);
			hasChurn = true;
		}
	} else if (!list)
		notes.push('No churn_probability: no logistic churn model was trained on order-line features.');
	const output: [string, string][] = OUTPUT_COLUMNS.slice(0, 8).map((c) => [`t.${c}`, c]);
	if (hasValue) output.push(['t.value_score', 'value_score']);
	if (hasTier) output.push(['t.tier', 'tier']);
	output.push([lifecycleCase(d, spec.lifecycle, 't.'), 'lifecycle_stage']);
	if (hasChurn) output.push(['c.churn_probability', 'churn_probability']);
	if (ind.columns.predictedClv) output.push(['t.predicted_clv', 'predicted_clv']);
	const columns = output.map(([, name]) => name);
	const select = output.map(([expr, name]) => (expr === `t.${name}` ? expr : `${expr} AS ${name}`));
	const from = hasChurn ? `${last} t LEFT JOIN churn c ON c.customer_id = t.customer_id` : `${last} t`;
	const named = ctes.map((c) => c.replace(/^(\w+) AS \(/, `$1 AS ${d.cteKeyword}(`));
	const query = `WITH ${named.join(',\n')}\nSELECT ${select.join(',\n  ')}\nFROM ${from}\nORDER BY t.customer_id;\n`;
	const header = headerComment(spec, {
		notes,
		columns,
		hasChurn,
		hasClv: clv !== undefined,
		frequencyRule: list ? 'given' : hasOrderId ? 'orders' : 'purchaseDays'
	});
	return { sql: `${header}\n${d.prelude(spec.source).join('\n')}\n\n${query}`, columns, notes };
}

/** The tier measure as an expression over the last CTE, or undefined when SQL cannot compute it. */
function measureColumn(
	spec: SqlExportSpec,
	columns: Record<string, string>,
	hasValue: boolean
): string | undefined {
	const m = spec.tierMeasure;
	if (spec.tiering.method === 'preset') return 'CAST(NULL AS DOUBLE)';
	if (m === 'valueScore') return hasValue ? 'value_score' : undefined;
	if (m === 'historicalClv') return columns.margin ?? columns.monetary;
	return columns[m];
}

/** The CLV CTEs when Strata fitted BG/NBD on this data; otherwise why not, as a note. */
function withClv(
	spec: SqlExportSpec,
	notes: string[]
): { ctes: string[]; columns: Record<string, string>; select: string } | undefined {
	const wanted =
		['predictedClv', 'predictedSpend12m'].includes(spec.tierMeasure) ||
		Boolean(spec.value.weights.predictedClv || spec.value.weights.predictedPurchases);
	if (!spec.clv) {
		if (wanted) notes.push('No predicted CLV: Strata did not fit the CLV models on this data.');
		return undefined;
	}
	if (spec.clv.kind !== 'bgnbd') {
		notes.push(
			'No predicted CLV: it comes from Pareto/NBD here (chosen on the CLV check), whose probability of being alive has no closed form this SQL writes; choose BG/NBD to export it.'
		);
		return undefined;
	}
	const out = clvSql(dialectOf(spec.dialect), spec.clv);
	notes.push(...out.notes);
	const columns = Object.fromEntries(Object.entries(out.columns).filter(([, c]) => c)) as Record<
		string,
		string
	>;
	return {
		ctes: out.ctes,
		columns,
		select: Object.values(columns)
			.map((c) => `clv.${c}`)
			.join(', ')
	};
}
