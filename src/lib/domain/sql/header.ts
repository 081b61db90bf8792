// The header comment of an exported SQL file: what it computes and from what, how to run it, whether the tier
// cut-offs are frozen or recomputed, and every import rule the SQL cannot mirror.
import { describeLifecycleRules } from '../lifecycle';
import { UNMIRRORED_IMPORT_RULES } from './source';
import type { SqlExportSpec } from './types';

export interface HeaderFacts {
	notes: string[];
	columns: string[];
	hasChurn: boolean;
	frequencyRule: 'orders' | 'purchaseDays';
}

const iso = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('.000Z', ' UTC');

function fmt(v: number): string {
	return Number.isFinite(v) ? String(v) : v > 0 ? '+∞' : '−∞';
}

function tieringLine(spec: SqlExportSpec): string {
	const t = spec.tiering;
	const names = t.tiers.map((x) => x.label || x.id).join(' / ');
	const measure = spec.tierMeasure;
	if (t.method === 'shares') {
		const how =
			spec.cutoffs === 'recomputed'
				? 'cut-offs RECOMPUTED on the data this SQL reads (the definition applied to new data)'
				: `cut-offs FROZEN at ${(spec.frozenBounds ?? []).map(fmt).join(', ')} (exactly Strata’s tiers on its data)`;
		return `${names} by shares ${t.shares.join('/')}% of customers on ${measure}; ties straddling a boundary go to the lower tier; ${how}.`;
	}
	if (t.method === 'cutoffs') return `${names} by fixed cut-offs ${t.cutoffs.join(', ')} on ${measure}.`;
	if (t.method === 'jenks')
		return `${names} by natural breaks on ${measure}; cut-offs FROZEN at ${(spec.frozenBounds ?? []).map(fmt).join(', ')}.`;
	if (t.method === 'rule')
		return `${names} by a rule on ${measure}: ${t.ranges.map((r) => `[${r.min ?? '−∞'}, ${r.max ?? '+∞'})`).join(', ')}.`;
	return `${names}: the RFM ${t.preset === 'rfmSegments' ? 'segments' : 'eight classes'} used as tiers.`;
}

export function headerComment(spec: SqlExportSpec, facts: HeaderFacts): string {
	const src = spec.source;
	const date = spec.columns.find((c) => c.role === 'orderDate');
	const weights = Object.entries(spec.value.weights)
		.filter(([, w]) => w)
		.map(([k, w]) => `${k} ${Math.round((w as number) * 100) / 100}%`)
		.join(', ');
	const lifecycle = describeLifecycleRules(spec.lifecycle)
		.map((r) => (r.measure ? `${r.stage}: ${r.measure} ${r.op} ${r.threshold}` : `${r.stage}: otherwise`))
		.join('; ');
	const run =
		spec.dialect === 'duckdb'
			? [
					`Run (DuckDB ≥ 1.1):  SET VARIABLE strata_source = 'orders.csv';  .read strata-tiering.sql`,
					`  or replace read_csv(...) in the first statement by your table's name.`
				]
			: [
					`Run (Spark SQL 3.x): spark-sql -f strata-tiering.sql  (edit the path in CREATE TEMPORARY VIEW first)`
				];
	const reading =
		src.kind === 'csv'
			? `Source: delimited text, delimiter ${JSON.stringify(src.delimiter)}, header on line ${src.headerRow + 1}, encoding ${src.encoding}${
					spec.dialect === 'duckdb' && src.encoding.toLowerCase() !== 'utf-8'
						? ` (DuckDB reads UTF-8: convert first, e.g. iconv -f ${src.encoding} -t UTF-8)`
						: ''
				}; all cells read as text and parsed below.`
			: `Source: table ${src.name}, with the file's columns as text.`;
	const columns = spec.columns
		.filter((c) => c.role !== 'ignore')
		.map((c) => `${c.header} → ${c.role}${c.role === 'orderDate' ? ` (${c.dateOrder ?? 'ymd'})` : ''}`)
		.join(', ');
	const lines = [
		`Strata tiering export — ${spec.dialect === 'duckdb' ? 'DuckDB' : 'Spark SQL 3.x'}${spec.datasetName ? ` — dataset “${spec.datasetName}”` : ''}${spec.generatedAt ? ` — generated ${spec.generatedAt}` : ''}`,
		'',
		`Computes per customer: ${facts.columns.join(', ')}; one row per customer id, ordered by customer_id.`,
		...run,
		reading,
		`Columns as mapped at import: ${columns}.`,
		`Dates: ${date ? `field order ${date.dateOrder ?? 'ymd'}, wall-clock times read as UTC` : 'none'}.`,
		`Rows rejected as at import: empty customer id; a totals row (合计/Total/Subtotal as the id); order date or amount (or quantity and unit price when the amount is derived) empty or unreadable; a refund of 0.`,
		`Refunds: negative quantity or amount${spec.lineRules?.cancelPrefix === '' ? '' : `, order number '${spec.lineRules?.cancelPrefix ?? 'C'}' + digit`}, or a refund/return/cancel status; stored negative, they lower net revenue and are never purchases.`,
		`Analysis date: ${spec.analysisDate === undefined ? 'the latest order date in the data' : iso(spec.analysisDate)}. Frequency: ${facts.frequencyRule === 'orders' ? 'distinct order ids (lines without one: distinct purchase days)' : 'distinct purchase days'}.`,
		`RFM: quintile scores 1–5, ceil(5 · mid-rank / n), ties share their mid rank, missing = 1; segments on the R × FM grid.`,
		`Value score (0–100): ${spec.value.normalization} normalisation; weights ${weights || '(none)'}; missing values contribute 0.`,
		`Tiers: ${tieringLine(spec)}`,
		`Lifecycle (first rule that holds): unknown when no purchase; ${lifecycle}.`,
		facts.hasChurn
			? `Churn: logistic model on recency, frequency (lines), spend, average line value and tenure as of the latest order date; coefficients frozen from Strata's fit.`
			: '',
		'',
		'Not exported / not mirrored:',
		...facts.notes.map((n) => `- ${n}`),
		...UNMIRRORED_IMPORT_RULES.map((n) => `- ${n}`)
	].filter((l, i, all) => l !== '' || all[i - 1] !== '');
	return lines.map((l) => (l ? `-- ${l}` : '--')).join('\n') + '\n';
}
