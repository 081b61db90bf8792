// Issue #10 on a real-data-shaped file (tests/fixtures/heavy-ties/orders.csv: 1,460 customers, 90% one-time
// buyers, a promotion day on which many last bought, few price points) through the real file input: F1 holds
// every one-time buyer, no one-time buyer is Loyal or Champion, the churn page says the model is weak, and the
// Churn page, the Strategies at-risk action list and the report show the same top five at-risk customers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, type Session } from './support/browser';
import { importFile } from './support/import-flow';

let s: Session;
beforeAll(async () => {
	s = await openApp();
});
afterAll(async () => {
	await s.close();
});

const ONE_TIME_BUYERS = 1314;

it('imports the heavy-ties order export', async () => {
	const r = await importFile(s.page, s.baseURL, resolve('tests/fixtures/heavy-ties/orders.csv'));
	expect(r).toMatchObject({ read: 1643, imported: 1643, rejected: 0, customers: 1460 });
}, 120_000);

it('puts every one-time buyer, and only them, in F1 and says which F levels are in use', async () => {
	await s.page.goto(`${s.baseURL}/overview`);
	const card = s.page.getByTestId('rf-heatmap');
	await card.waitFor({ timeout: 120_000 });
	await card.getByRole('button', { pressed: false }).first().click();
	const cells = await card
		.locator('.data-table tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent?.trim() ?? ''))
		);
	const inF = (f: string) =>
		cells.filter((c) => c[1] === f).reduce((a, c) => a + Number(c[2].replace(/[^\d]/g, '')), 0);
	expect(inF('F1')).toBe(ONE_TIME_BUYERS);
	expect(inF('F2') + inF('F3') + inF('F4')).toBe(0);
	expect(inF('F5')).toBe(1460 - ONE_TIME_BUYERS);
	await expect(s.page.getByTestId('rfm-levels-f').innerText()).resolves.toContain('F1, F5');
	expect(s.pageErrors).toEqual([]);
}, 150_000);

it('lists no one-time buyer among Loyal or Champions customers', async () => {
	await s.page.goto(`${s.baseURL}/customers`);
	const segment = s.page.locator('select').nth(1);
	for (const code of ['0', '1']) {
		await segment.selectOption(code);
		await s.page.waitForTimeout(300);
		const count = Number(await s.page.getByTestId('customer-count').getAttribute('data-value'));
		const frequencies = await s.page
			.getByTestId('customer-row')
			.evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=cell]')[7]?.textContent ?? ''));
		expect(frequencies.length).toBe(Math.min(count, frequencies.length));
		for (const f of frequencies) expect(Number(f)).toBeGreaterThanOrEqual(2);
	}
}, 60_000);

let topFive: string[] = [];

it('trains a churn model, calls it weak in plain words, and ranks the high-value at-risk list', async () => {
	await s.page.goto(`${s.baseURL}/churn`);
	const train = s.page.getByTestId('train-churn');
	await train.waitFor({ timeout: 60_000 });
	await train.click();
	await s.page.getByTestId('churn-verdict').waitFor({ timeout: 240_000 });
	expect(await s.page.getByTestId('churn-verdict').getAttribute('data-value')).toBe('weak');
	await expect(s.page.getByTestId('churn-verdict').innerText()).resolves.toMatch(/do not act on it alone/);
	// Over 90% of this base churns under the default window: the page says so.
	await s.page.getByTestId('churn-base-rate-warning').waitFor();
	await s.page.getByTestId('risk-row').first().waitFor({ timeout: 30_000 });
	topFive = await s.page
		.getByTestId('risk-row')
		.evaluateAll((rows) => rows.slice(0, 5).map((r) => r.getAttribute('data-id') ?? ''));
	expect(topFive.length).toBe(5);
	// A weak model's flagged customers are "flagged", never "high risk".
	await expect(s.page.getByTestId('risk-row').first().innerText()).resolves.toMatch(/Flagged/);
	expect(s.pageErrors).toEqual([]);
}, 300_000);

it('shows the same top five in the same order in the Strategies action list and in the report', async () => {
	await s.page.goto(`${s.baseURL}/strategies`);
	const card = s.page.locator('[data-testid=playbook-card][data-playbook=at-risk-high-value]');
	await card.waitFor({ timeout: 60_000 });
	await card.getByRole('button', { pressed: false }).last().click();
	await s.page.getByTestId('action-row').first().waitFor({ timeout: 30_000 });
	const strategiesTop = await s.page
		.getByTestId('action-row')
		.evaluateAll((rows) => rows.slice(0, 5).map((r) => r.getAttribute('data-id') ?? ''));
	expect(strategiesTop).toEqual(topFive);

	await s.page.goto(`${s.baseURL}/report`);
	await s.page.getByTestId('report-at-risk-row').first().waitFor({ timeout: 60_000 });
	const reportTop = await s.page
		.getByTestId('report-at-risk-row')
		.evaluateAll((rows) => rows.slice(0, 5).map((r) => r.getAttribute('data-id') ?? ''));
	expect(reportTop).toEqual(topFive);
	expect(s.pageErrors).toEqual([]);
}, 120_000);
