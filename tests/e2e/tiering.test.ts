// Value tiering on the demo data in real Chromium: four tiers that add up, a definition change that moves
// customers between tiers, and a customer's own page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAppWithDemo, valueOf, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
	s = await openAppWithDemo();
});
afterAll(async () => {
	await s.close();
});

async function tierCounts(): Promise<number[]> {
	const rows = s.page.getByTestId('tier-row');
	const n = await rows.count();
	const counts: number[] = [];
	for (let i = 0; i < n; i++) counts.push(Number(await rows.nth(i).getAttribute('data-count')));
	return counts;
}

it('shows four default tiers (5/15/30/50% shares) that add up to the customer count', async () => {
	const customers = await valueOf(s.page, 'kpi-customers');
	expect(customers).toBe(5000);
	const counts = await tierCounts();
	expect(counts).toHaveLength(4);
	expect(counts.reduce((a, b) => a + b, 0)).toBe(customers);
	// Ties on a boundary may shift a few customers, never many.
	expect(Math.abs(counts[0] - 250)).toBeLessThan(25);
	expect(Math.abs(counts[3] - 2500)).toBeLessThan(100);
	expect(s.pageErrors).toEqual([]);
});

it('moves customers between tiers when the top share changes, with live counts while editing', async () => {
	const before = await tierCounts();
	await s.page.getByTestId('edit-tiers').click();
	const firstShare = s.page.getByTestId('edit-tier-row').first().locator('input[type=number]');
	const secondShare = s.page.getByTestId('edit-tier-row').nth(1).locator('input[type=number]');
	await firstShare.fill('10');
	await secondShare.fill('10');
	// The live count follows the edit before anything is applied.
	await s.page.waitForFunction(() => {
		const row = document.querySelector('[data-testid=edit-tier-row]');
		const n = Number(row?.getAttribute('data-count'));
		return n > 400 && n < 600;
	});
	await s.page.getByTestId('apply-tiers').click();
	await s.page.waitForFunction(
		(old) => Number(document.querySelector('[data-testid=tier-row]')?.getAttribute('data-count')) !== old,
		before[0],
		{ timeout: 60_000 }
	);
	const after = await tierCounts();
	expect(after[0]).toBeGreaterThan(before[0] + 150);
	expect(after.reduce((a, b) => a + b, 0)).toBe(5000);
});

it('opens a customer page from the Customers table', async () => {
	await s.page.goto(`${s.baseURL}/customers`);
	const first = s.page.getByTestId('customer-row').first();
	await first.waitFor({ timeout: 60_000 });
	const id = (await first.innerText()).split(/\s+/)[0];
	await first.click();
	const detail = s.page.getByTestId('customer-detail');
	await detail.waitFor({ timeout: 30_000 });
	expect(await s.page.locator('main').innerText()).toContain(id);
});

it('narrows the Customers table by search', async () => {
	await s.page.goto(`${s.baseURL}/customers`);
	await s.page.getByTestId('customer-row').first().waitFor({ timeout: 60_000 });
	await s.page.getByTestId('customer-search').fill('C000123');
	await s.page.waitForFunction(
		() => document.querySelector('[data-testid=customer-count]')?.getAttribute('data-value') === '1'
	);
	expect(await valueOf(s.page, 'customer-count')).toBe(1);
});

it('re-runs the analysis as of an earlier analysis date, and back', async () => {
	await s.page.goto(`${s.baseURL}/overview`);
	const date = s.page.getByTestId('analysis-date');
	await date.waitFor({ timeout: 60_000 });
	expect(await date.inputValue()).toBe('2025-12-31');
	const before = await s.page.getByTestId('kpi-customers').innerText();
	await date.fill('2025-06-30');
	await date.dispatchEvent('change');
	await s.page.getByTestId('analysis-date-reset').waitFor({ timeout: 60_000 });
	expect(await s.page.getByTestId('analysis-date').inputValue()).toBe('2025-06-30');
	// Customers who first bought after that day have no purchases yet, so the buyers count changes.
	await s.page.waitForFunction(
		(old) => document.querySelector<HTMLElement>('[data-testid=kpi-customers]')?.innerText !== old,
		before,
		{ timeout: 60_000 }
	);
	await s.page.getByTestId('analysis-date-reset').click();
	await s.page.waitForFunction(
		() => document.querySelector<HTMLInputElement>('[data-testid=analysis-date]')?.value === '2025-12-31',
		undefined,
		{ timeout: 60_000 }
	);
});

it('applies an edited lifecycle rule, keeps it for the dataset, and shows Pareto figures per tier', async () => {
	await s.page.goto(`${s.baseURL}/overview`);
	const lost = s.page.getByTestId('lifecycle-lost');
	await lost.waitFor({ timeout: 60_000 });
	expect(await lost.inputValue()).toBe('365');
	// Dormant must stay shorter than lost: 150 < 200.
	await s.page.getByTestId('lifecycle-dormant').fill('150');
	await s.page.getByTestId('lifecycle-dormant').dispatchEvent('change');
	await lost.fill('200');
	await lost.dispatchEvent('change');
	await s.page.getByTestId('apply-lifecycle').click();
	await s.page.getByTestId('apply-lifecycle').and(s.page.locator(':disabled')).waitFor({ timeout: 60_000 });
	// Applied means the analysis under the new rules has finished (and saved them): the button is disabled
	// from the click on, so waiting for that alone reloaded while the worker was still busy.
	await s.page.getByTestId('analysis-running').waitFor({ state: 'detached', timeout: 60_000 });
	await expect.poll(() => s.page.getByTestId('lifecycle-lost').inputValue(), { timeout: 60_000 }).toBe('200');
	await s.page.reload();
	await s.page.getByTestId('lifecycle-lost').waitFor({ timeout: 60_000 });
	expect(await s.page.getByTestId('lifecycle-lost').inputValue()).toBe('200');
	expect(await s.page.getByTestId('pareto-by-tier').locator('tbody tr').count()).toBe(4);
});
