// A customer list with no dates (one row per customer, as the IBM Telco export) through the real file input:
// the Overview must still show tiers, and must not claim an active or repeat rate it cannot know.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, valueOf, type Session } from './support/browser';
import { importFile } from './support/import-flow';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

it('tiers the 7,043 Telco customers on the Overview with no date control and no false 0% rates', async () => {
	const path = resolve('tests/fixtures/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv');
	const result = await importFile(s.page, s.baseURL, path);
	expect(result).toEqual({ read: 7043, imported: 7043, rejected: 0, customers: 7043 });
	await s.page.goto(`${s.baseURL}/overview`);
	const rows = s.page.getByTestId('tier-row');
	await rows.first().waitFor({ timeout: 60_000 });
	const counts = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
	expect(counts.reduce((a, b) => a + b, 0)).toBe(7043);
	expect(await valueOf(s.page, 'kpi-customers')).toBe(7043);
	expect(await s.page.getByTestId('analysis-date').count()).toBe(0);
	const kpis = await s.page.locator('.kpis').innerText();
	expect(kpis).not.toContain('0%');
	expect(s.pageErrors).toEqual([]);
});
