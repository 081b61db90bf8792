import { describe, expect, it } from 'vitest';
import { matchHeaderRole, normalizeHeaderName } from '../../../src/lib/domain/headers';

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
		for (const h of ['退款金额', '优惠金额', '运费', 'Refund Amount', 'discount_amount'])
			expect(matchHeaderRole(h)?.role, h).toBe('numeric');
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
