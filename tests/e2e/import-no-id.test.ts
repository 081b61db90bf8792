// A customer list with no id column at all and spend split over six category columns (UCI Wholesale customers),
// through the real file input: row numbers as ids, the six columns added up as total spend, tiers on the Overview.
import { afterEach, beforeEach, expect, it } from 'vitest';
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

it('imports the 440 Wholesale customers with row numbers as ids and their summed spend, and tiers them', async () => {
	await pickFile(s.page, s.baseURL, resolve('tests/fixtures/wholesale/Wholesale_customers_data.csv'));
	const start = s.page.getByTestId('start-import');
	await expect(start.isDisabled()).resolves.toBe(true);
	await s.page.getByTestId('row-number-ids').check();
	await expect(start.isEnabled()).resolves.toBe(true);
	const selects = s.page.getByTestId('role-select');
	for (let i = 2; i < 8; i++) await selects.nth(i).selectOption('monetary');
	await expect(s.page.getByTestId('mapping-issues').innerText()).resolves.toContain(
		'Fresh + Milk + Grocery + Frozen + Detergents_Paper + Delicassen'
	);
	await start.click();
	await s.page.getByTestId('quality-report').waitFor({ timeout: 60_000 });
	expect(await valueOf(s.page, 'rows-read')).toBe(440);
	expect(await valueOf(s.page, 'rows-imported')).toBe(440);
	expect(await valueOf(s.page, 'customer-count')).toBe(440);
	await s.page.goto(`${s.baseURL}/overview`);
	const rows = s.page.getByTestId('tier-row');
	await rows.first().waitFor({ timeout: 60_000 });
	const counts = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
	expect(counts.reduce((a, b) => a + b, 0)).toBe(440);
	// 14,619,500 is the sum of the six spend columns over all 440 rows of the file.
	await expect(s.page.locator('.kpis').innerText()).resolves.toContain('14,619,500');
	expect(s.pageErrors).toEqual([]);
});
