import { describe, expect, it } from 'vitest';
import {
	amountsDisagree,
	derivableAmount,
	derivedAmountSpec,
	derivedLineAmount,
	isCancelledOrderId,
	isRefundLine,
	isRefundStatus,
	isTotalsLabel,
	isTotalsRow,
	prefixMarksCancellations,
	DEFAULT_LINE_RULES
} from '$lib/domain/line-rules';
import type { ColumnSpec } from '$lib/domain/columns';

const rules = DEFAULT_LINE_RULES;

describe('derived line amount', () => {
	it('is quantity × unit price less the discount, keeping the sign of the quantity', () => {
		expect(derivedLineAmount(6, 2.55)).toBeCloseTo(15.3, 12);
		expect(derivedLineAmount(3, 10, 5)).toBe(25);
		expect(derivedLineAmount(3, 10, -5)).toBe(25); // a discount written negative is still subtracted
		expect(derivedLineAmount(-2, 4.25)).toBe(-8.5);
		expect(derivedLineAmount(2, 7, NaN)).toBe(14); // no discount on this line
	});

	it('needs both quantity and unit price, and picks up a mapped discount', () => {
		const cols = (roles: ColumnSpec['role'][]) =>
			roles.map((role, source) => ({ role, source, header: role }));
		expect(derivableAmount(cols(['customerId', 'quantity']))).toBeNull();
		expect(derivableAmount(cols(['unitPrice', 'customerId', 'quantity']))).toEqual({
			quantity: 2,
			unitPrice: 0
		});
		const withDiscount = cols(['quantity', 'unitPrice', 'discount']);
		expect(derivableAmount(withDiscount)).toEqual({ quantity: 0, unitPrice: 1, discount: 2 });
		const spec = derivedAmountSpec(withDiscount, { quantity: 0, unitPrice: 1, discount: 2 });
		expect(spec).toMatchObject({ role: 'amount', type: 'number', source: -1 });
		expect(spec.header).toBe('quantity × unitPrice − discount');
	});

	it('counts a stated amount as disagreeing only beyond one cent, whatever its sign', () => {
		expect(amountsDisagree(15.3, 6 * 2.55)).toBe(false);
		expect(amountsDisagree(15.31, 15.3)).toBe(false);
		expect(amountsDisagree(15.32, 15.3)).toBe(true);
		expect(amountsDisagree(8.5, -8.5)).toBe(false);
	});
});

describe('refunds', () => {
	it('reads cancellation prefixes only when a digit follows', () => {
		expect(isCancelledOrderId('C536379', 'C')).toBe(true);
		expect(isCancelledOrderId('536379', 'C')).toBe(false);
		expect(isCancelledOrderId('CN2024001', 'C')).toBe(false);
		expect(isCancelledOrderId('C536379', '')).toBe(false);
	});

	it('reads refund, return and cancel statuses in Chinese and English, but not their negations', () => {
		for (const s of ['退款成功', '退货', '已取消', '交易取消', 'Cancelled', 'canceled', 'Returned', 'REFUND'])
			expect(isRefundStatus(s), s).toBe(true);
		for (const s of ['交易成功', '已发货', '退款关闭', '未退款', 'Completed', 'no refund', ''])
			expect(isRefundStatus(s), s).toBe(false);
	});

	it('makes a line a refund by negative quantity, negative amount, C-number or status', () => {
		expect(isRefundLine({ amount: 10, quantity: -1 }, rules)).toBe(true);
		expect(isRefundLine({ amount: -10 }, rules)).toBe(true);
		expect(isRefundLine({ amount: 10, orderId: 'C536379' }, rules)).toBe(true);
		expect(isRefundLine({ amount: 10, status: '退款成功' }, rules)).toBe(true);
		expect(isRefundLine({ amount: 10, quantity: 2, orderId: '536379', status: '交易成功' }, rules)).toBe(
			false
		);
		expect(isRefundLine({ amount: 10, orderId: 'C536379' }, { ...rules, cancelPrefix: '' })).toBe(false);
	});

	it('keeps the prefix rule off when every sample order number carries it', () => {
		expect(prefixMarksCancellations(['536365', 'C536379'], 'C')).toBe(true);
		expect(prefixMarksCancellations(['536365', '536366'], 'C')).toBe(true);
		expect(prefixMarksCancellations(['C1001', 'C1002', 'C1003'], 'C')).toBe(false);
	});
});

describe('totals rows', () => {
	it('recognises 合计, 总计, 小计, Total, Grand total and Subtotal labels, with width, case and colon variants', () => {
		for (const s of [
			'合计',
			'合 计',
			'总计：',
			'小计',
			'总合计',
			'Total',
			'TOTAL:',
			'Grand Total',
			'Subtotal',
			'ＴＯＴＡＬ',
			'Sub total'
		])
			expect(isTotalsLabel(s), s).toBe(true);
		for (const s of ['17850', '客户0001', 'Totally Fun Ltd', '合计划', 'Tom', ''])
			expect(isTotalsLabel(s), s).toBe(false);
	});

	it('looks at the id cell, or at the first filled cell when the id is empty', () => {
		expect(isTotalsRow(['合计', '', '', '25'], 0)).toBe(true);
		expect(isTotalsRow(['', 'Total', '', '1,234.50'], 2)).toBe(true);
		expect(isTotalsRow(['A1', 'Total', '2024-01-01', '10'], 0)).toBe(false);
		expect(isTotalsRow(['', '2024-01-01', '10'], 0)).toBe(false);
	});
});

describe('refund words in the languages exports arrive in', () => {
	it.each([
		'退貨',
		'已退款',
		'キャンセル',
		'返品済み',
		'환불',
		'Storniert',
		'Retoure',
		'Annulé',
		'Cancelado',
		'Devuelto',
		'Reembolsado'
	])('%s is a refund or cancellation', (status) => expect(isRefundStatus(status)).toBe(true));
	it.each([
		'交易成功',
		'已付款',
		'退款關閉',
		'拒絕退款',
		'paid',
		'Bezahlt',
		'Pagado',
		'配送済み',
		'결제완료'
	])('%s is not', (status) => expect(isRefundStatus(status)).toBe(false));
});
