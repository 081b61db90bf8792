// Issue #10 item 5 in real Chromium on a file whose amounts carry the currency only in their cells (¥1,234.50,
// 88元): the currency is guessed from the cells, every amount shows ¥ with two decimals, days are whole, the
// glossary explains the terms, and counts are grouped; in Chinese too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, type Session } from './support/browser';
import { importFile } from './support/import-flow';

const MONEY = /^¥[\d,]+\.\d{2}$/;
const WHOLE = /^\d[\d,]*$/;

for (const locale of ['en-US', 'zh-CN'] as const)
	describe(`numbers as money, days and counts (${locale})`, () => {
		let s: Session;
		beforeAll(async () => {
			s = await openApp({ locale });
		});
		afterAll(async () => {
			await s.close();
		});

		it('imports a file whose amounts say ¥ and 元 only in their cells', async () => {
			const r = await importFile(s.page, s.baseURL, resolve('tests/fixtures/yen-orders.csv'));
			expect(r).toMatchObject({ imported: 52, rejected: 0, customers: 30 });
		}, 120_000);

		it('guesses CNY from the cells and shows it on the Overview', async () => {
			await s.page.goto(`${s.baseURL}/overview`);
			const select = s.page.getByTestId('currency-select');
			await select.waitFor({ timeout: 120_000 });
			await expect(select.inputValue()).resolves.toBe('CNY');
		}, 150_000);

		it('lists customers with whole days and ¥ amounts with two decimals in every row', async () => {
			await s.page.goto(`${s.baseURL}/customers`);
			await s.page.getByTestId('customer-row').first().waitFor({ timeout: 60_000 });
			const rows = await s.page
				.getByTestId('customer-row')
				.evaluateAll((rs) =>
					rs.map((r) => Array.from(r.querySelectorAll('[role=cell]'), (c) => c.textContent?.trim() ?? ''))
				);
			expect(rows.length).toBeGreaterThan(10);
			for (const cells of rows) {
				expect(cells[4], 'value score').toMatch(/^\d+\.\d$/);
				expect(cells[5], 'days since last purchase').toMatch(WHOLE);
				expect(cells[6], 'orders').toMatch(WHOLE);
				expect(cells[7], 'spend').toMatch(MONEY);
				expect(cells[8], 'CLV').toMatch(MONEY);
			}
		}, 60_000);

		it('shows a customer page with whole days, ¥ amounts and "?" links to the glossary', async () => {
			await s.page.getByTestId('customer-row').first().click();
			const detail = s.page.getByTestId('customer-detail');
			await detail.waitFor({ timeout: 30_000 });
			const text = await s.page.locator('table.data').first().innerText();
			expect(text).not.toMatch(/\d+\.\d{3,}/); // no float noise anywhere
			const cells = await s.page
				.locator('table.data tbody tr')
				.evaluateAll((rs) => rs.map((r) => r.querySelector('td')?.textContent?.trim() ?? ''));
			expect(cells.some((c) => MONEY.test(c))).toBe(true);
			await s.page.getByTestId('help-valueScore').first().click();
			await s.page.getByTestId('glossary-valueScore').waitFor();
			await expect(s.page.getByTestId('glossary-rfm').innerText()).resolves.toMatch(
				locale === 'zh-CN' ? /F1/ : /tie goes to the lower score/
			);
			expect(s.pageErrors).toEqual([]);
		}, 60_000);
	});
