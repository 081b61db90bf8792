// Order lines without an amount column, in real Chromium through the real file input: the UCI Online Retail
// layout (quantity × unit price, C-cancellations, missing CustomerID) reaches tiers on the Overview, and Chinese
// 数量/单价 lines with a 合计 row import with 客户 as the customer id.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, valueOf, type Session } from './support/browser';
import { pickFile } from './support/import-flow';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

const note = (key: string) => s.page.locator(`[data-testid=report-note][data-key="${key}"]`);

describe('order lines with quantity and unit price but no amount', () => {
	it('imports the Online Retail layout with derived amounts, refunds and "no customer id" rejections', async () => {
		await pickFile(s.page, s.baseURL, resolve('tests/fixtures/online-retail/online-retail-sample.csv'));
		await expect(s.page.getByTestId('derived-formula').innerText()).resolves.toBe('Quantity × UnitPrice');
		await expect(s.page.getByTestId('derived-amount-toggle').isChecked()).resolves.toBe(true);
		await expect(s.page.getByTestId('cancel-prefix-toggle').isChecked()).resolves.toBe(true);
		// Switching the derived amount off brings back the error that says how to go on.
		await s.page.getByTestId('derived-amount-toggle').uncheck();
		await expect(s.page.getByTestId('start-import').isDisabled()).resolves.toBe(true);
		await expect(s.page.getByTestId('mapping-issues').innerText()).resolves.toMatch(
			/quantity × unit price|数量 × 单价/
		);
		await s.page.getByTestId('derived-amount-toggle').check();
		await s.page.getByTestId('start-import').click();
		await s.page.getByTestId('quality-report').waitFor({ timeout: 60_000 });

		expect(await valueOf(s.page, 'rows-read')).toBe(270);
		expect(await valueOf(s.page, 'rows-imported')).toBe(206);
		expect(await valueOf(s.page, 'rows-rejected')).toBe(64);
		expect(await valueOf(s.page, 'customer-count')).toBe(24);
		const reasons = await s.page.getByTestId('reject-reasons').innerText();
		expect(reasons).toMatch(/(No customer ID|缺少客户ID)\s+64/);
		await expect(note('import.note.refundLines').innerText()).resolves.toMatch(/\b29\b/);
		await expect(note('import.note.derivedAmount').innerText()).resolves.toContain('Quantity × UnitPrice');

		await s.page.getByTestId('open-overview').click();
		await s.page.getByTestId('tier-row').first().waitFor({ timeout: 60_000 });
		const rows = s.page.getByTestId('tier-row');
		const counts: number[] = [];
		for (let i = 0; i < (await rows.count()); i++)
			counts.push(Number(await rows.nth(i).getAttribute('data-count')));
		expect(counts.length).toBeGreaterThanOrEqual(2);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(24);
		expect(s.pageErrors).toEqual([]);
	});

	it('imports Chinese 数量/单价 lines: 客户 is the id, 退款 lines are refunds, the 合计 row is rejected', async () => {
		await pickFile(s.page, s.baseURL, resolve('tests/fixtures/online-retail/orders-qty-price-zh.csv'));
		await expect(s.page.getByTestId('derived-formula').innerText()).resolves.toBe('数量 × 单价');
		await s.page.getByTestId('start-import').click();
		await s.page.getByTestId('quality-report').waitFor({ timeout: 60_000 });
		expect(await valueOf(s.page, 'rows-read')).toBe(61);
		expect(await valueOf(s.page, 'rows-rejected')).toBe(1);
		expect(await valueOf(s.page, 'customer-count')).toBe(15);
		expect(await s.page.getByTestId('reject-reasons').innerText()).toMatch(/(Totals row|合计行)/);
		await expect(note('import.note.refundLines').innerText()).resolves.toMatch(/\b3\b/);
		expect(s.pageErrors).toEqual([]);
	});
});
