// The header comment of an exported SQL file: what it computes and from what, how to run it, whether the tier
// cut-offs are frozen or recomputed, and every import rule the SQL cannot mirror.
import { describeLifecycleRules } from '../lifecycle';
import { UNMIRRORED_IMPORT_RULES } from './source';
import type { SqlExportSpec } from './types';

export interface HeaderFacts {
	notes: string[];
	columns: string[];
	hasChurn: boolean;
	hasClv: boolean;
	frequencyRule: 'orders' | 'purchaseDays' | 'given';
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

const round = (v: number) => Number(v.toPrecision(6));

function clvLine(m: NonNullable<SqlExportSpec['clv']>): string {
	const { r, alpha, a, b } = m.bgNbd;
	const gg = m.gammaGamma
		? `, Gamma–Gamma p=${round(m.gammaGamma.p)} q=${round(m.gammaGamma.q)} v=${round(m.gammaGamma.v)}`
		: '';
	return `Predicted CLV: ${m.months} months, ${m.monthlyDiscount * 100}% monthly discount, time in ${m.unit}; parameters FROZEN from Strata's fit (BG/NBD r=${round(r)} α=${round(alpha)} a=${round(a)} b=${round(b)}${gg}, full precision in the SQL). The hypergeometric 2F1 is its power series summed to a fixed number of terms, enough for customers up to ten years old; if a customer needs more, the query stops with an error instead of returning a truncated value. Agrees with Strata to ~1e-12 relative.`;
}

/** What the rows are, for a customer list: one per customer, nothing aggregated. */
function customerListLines(spec: SqlExportSpec): string[] {
	const id = spec.columns.find((c) => c.role === 'customerId');
	const money = spec.columns.filter((c) => c.role === 'monetary').map((c) => c.header);
	return [
		`Shape: a customer list, one row per customer. Customer id: ${id?.rowNumber ? 'the row number in file order (the file has no id column)' : id?.header}.`,
		`Rows rejected as at import: blank rows; ${id?.rowNumber ? 'none other' : 'an empty customer id, a totals row (合计/Total/Subtotal as the id), an id seen before (the first row is kept)'}.`,
		`Monetary: ${money.length > 1 ? `the sum ${money.join(' + ')} (a missing cell adds nothing)` : money.length ? money[0] : 'none'}; frequency, recency and tenure as given (recency and tenure otherwise from the last-purchase and sign-up dates).`,
		`Analysis date: ${spec.analysisDate === undefined ? 'the latest last-purchase date in the data' : iso(spec.analysisDate)}.`
	];
}

function orderLineLines(spec: SqlExportSpec, facts: HeaderFacts): string[] {
	return [
		`Rows rejected as at import: empty customer id; a totals row (合计/Total/Subtotal as the id); order date or amount (or quantity and unit price when the amount is derived) empty or unreadable; a refund of 0.`,
		`Refunds: negative quantity or amount${spec.lineRules?.cancelPrefix === '' ? '' : `, order number '${spec.lineRules?.cancelPrefix ?? 'C'}' + digit`}, or a refund/return/cancel status; stored negative, they lower net revenue and are never purchases.`,
		`Analysis date: ${spec.analysisDate === undefined ? 'the latest order date in the data' : iso(spec.analysisDate)}. Frequency: ${facts.frequencyRule === 'orders' ? 'distinct order ids (lines without one: distinct purchase days)' : 'distinct purchase days'}.`
	];
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
		...(facts.frequencyRule === 'given' ? customerListLines(spec) : orderLineLines(spec, facts)),
		`RFM: quintile scores 1–5, ceil(5 · mid-rank / n), ties share their mid rank, missing = 1; segments on the R × FM grid.`,
		`Value score (0–100): ${spec.value.normalization} normalisation; weights ${weights || '(none)'}; missing values contribute 0.`,
		`Tiers: ${tieringLine(spec)}`,
		`Lifecycle (first rule that holds): unknown when no purchase; ${lifecycle}.`,
		facts.hasClv && spec.clv ? clvLine(spec.clv) : '',
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
