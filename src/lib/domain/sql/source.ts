// The import's row rules in SQL: which cells count as missing, how numbers and dates are read, which rows are
// rejected (no customer id, order date or amount missing or unreadable) and how the line amount is formed.
// Rules the engines cannot mirror exactly are returned as notes for the header comment.
import type { ColumnRole, ColumnSpec } from '../columns';
import type { Dialect } from './dialect';

/** The import's placeholders for "no value" (column-builder's NULL_TOKENS). */
const NULL_TOKENS = ['', 'null', 'NULL', 'Null', '#N/A', 'N/A', 'n/a', '\\N', 'NaN'];

/** How a line's amount and refund flag are formed; the parsing rules other branches add are parameters here. */
export interface LineRules {
	/** Amount = quantity × unit price when no amount column is mapped (the app's fallback). */
	deriveAmount: boolean;
	/** A line is a refund when its amount is negative (it lowers revenue but is never a purchase). */
	refundWhenNegativeAmount: boolean;
}

export const MAIN_LINE_RULES: LineRules = { deriveAmount: true, refundWhenNegativeAmount: true };

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
	return columns.find((c) => c.role === role);
}

/** Trimmed text, NULL for the import's missing-value placeholders. */
function cell(d: Dialect, spec: ColumnSpec): string {
	const t = `trim(CAST(${d.ident(spec.header)} AS ${d.text}))`;
	const tokens = NULL_TOKENS.map((v) => d.str(v)).join(', ');
	return `CASE WHEN ${t} IS NULL OR ${t} IN (${tokens}) THEN NULL ELSE ${t} END`;
}

/**
 * Plain and grouped money: `-1234.5`, `¥1,234.50`, `$ -12`, `(300)` = −300, `1,234元`. Commas are taken as
 * thousands separators here; the app's decimal commas, 万/亿 units and percents are listed as not mirrored.
 */
function number(d: Dialect, text: string): string {
	const negParen = `CASE WHEN ${text} LIKE '(%)' THEN -1 ELSE 1 END`;
	const stripped = d.regexReplace(text, '[()¥￥$€£元, ]', '');
	return `(${negParen}) * ${d.toDouble(stripped)}`;
}

export function sourceSql(d: Dialect, columns: ColumnSpec[], rules: LineRules = MAIN_LINE_RULES): SourceSql {
	const notes: string[] = [];
	const id = firstOf(columns, 'customerId') as ColumnSpec;
	const date = firstOf(columns, 'orderDate');
	const amount = firstOf(columns, 'amount');
	const quantity = firstOf(columns, 'quantity');
	const price = firstOf(columns, 'unitPrice');
	const order = firstOf(columns, 'orderId');
	const product = firstOf(columns, 'product');
	const category = firstOf(columns, 'category');
	const cost = firstOf(columns, 'cost');
	const select: string[] = [`${d.lineNumber} AS line_no`, `${cell(d, id)} AS customer_id`];
	const text = (spec: ColumnSpec | undefined, name: string) =>
		spec ? `${cell(d, spec)} AS ${name}` : `CAST(NULL AS ${d.text}) AS ${name}`;
	select.push(text(date, 'date_text'));
	select.push(text(amount, 'amount_text'), text(quantity, 'quantity_text'), text(price, 'price_text'));
	select.push(text(order, 'order_id'), text(product, 'product'), text(category, 'category'));
	select.push(text(cost, 'cost_text'));

	const dateExpr = date && date.type === 'date' ? d.dateMs('date_text', date.dateOrder) : 'CAST(0 AS DOUBLE)';
	if (!date)
		notes.push('No order date column: every line falls on one day (as in the app), so recency is 0.');
	let amountExpr: string;
	if (amount && amount.type === 'number') amountExpr = number(d, 'amount_text');
	else if (rules.deriveAmount && quantity && price)
		amountExpr = `${number(d, 'quantity_text')} * ${number(d, 'price_text')}`;
	else amountExpr = 'CAST(0 AS DOUBLE)';
	const refund = rules.refundWhenNegativeAmount ? 'COALESCE(amount < 0, false)' : 'false';
	const parsed = [
		`line_no`,
		`customer_id`,
		`date_text`,
		`amount_text`,
		`${dateExpr} AS ts_ms`,
		`${amountExpr} AS amount`,
		`order_id`,
		`product`,
		`category`,
		cost ? `${number(d, 'cost_text')} AS cost` : `CAST(NULL AS DOUBLE) AS cost`
	];
	// Rejected at import: no customer id; an order date or amount column that is empty or unreadable.
	const keep = ['customer_id IS NOT NULL'];
	if (date && date.type === 'date') keep.push('ts_ms IS NOT NULL');
	if (amount && amount.type === 'number') keep.push('amount IS NOT NULL');
	return {
		ctes: [
			`raw_lines AS (\n  SELECT ${select.join(',\n    ')}\n  FROM strata_source\n)`,
			`parsed_lines AS (\n  SELECT ${parsed.join(',\n    ')}\n  FROM raw_lines\n)`,
			`lines AS (\n  SELECT line_no, customer_id, ts_ms, amount, ${refund} AS is_refund, order_id, product, category, cost\n  FROM parsed_lines\n  WHERE ${keep.join(' AND ')}\n)`
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
	'Cell trimming removes spaces only; the app also trims other Unicode white space.'
];
