// The import's row rules in SQL: which cells count as missing, how numbers and dates are read, which rows are
// rejected (no customer id, order date or amount missing or unreadable) and how the line amount is formed.
// Rules the engines cannot mirror exactly are returned as notes for the header comment.
import type { ColumnRole, ColumnSpec } from '../columns';
import { DEFAULT_LINE_RULES, NOT_REFUND, REFUND_WORDS, TOTALS, type LineRules } from '../line-rules';
import type { Dialect } from './dialect';

/** The import's placeholders for "no value" (column-builder's NULL_TOKENS). */
const NULL_TOKENS = ['', 'null', 'NULL', 'Null', '#N/A', 'N/A', 'n/a', '\\N', 'NaN'];

export interface SourceSql {
	/** CTEs, in order, ending with `lines(line_no, customer_id, ts_ms, amount, is_refund, order_id, product, category, cost)`. */
	ctes: string[];
	hasOrderId: boolean;
	hasProduct: boolean;
	hasCategory: boolean;
	hasCost: boolean;
	notes: string[];
}

function firstOf(columns: ColumnSpec[], role: ColumnRole): ColumnSpec | undefined {
	return columns.find((c) => c.role === role && c.source >= 0);
}

/** Trimmed text, NULL for the import's missing-value placeholders. */
export function cell(d: Dialect, spec: ColumnSpec): string {
	const t = `trim(CAST(${d.ident(spec.header)} AS ${d.text}))`;
	const tokens = NULL_TOKENS.map((v) => d.str(v)).join(', ');
	return `CASE WHEN ${t} IS NULL OR ${t} IN (${tokens}) THEN NULL ELSE ${t} END`;
}

/**
 * Plain and grouped money: `-1234.5`, `¥1,234.50`, `$ -12`, `(300)` = −300, `1,234元`. Commas are taken as
 * thousands separators here; the app's decimal commas, 万/亿 units and percents are listed as not mirrored.
 */
export function number(d: Dialect, text: string): string {
	const negParen = `CASE WHEN ${text} LIKE '(%)' THEN -1 ELSE 1 END`;
	const stripped = d.regexReplace(text, '[()¥￥$€£元, ]', '');
	return `(${negParen}) * ${d.toDouble(stripped)}`;
}

/** A JavaScript regex as RE2 / Java source: case-insensitivity inline, a bare '[' inside a class escaped. */
export function regexSource(re: RegExp): string {
	return (re.flags.includes('i') ? '(?i)' : '') + re.source.replace(/\(（\[/g, '(（\\[');
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function sourceSql(
	d: Dialect,
	columns: ColumnSpec[],
	rules: LineRules = DEFAULT_LINE_RULES
): SourceSql {
	const notes: string[] = [];
	const id = firstOf(columns, 'customerId') as ColumnSpec;
	const date = firstOf(columns, 'orderDate');
	const amountSpec = columns.find((c) => c.role === 'amount');
	const bySource = (source: number | undefined) =>
		source === undefined ? undefined : columns.find((c) => c.source === source);
	// The import's derived amount (line-rules.ts): a computed column naming its source columns.
	const plan = amountSpec?.derived ?? null;
	const amount = plan ? undefined : amountSpec;
	const quantity = plan ? bySource(plan.quantity) : firstOf(columns, 'quantity');
	const price = plan ? bySource(plan.unitPrice) : firstOf(columns, 'unitPrice');
	const discount = plan ? bySource(plan.discount) : undefined;
	const order = firstOf(columns, 'orderId');
	const status = firstOf(columns, 'orderStatus');
	const product = firstOf(columns, 'product');
	const category = firstOf(columns, 'category');
	const cost = firstOf(columns, 'cost');
	const text = (spec: ColumnSpec | undefined, name: string) =>
		spec ? `${cell(d, spec)} AS ${name}` : `CAST(NULL AS ${d.text}) AS ${name}`;
	const select = [`${d.lineNumber} AS line_no`, `${cell(d, id)} AS customer_id`];
	select.push(text(date, 'date_text'), text(amount, 'amount_text'), text(quantity, 'quantity_text'));
	select.push(text(price, 'price_text'), text(discount, 'discount_text'), text(order, 'order_id'));
	select.push(text(status, 'status_text'), text(product, 'product'), text(category, 'category'));
	select.push(text(cost, 'cost_text'));

	const dateExpr = date && date.type === 'date' ? d.dateMs('date_text', date.dateOrder) : 'CAST(0 AS DOUBLE)';
	if (!date)
		notes.push('No order date column: every line falls on one day (as in the app), so recency is 0.');
	let amountExpr = 'CAST(0 AS DOUBLE)';
	const keep = [
		'customer_id IS NOT NULL',
		`NOT ${d.regexMatch(d.regexReplace('lower(customer_id)', '\\s+', ''), regexSource(TOTALS))}`
	];
	if (amount && amount.type === 'number') {
		amountExpr = number(d, 'amount_text');
		keep.push('stated_amount IS NOT NULL');
	} else if (plan && quantity && price) {
		// quantity × unit price − |discount|, a missing discount being 0; empty or unreadable factors reject the row.
		const disc = discount ? `COALESCE(ABS(${number(d, 'discount_text')}), 0)` : '0';
		amountExpr = `${number(d, 'quantity_text')} * ${number(d, 'price_text')} - ${disc}`;
		keep.push('stated_amount IS NOT NULL');
	}
	const lineRulesApply = amount !== undefined || plan !== null;
	if (!lineRulesApply && quantity && price) {
		// No amount at import (derived amounts switched off): the analysis multiplies quantity × unit price
		// itself, and only a negative product makes a refund.
		amountExpr = `${number(d, 'quantity_text')} * ${number(d, 'price_text')}`;
		notes.push(
			'Amounts are quantity × unit price as the analysis computes them; no refund rules were applied at import.'
		);
	}
	if (date && date.type === 'date') keep.push('ts_ms IS NOT NULL');
	const refundWhen = lineRulesApply ? ['stated_amount < 0', 'quantity < 0'] : ['stated_amount < 0'];
	if (lineRulesApply && order && rules.cancelPrefix)
		refundWhen.push(`${d.regexMatch('order_id', `^${escapeRegex(rules.cancelPrefix)}[0-9]`)}`);
	if (lineRulesApply && status)
		refundWhen.push(
			`(${d.regexMatch('status_text', regexSource(REFUND_WORDS))} AND NOT ${d.regexMatch('status_text', regexSource(NOT_REFUND))})`
		);
	const parsed = [
		`line_no`,
		`customer_id`,
		`${dateExpr} AS ts_ms`,
		`${amountExpr} AS stated_amount`,
		quantity ? `${number(d, 'quantity_text')} AS quantity` : `CAST(NULL AS DOUBLE) AS quantity`,
		`order_id`,
		`status_text`,
		`product`,
		`category`,
		cost ? `${number(d, 'cost_text')} AS cost` : `CAST(NULL AS DOUBLE) AS cost`
	];
	const refund = refundWhen.map((r) => `COALESCE(${r}, false)`).join(' OR ');
	return {
		ctes: [
			`raw_lines AS (\n  SELECT ${select.join(',\n    ')}\n  FROM strata_source\n)`,
			`parsed_lines AS (\n  SELECT ${parsed.join(',\n    ')}\n  FROM raw_lines\n)`,
			`flagged_lines AS (\n  SELECT parsed_lines.*, ${refund} AS is_refund\n  FROM parsed_lines\n  WHERE ${keep.join('\n    AND ')}\n)`,
			// A refund is stored negative; a refund of 0 is rejected (nothing to subtract, and it is no purchase).
			`lines AS (\n  SELECT line_no, customer_id, ts_ms, CASE WHEN is_refund THEN -ABS(stated_amount) ELSE stated_amount END AS amount, is_refund, order_id, product, category, cost\n  FROM flagged_lines\n  WHERE NOT (is_refund AND stated_amount = 0)\n)`
		],
		hasOrderId: !!order,
		hasProduct: !!product,
		hasCategory: !!category,
		hasCost: !!cost,
		notes
	};
}

/** Import rules that cannot be written in portable SQL; listed in every file's header. */
export const UNMIRRORED_IMPORT_RULES = [
	'Numbers: commas are read as thousands separators only; decimal commas (1,5), 万/亿/k units, percents and full-width digits, which the app reads, make a row rejected here.',
	'Dates: only numeric day layouts in the column’s field order (with optional H:MM[:SS]) are read; Chinese 年月日 dates, month names, two-digit years, Excel serial numbers and time-zone offsets are rejected here.',
	'Rows with more fields than the header, and cells over 1 MiB, are rejected by the app; the engines skip malformed rows by their own CSV rules.',
	'Cell trimming removes spaces only; the app also trims other Unicode white space. Totals-row labels and refund words are matched without folding full-width letters; a totals label in the first cell of a row with an empty id is rejected anyway (no customer id).',
	'Totals rows are rejected here by their label alone; the app rejects a 合计/Total row only when its amount or quantity equals the sum of the rows it closes or of the whole file, and imports it as a customer otherwise.'
];
