// Strategies reads the phone's contact log: a customer a rep reached today in Look up drops out of the playbook's
// "to call" list, and shows with the date and outcome once the filter is off (and in the CSV).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openAppWithDemo, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
	s = await openAppWithDemo();
});
afterAll(async () => {
	await s.close();
});

const d = new Date();
const TODAY = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

async function openFirstList() {
	await s.page.goto(`${s.baseURL}/strategies`);
	const card = s.page.getByTestId('playbook-card').first();
	await card.waitFor({ timeout: 60_000 });
	await card.getByRole('button', { pressed: false }).last().click();
	await s.page.getByTestId('action-row').first().waitFor({ timeout: 30_000 });
}

it('leaves a customer reached on the phone today out of "to call", and shows the contact when asked', async () => {
	await openFirstList();
	const id = (await s.page.getByTestId('action-row').first().getAttribute('data-id')) ?? '';
	expect(id).toMatch(/^C\d+/);
	expect(await s.page.getByTestId('held-count').innerText()).toContain('(0 left out');

	await s.page.goto(`${s.baseURL}/lookup`);
	await s.page.getByTestId('lookup-search').fill(id);
	await s.page.getByTestId('lookup-card').waitFor({ timeout: 60_000 });
	await s.page.getByTestId('outcome-willBuy').check({ force: true });
	await s.page.getByTestId('contact-save').click();
	await s.page.getByTestId('contact-saved').waitFor();

	await openFirstList();
	await expect.poll(() => s.page.getByTestId('held-count').innerText()).toContain('(1 left out');
	expect(await s.page.locator(`[data-testid="action-row"][data-id="${id}"]`).count()).toBe(0);

	await s.page.getByTestId('only-to-call').uncheck();
	const row = s.page.locator(`[data-testid="action-row"][data-id="${id}"]`);
	await row.waitFor();
	expect(await row.getByTestId('contacted-cell').innerText()).toBe(`${TODAY} · Will buy`);

	const [download] = await Promise.all([
		s.page.waitForEvent('download'),
		s.page.getByTestId('export-actions').click()
	]);
	const csv = readFileSync((await download.path()) as string, 'utf8');
	expect(csv.split(/\r\n/).find((l) => l.includes(id))).toContain(`${TODAY} · Will buy`);
	expect(s.pageErrors).toEqual([]);
}, 240_000);
