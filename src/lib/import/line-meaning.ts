// The per-import side of domain/line-rules.ts, for the column builder: derives a line's amount from quantity ×
// unit price − discount, signs refunds negative, checks a stated amount against the derived one, and counts each.
import type { ColumnSpec, RejectReason } from '$lib/domain/columns';
import {
	amountsDisagree,
	derivableAmount,
	derivedLineAmount,
	isCancelledOrderId,
	isRefundStatus,
	type LineRules
} from '$lib/domain/line-rules';
import { parseNumber } from '$lib/domain/parse/numbers';

export type LineReject = [RejectReason, string?];

export interface LineCounts {
	/** Imported lines that are refunds (stored with a negative amount). */
	refunds: number;
	/** Imported lines whose amount column disagrees with quantity × unit price − discount by more than a cent. */
	amountMismatches: number;
	/** Imported lines whose quantity × unit price − discount could be compared with the amount column. */
	amountChecked: number;
}

function cell(row: readonly string[], source: number | undefined): string {
	if (source === undefined || source < 0) return '';
	return (row[source] ?? '').trim();
}

const isBlank = (s: string) => s === '' || s === 'null' || s === 'NULL' || s === 'N/A' || s === '#N/A';

export class LineMeaning implements LineCounts {
	refunds = 0;
	amountMismatches = 0;
	amountChecked = 0;
	/** True when the amount is computed (no amount column in the file). */
	readonly derived: boolean;
	private readonly quantity?: number;
	private readonly unitPrice?: number;
	private readonly discount?: number;
	private readonly orderId?: number;
	private readonly status?: number;
	private readonly headers = new Map<number, string>();
	/** Compare the stated amount with the derived one (an amount column and quantity × unit price both mapped). */
	private readonly check: boolean;

	constructor(
		columns: readonly ColumnSpec[],
		private readonly rules: LineRules
	) {
		for (const c of columns) this.headers.set(c.source, c.header);
		const derivedCol = columns.find((c) => c.derived);
		const plan = derivedCol?.derived ?? (rules.derivedAmount ? derivableAmount(columns) : null);
		this.derived = derivedCol !== undefined;
		this.check = !this.derived && plan !== null && columns.some((c) => c.role === 'amount');
		this.quantity = plan?.quantity ?? columns.find((c) => c.role === 'quantity')?.source;
		this.unitPrice = plan?.unitPrice;
		this.discount = plan?.discount;
		this.orderId = columns.find((c) => c.role === 'orderId')?.source;
		this.status = columns.find((c) => c.role === 'orderStatus')?.source;
	}

	/** The quantity parsed by the last derive() call, so settle() does not parse it twice (hot path). */
	private lastQuantity = NaN;
	/** The quantity the last settle() saw (NaN when none is mapped): the totals-row check sums it. */
	settledQuantity = NaN;

	/** quantity × unit price − discount from the row's cells, or why it cannot be computed. */
	derive(row: readonly string[]): number | LineReject {
		const q = cell(row, this.quantity);
		const p = cell(row, this.unitPrice);
		if (isBlank(q)) return ['missingValue', this.headers.get(this.quantity as number)];
		if (isBlank(p)) return ['missingValue', this.headers.get(this.unitPrice as number)];
		const qv = parseNumber(q);
		if (Number.isNaN(qv)) return ['unparsableNumber', this.headers.get(this.quantity as number)];
		const pv = parseNumber(p);
		if (Number.isNaN(pv)) return ['unparsableNumber', this.headers.get(this.unitPrice as number)];
		this.lastQuantity = qv;
		const d = this.discount === undefined ? NaN : parseNumber(cell(row, this.discount));
		return derivedLineAmount(qv, pv, d);
	}

	/**
	 * The amount to store for a line whose amount (stated or derived) is known: negative for a refund. A refund
	 * of 0 is rejected. Counts refunds and amount mismatches; call only for lines that are otherwise imported.
	 */
	settle(row: readonly string[], amount: number): number | LineReject {
		let quantity: number | undefined;
		let checked = false;
		let mismatch = false;
		if (this.derived) quantity = this.lastQuantity;
		else if (this.check) {
			const derived = this.derive(row);
			if (typeof derived === 'number') {
				checked = true;
				mismatch = amountsDisagree(amount, derived);
				quantity = this.lastQuantity;
			}
		} else if (this.quantity !== undefined) quantity = parseNumber(cell(row, this.quantity));
		this.settledQuantity = quantity ?? NaN;
		// isRefundLine, spelled out so the hot path allocates nothing per row.
		const refund =
			amount < 0 ||
			(quantity !== undefined && quantity < 0) ||
			(this.orderId !== undefined && isCancelledOrderId(cell(row, this.orderId), this.rules.cancelPrefix)) ||
			(this.status !== undefined && isRefundStatus(cell(row, this.status)));
		if (refund && amount === 0) return ['refundWithoutAmount'];
		if (checked) {
			this.amountChecked++;
			if (mismatch) this.amountMismatches++;
		}
		if (!refund) return amount;
		this.refunds++;
		return -Math.abs(amount);
	}
}
