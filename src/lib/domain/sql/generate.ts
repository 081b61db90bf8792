// Builds one self-contained SQL file (DuckDB or Spark SQL 3.x) computing the tiering the user tuned in Strata:
// indicators, RFM scores and segments, the weighted value score, tiers, lifecycle stages and the logistic
// churn score — every rule read from the same definition objects the analysis worker runs.
import { churnSql } from './churn';
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
	const src = sourceSql(d, spec.columns, spec.lineRules);
	notes.push(...src.notes);
	const ind = indicatorSql(d, src, spec.analysisDate);
	const value = valueSql(d, ind.columns, spec.value);
	const ctes = [...src.ctes, ...ind.ctes, ...rfmSql()];
	const hasValue = value.missing.length === 0 && value.ctes.length > 0;
	if (value.missing.length)
		notes.push(
			`No value_score: the value model weighs ${value.missing.join(', ')} (BG/NBD / Gamma–Gamma predictions), which this export cannot compute; set those weights to 0 in Strata to export the score.`
		);
	let last = 'rfm';
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
	if (spec.churn) {
		const churn = churnSql(d, spec.churn);
		if ('unsupported' in churn) notes.push(`No churn_probability: ${churn.unsupported}.`);
		else {
			ctes.push(...churn.ctes);
			hasChurn = true;
		}
	} else notes.push('No churn_probability: no logistic churn model was trained on order-line features.');
	const output: [string, string][] = OUTPUT_COLUMNS.slice(0, 8).map((c) => [`t.${c}`, c]);
	if (hasValue) output.push(['t.value_score', 'value_score']);
	if (hasTier) output.push(['t.tier', 'tier']);
	output.push([lifecycleCase(d, spec.lifecycle, 't.'), 'lifecycle_stage']);
	if (hasChurn) output.push(['c.churn_probability', 'churn_probability']);
	const columns = output.map(([, name]) => name);
	const select = output.map(([expr, name]) => (expr === `t.${name}` ? expr : `${expr} AS ${name}`));
	const from = hasChurn ? `${last} t LEFT JOIN churn c ON c.customer_id = t.customer_id` : `${last} t`;
	const named = ctes.map((c) => c.replace(/^(\w+) AS \(/, `$1 AS ${d.cteKeyword}(`));
	const query = `WITH ${named.join(',\n')}\nSELECT ${select.join(',\n  ')}\nFROM ${from}\nORDER BY t.customer_id;\n`;
	const header = headerComment(spec, {
		notes,
		columns,
		hasChurn,
		frequencyRule: src.hasOrderId ? 'orders' : 'purchaseDays'
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
	if (m === 'predictedClv') return undefined;
	return columns[m];
}
