import { describe, expect, it } from 'vitest';
import { matchHeaderRole, normalizeHeaderName } from '$lib/domain/headers';

describe('normalizeHeaderName', () => {
	it('folds case, width, spaces, underscores and brackets', () => {
		expect(normalizeHeaderName('Customer_ID')).toBe('customerid');
		expect(normalizeHeaderName(' Unit Price ')).toBe('unitprice');
		expect(normalizeHeaderName('ＣｕｓｔｏｍｅｒＩＤ')).toBe('customerid');
		expect(normalizeHeaderName('金额（元）')).toBe('金额元');
		expect(normalizeHeaderName('\uFEFFid')).toBe('id');
	});
});

describe('matchHeaderRole', () => {
	it('trusts exact names more than keywords', () => {
		expect(matchHeaderRole('customerID')).toEqual({ role: 'customerId', confidence: 0.95 });
		expect(matchHeaderRole('VIP客户编号')).toEqual({ role: 'customerId', confidence: 0.7 });
	});

	it('prefers the money actually paid and the order creation time', () => {
		expect(matchHeaderRole('买家实际支付金额')!.confidence).toBeGreaterThan(
			matchHeaderRole('总金额')!.confidence
		);
		expect(matchHeaderRole('订单创建时间')!.confidence).toBeGreaterThan(
			matchHeaderRole('订单付款时间')!.confidence
		);
	});

	it('holds refunds, discounts and shipping back from the amount role', () => {
		for (const h of ['退款金额', '运费', 'Refund Amount'])
			expect(matchHeaderRole(h)?.role, h).toBe('numeric');
		// a discount has its own role: subtracted from quantity × unit price, never the amount itself
		for (const h of ['优惠金额', 'discount_amount', 'Discount'])
			expect(matchHeaderRole(h)?.role, h).toBe('discount');
	});

	it('reads order status headers, including refund statuses, as the order status', () => {
		for (const h of ['订单状态', '退款状态', 'Status', 'order_status', '售后状态'])
			expect(matchHeaderRole(h)?.role, h).toBe('orderStatus');
	});

	it('reads the plainest Chinese names of the customer as the customer id', () => {
		for (const h of ['客户', '会员', '会员号', '买家', '买家昵称', '用户', '用户名', '顾客'])
			expect(matchHeaderRole(h)?.role, h).toBe('customerId');
	});

	it('does not read a last name or an account type as dates or counts', () => {
		expect(matchHeaderRole('LastName')?.role).toBe('customerName');
		expect(matchHeaderRole('AccountType')).toBeNull();
	});

	it('gives the bare id a low confidence and unknown names nothing', () => {
		expect(matchHeaderRole('ID')).toEqual({ role: 'customerId', confidence: 0.5 });
		expect(matchHeaderRole('Genre')).toBeNull();
		expect(matchHeaderRole('')).toBeNull();
	});
});
