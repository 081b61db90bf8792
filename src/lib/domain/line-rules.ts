// What an order line means beyond its cells: its amount when the file has none (quantity × unit price − discount),
// whether it is a refund, and whether it is a totals row. The import applies these; the SQL export mirrors them.
//
// Refund rule: a line is a refund (cancellation, return) when its quantity or amount is negative, its order number
// carries the cancellation prefix (`C536379` in UCI Online Retail), or its status reads 退款/退货/已取消/cancelled/
// returned/refund. A refund's amount is stored negative (−|amount|), so it lowers spend and, being < 0, never
// counts as a purchase (domain/transactions.ts `purchaseLines`). A refund of 0 is rejected 'refundWithoutAmount'.

import type { ColumnSpec, DerivedAmount } from './columns';
import { toHalfWidth } from './parse/width';

export interface LineRules {
	/**
	 * No amount column: amount = quantity × unit price − discount. With an amount column: the amount wins and
	 * quantity × unit price − discount is only a check (lines off by more than a cent are counted).
	 */
	derivedAmount: boolean;
	/** A letter that, followed by a digit, marks a cancelled order number ('C' as in UCI Online Retail); '' = off. */
	cancelPrefix: string;
}

export const DEFAULT_LINE_RULES: LineRules = { derivedAmount: true, cancelPrefix: 'C' };

/** Storage key of the derived amount column (the file's columns are c0, c1, …). */
export const DERIVED_AMOUNT_KEY = 'derivedAmount';

/** Amounts that differ from quantity × unit price − discount by more than this are counted as mismatches. */
export const AMOUNT_TOLERANCE = 0.01;

/** quantity × unit price − |discount| (a missing discount is 0); the sign of the quantity is kept. */
export function derivedLineAmount(quantity: number, unitPrice: number, discount = NaN): number {
	const d = Number.isFinite(discount) ? Math.abs(discount) : 0;
	return quantity * unitPrice - d;
}

/** True when a stated amount and the derived one disagree by more than a cent (in magnitude: signs vary). */
export function amountsDisagree(amount: number, derived: number): boolean {
	return Math.abs(Math.abs(amount) - Math.abs(derived)) > AMOUNT_TOLERANCE + 1e-9;
}

// Words of a status cell that mean the line was refunded, returned or cancelled (exported: the SQL export uses them) …
// Simplified and traditional Chinese, English, Japanese, Korean, German, French, Spanish, Portuguese.
export const REFUND_WORDS =
	/退款|退货|退貨|已退|取消|撤销|撤銷|作废|作廢|冲销|沖銷|冲红|沖紅|cancel|return|refund|void|revers|chargeback|キャンセル|返品|返金|취소|환불|반품|storn|retour|erstatt|annul|rembours|cancelad|devuel|devol|reembols/i;
// … unless they say the opposite (a refund request closed or refused leaves the sale standing).
export const NOT_REFUND =
	/未退|无退|無退|不退|退款关闭|退款關閉|退款失败|退款失敗|拒绝退款|拒絕退款|撤销退款|撤銷退款|取消退款|no[nt]?[\s-]*(?:return|refund|cancel)/i;

/** True when an order-status cell says the line was refunded, returned or cancelled. */
export function isRefundStatus(status: string): boolean {
	return status !== '' && REFUND_WORDS.test(status) && !NOT_REFUND.test(status);
}

/** True when an order number carries the cancellation prefix followed by a digit (`C536379`). */
export function isCancelledOrderId(orderId: string, prefix: string): boolean {
	if (prefix === '' || orderId.length < 2 || !orderId.startsWith(prefix)) return false;
	const c = orderId.charCodeAt(prefix.length);
	return c >= 48 && c <= 57;
}

export interface LineFacts {
	quantity?: number;
	amount: number;
	orderId?: string;
	status?: string;
}

/** Whether a line is a refund by any of the rules above. */
export function isRefundLine(line: LineFacts, rules: LineRules): boolean {
	if (line.amount < 0 || (line.quantity !== undefined && line.quantity < 0)) return true;
	if (line.orderId !== undefined && isCancelledOrderId(line.orderId, rules.cancelPrefix)) return true;
	return line.status !== undefined && isRefundStatus(line.status);
}

/** The amount stored for a line: negative for refunds, as written otherwise. */
export function signedAmount(amount: number, refund: boolean): number {
	return refund ? -Math.abs(amount) : amount;
}

// Labels of a totals row, after folding width, case, spaces and a trailing colon or bracket note.
// Simplified and traditional Chinese, Japanese, Korean, English, German, French, Spanish, Italian, Portuguese.
export const TOTALS =
	/^(?:总?合计|总计|小计|共计|累计|汇总|总和|总数|合计金额|總?合計|總計|小計|共計|累計|彙總|匯總|總和|합계|총계|소계|grandtotal|subtotal|totals?|sum|overall|summe|gesamt(?:summe)?|zwischensumme|totalg[eé]n[eé]ral|sous-?total|totale|subtotale|somme)(?:[:：(（[【].*)?$/;

// Hot path (one id cell per row): most ids are ruled out by their first character before any folding.
const TOTALS_FIRST = /^[\s合总小共累汇總計彙匯합총소TtGgSsOoZzＴｔＧｇＳｓＯｏＺｚ]/;

/** True when a cell reads like the label of a totals row: 合计, 总计, 小计, Total, Grand total, Subtotal, … */
export function isTotalsLabel(cell: string): boolean {
	if (cell.length === 0 || cell.length > 40 || !TOTALS_FIRST.test(cell)) return false;
	return TOTALS.test(toHalfWidth(cell).toLowerCase().replace(/\s+/g, ''));
}

/**
 * True for a totals row: its customer-id cell is a totals label, or that cell is empty and the row's first
 * non-empty cell is one (sheets often write 合计 in the first column and leave the id blank).
 */
export function isTotalsRow(row: readonly string[], idSource: number): boolean {
	const id = (row[idSource] ?? '').trim();
	if (id !== '') return isTotalsLabel(id);
	for (const cell of row) {
		const v = cell.trim();
		if (v !== '') return isTotalsLabel(v);
	}
	return false;
}

/** The columns a derived amount needs, when the mapping has quantity and unit price; null otherwise. */
export function derivableAmount(
	columns: readonly Pick<ColumnSpec, 'role' | 'source'>[]
): DerivedAmount | null {
	const at = (role: ColumnSpec['role']) => columns.find((c) => c.role === role)?.source;
	const quantity = at('quantity');
	const unitPrice = at('unitPrice');
	if (quantity === undefined || unitPrice === undefined || quantity < 0 || unitPrice < 0) return null;
	const discount = at('discount');
	return discount === undefined || discount < 0 ? { quantity, unitPrice } : { quantity, unitPrice, discount };
}

/** The stored column spec of a derived amount; its header names the formula with the file's own headers. */
export function derivedAmountSpec(
	columns: readonly Pick<ColumnSpec, 'role' | 'source' | 'header'>[],
	derived: DerivedAmount
): ColumnSpec {
	const header = (source: number) => columns.find((c) => c.source === source)?.header ?? '?';
	let formula = `${header(derived.quantity)} × ${header(derived.unitPrice)}`;
	if (derived.discount !== undefined) formula += ` − ${header(derived.discount)}`;
	return { key: DERIVED_AMOUNT_KEY, header: formula, source: -1, role: 'amount', type: 'number', derived };
}

/**
 * Whether the cancellation prefix should be on for a file, from sample order numbers: off when every sample
 * carries it (then it is the file's own numbering, e.g. all orders are `C1001…`), on otherwise.
 */
export function prefixMarksCancellations(orderIds: readonly string[], prefix: string): boolean {
	const ids = orderIds.map((v) => v.trim()).filter((v) => v !== '');
	return ids.length === 0 || ids.some((v) => !isCancelledOrderId(v, prefix));
}
