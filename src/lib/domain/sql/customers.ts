// A customer list (one row per customer, no order lines) in SQL, as the import and customer-indicators.ts read
// it: ids from the id column or, when the file had none, from row numbers in file order; total spend summed
// over every column mapped as spend; recency and tenure given or derived from dates; the rest unknown (NULL).
import { DAYS_PER_MONTH } from '../customer-indicators';
import { AGE_UNIT_DAYS, type ColumnRole, type ColumnSpec } from '../columns';
import { TOTALS } from '../line-rules';
import { DAY_MS } from '../transactions';
import type { Dialect } from './dialect';
import { INDICATOR_COLUMNS } from './indicators';
import { cell, number, regexSource } from './source';

export interface CustomerListSql {
	ctes: string[];
	/** Indicator key → column of `ind` (only what this list has). */
	columns: Record<string, string>;
	notes: string[];
}

const first = (columns: ColumnSpec[], role: ColumnRole) => columns.find((c) => c.role === role);

/** Produces `ind` with the transactions path's columns, so RFM, value score, tiers and lifecycle run unchanged. */
export function customerListSql(
	d: Dialect,
	columns: ColumnSpec[],
	analysisDate: number | undefined
): CustomerListSql {
	const notes: string[] = [];
	const id = first(columns, 'customerId') as ColumnSpec;
	const money = columns.filter((c) => c.role === 'monetary' && c.type === 'number');
	const given = {
		frequency: first(columns, 'frequency'),
		recency: first(columns, 'recencyDays'),
		tenure: first(columns, 'tenure'),
		last: first(columns, 'lastPurchaseDate'),
		signup: first(columns, 'signupDate'),
		// A buy-till-you-die summary (domain/summary-layout.ts): x, t_x, T and the mean repeat spend.
		x: first(columns, 'repeatPurchases'),
		tx: first(columns, 'lastPurchaseAge'),
		age: first(columns, 'customerAge'),
		zbar: first(columns, 'meanRepeatSpend')
	};
	const mapped = columns.filter((c) => c.role !== 'ignore' && !c.rowNumber);
	const blank = mapped.length ? mapped.map((c) => `${cell(d, c)} IS NULL`).join(' AND ') : 'false';
	const raw = [`${d.lineNumber} AS line_no`, `${blank} AS is_blank`];
	if (!id.rowNumber) raw.push(`${cell(d, id)} AS id_text`);
	money.forEach((c, i) => raw.push(`${cell(d, c)} AS money_${i}`));
	for (const [name, spec] of Object.entries(given)) if (spec) raw.push(`${cell(d, spec)} AS ${name}_text`);
	const asNumber = (name: string) => `${number(d, `${name}_text`)}`;
	const asDate = (spec: ColumnSpec, name: string) => d.dateMs(`${name}_text`, spec.dateOrder);
	// The import numbers every non-blank row 1, 2, 3 … before any check: rejected rows keep their number.
	const idExpr = id.rowNumber
		? `CAST(SUM(CASE WHEN is_blank THEN 0 ELSE 1 END) OVER (ORDER BY line_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ${d.text})`
		: 'id_text';
	// Σ of the spend columns in column order, a missing cell adding nothing; NULL when every cell is missing.
	const parts = money.map((_, i) => number(d, `money_${i}`));
	const spend = parts.length
		? `CASE WHEN ${parts.map((p) => `${p} IS NULL`).join(' AND ')} THEN NULL ELSE ${parts.map((p) => `COALESCE(${p}, 0)`).join(' + ')} END`
		: 'CAST(NULL AS DOUBLE)';
	const summary = summaryExprs(d, given, asNumber);
	const nil = 'CAST(NULL AS DOUBLE)';
	const fields = [
		`line_no`,
		`${idExpr} AS customer_id`,
		`is_blank`,
		`${parts.length ? spend : (summary?.repeatSpend ?? spend)} AS monetary`,
		`${given.frequency ? asNumber('frequency') : (summary?.frequency ?? nil)} AS frequency`,
		`${given.recency ? asNumber('recency') : (summary?.recency ?? nil)} AS given_recency`,
		`${given.tenure ? asNumber('tenure') : (summary?.tenure ?? nil)} AS given_tenure`,
		`${given.last ? asDate(given.last, 'last') : 'CAST(NULL AS DOUBLE)'} AS last_ms`,
		`${given.signup ? asDate(given.signup, 'signup') : 'CAST(NULL AS DOUBLE)'} AS signup_ms`
	];
	// customer-indicators.ts: a tenure header naming days is in days, else months; a summary's T is in days here.
	const tenureDays =
		/day|天|日/.test(given.tenure?.header.toLowerCase() ?? '') || (!given.tenure && summary)
			? 1
			: DAYS_PER_MONTH;
	const day = d.num(DAY_MS);
	const params =
		analysisDate === undefined
			? 'SELECT MAX(last_ms) AS analysis_ms FROM customer_rows'
			: `SELECT ${d.num(analysisDate)} AS analysis_ms`;
	const keep = id.rowNumber
		? 'NOT is_blank'
		: `NOT is_blank AND customer_id IS NOT NULL AND NOT ${d.regexMatch(d.regexReplace('lower(customer_id)', '\\s+', ''), regexSource(TOTALS))}`;
	if (id.rowNumber)
		notes.push(
			'Customer ids are row numbers (the file has no id column): a row counts as blank, and gets no number, when every mapped cell is empty.'
		);
	else notes.push('A customer id seen again is rejected, as at import: the first row with that id is kept.');
	const known = { ...INDICATOR_COLUMNS };
	delete known.trend;
	delete known.refundAmount;
	delete known.refundCount;
	return {
		columns: known,
		notes,
		ctes: [
			`raw_rows AS (\n  SELECT ${raw.join(',\n    ')}\n  FROM strata_source\n)`,
			`parsed_rows AS (\n  SELECT ${fields.join(',\n    ')}\n  FROM raw_rows\n)`,
			`customer_rows AS (
  SELECT * FROM (
    SELECT parsed_rows.*, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY line_no) AS seen
    FROM parsed_rows WHERE ${keep}
  ) kept WHERE seen = 1
)`,
			`params AS (\n  ${params}\n)`,
			`revenue_total AS (\n  SELECT ${d.orderedSum('CASE WHEN monetary IS NULL THEN 0 ELSE monetary END', 'line_no')} AS total FROM customer_rows\n)`,
			`ind AS (
  SELECT c.customer_id,
    COALESCE(c.given_recency, (p.analysis_ms - c.last_ms) / ${day}) AS recency_days,
    c.frequency,
    c.monetary,
    CASE WHEN c.frequency > 0 THEN c.monetary / c.frequency END AS average_order_value,
    COALESCE(c.given_tenure * ${d.num(tenureDays)}, (p.analysis_ms - c.signup_ms) / ${day}) AS tenure_days,
    CAST(NULL AS DOUBLE) AS trend,
    CASE WHEN t.total > 0 AND c.monetary IS NOT NULL THEN c.monetary / t.total END AS revenue_share,
    CAST(NULL AS DOUBLE) AS refund_amount,
    CAST(NULL AS DOUBLE) AS refund_count
  FROM customer_rows c CROSS JOIN params p CROSS JOIN revenue_total t
)`
		]
	};
}

/**
 * A summary's indicators as summary-layout.ts computes them: purchases x + 1, days since the last purchase
 * T − t_x (rounded to 1e-6 day, as there), tenure T, repeat spend x × zbar; NULL for a row with a missing or
 * negative x, t_x or T, or t_x after T.
 */
function summaryExprs(
	d: Dialect,
	given: Record<'x' | 'tx' | 'age' | 'zbar', ColumnSpec | undefined>,
	asNumber: (name: string) => string
): { frequency: string; recency: string; tenure: string; repeatSpend?: string } | undefined {
	if (!given.x || !given.tx || !given.age) return undefined;
	const x = asNumber('x');
	const tx = `(${asNumber('tx')} * ${d.num(AGE_UNIT_DAYS[given.tx.timeUnit ?? 'days'])})`;
	const age = `(${asNumber('age')} * ${d.num(AGE_UNIT_DAYS[given.age.timeUnit ?? 'days'])})`;
	const valid = `(${x} >= 0 AND ${tx} >= 0 AND ${age} >= 0 AND ${tx} <= ${age} + 1e-9)`;
	const when = (expr: string) => `CASE WHEN ${valid} THEN ${expr} END`;
	return {
		frequency: when(`${x} + 1`),
		recency: when(`ROUND((${age} - ${tx}) * 1e6) / 1e6`),
		tenure: when(age),
		...(given.zbar ? { repeatSpend: when(`${x} * ${asNumber('zbar')}`) } : {})
	};
}
