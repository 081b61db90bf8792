// Strategies on the demo data in real Chromium: a playbook's rule count follows an edit, its action list
// exports and reads back, two snapshots (the demo and the same customers six months later) give a migration
// matrix that adds up, and the consultant's report prints to PDF.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openAppWithDemo, valueOf, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
	s = await openAppWithDemo();
});
afterAll(async () => {
	await s.close();
});

it('updates the live count while a playbook rule is edited', async () => {
	await s.page.goto(`${s.baseURL}/strategies`);
	const card = s.page.getByTestId('playbook-card').first();
	await card.waitFor({ timeout: 60_000 });
	const before = Number(await card.getByTestId('playbook-count').getAttribute('data-value'));
	expect(before).toBeGreaterThan(0);
	await card.getByRole('button').first().click();
	const editor = s.page.getByTestId('playbook-editor');
	await editor.waitFor();
	expect(await valueOf(s.page, 'rule-count')).toBe(before);
	// Add "value score ≥ 1000": nobody can reach it, so the count drops to zero while editing.
	await editor
		.getByLabel(/new condition|新条件|condition/i)
		.first()
		.selectOption('indicator');
	await editor.locator('.row.add button').click();
	const value = editor.locator('input[type=number]').last();
	await value.fill('1000000000');
	await s.page.waitForFunction(
		() => document.querySelector('[data-testid=rule-count]')?.getAttribute('data-value') === '0'
	);
	expect(await valueOf(s.page, 'rule-count')).toBe(0);
});

it('exports a playbook action list as CSV with one line per targeted customer', async () => {
	await s.page.goto(`${s.baseURL}/strategies`);
	const card = s.page.getByTestId('playbook-card').first();
	await card.waitFor({ timeout: 60_000 });
	const count = Number(await card.getByTestId('playbook-count').getAttribute('data-value'));
	await card.getByRole('button', { pressed: false }).last().click();
	await s.page.getByTestId('action-list').waitFor();
	const [download] = await Promise.all([
		s.page.waitForEvent('download'),
		s.page.getByTestId('export-actions').click()
	]);
	const text = readFileSync((await download.path()) as string, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const lines = text.trim().split(/\r\n/);
	expect(lines.length - 1).toBe(count);
	expect(lines[1]).toMatch(/C\d{6}/);
});

it('compares two snapshots of the same customers: the migration matrix adds up', async () => {
	await s.page.goto(`${s.baseURL}/strategies`);
	await s.page.getByTestId('tab-time').click();
	// The first analysis of a dataset is kept as a snapshot by itself; Save adds another.
	await s.page.getByTestId('snapshot-row').first().waitFor({ timeout: 30_000 });
	expect(await s.page.getByTestId('snapshot-row').count()).toBe(1);
	await s.page.getByTestId('save-snapshot').click();
	await s.page.waitForFunction(() => document.querySelectorAll('[data-testid=snapshot-row]').length === 2);

	await s.page.goto(`${s.baseURL}/import`);
	await s.page.getByTestId('load-demo-later').click();
	await s.page.getByTestId('quality-report').waitFor({ timeout: 60_000 });
	await s.page.goto(`${s.baseURL}/overview`);
	await s.page.getByTestId('kpi-customers').waitFor({ timeout: 90_000 });
	const laterCustomers = await valueOf(s.page, 'kpi-customers');
	expect(laterCustomers).toBeGreaterThan(5000);

	// Importing the newer file of the same customers made a new snapshot.
	await s.page.goto(`${s.baseURL}/strategies`);
	await s.page.getByTestId('tab-time').click();
	await s.page.waitForFunction(
		() => document.querySelectorAll('[data-testid=snapshot-row]').length === 3,
		undefined,
		{
			timeout: 30_000
		}
	);
	const matrix = s.page.getByTestId('migration-matrix');
	await matrix.waitFor({ timeout: 30_000 });
	const cells = await matrix
		.locator('td.cell')
		.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
	const sum = cells.reduce((a, b) => a + b, 0);
	// Every customer of either snapshot sits in exactly one cell: stayed, moved, new or lost.
	expect(sum).toBe(laterCustomers);
	await s.page.getByTestId('sankey').waitFor();
});

it('renders the consultant report and prints it to PDF', async () => {
	await s.page.goto(`${s.baseURL}/report`);
	const report = s.page.getByTestId('report');
	await report.waitFor({ timeout: 60_000 });
	expect(await report.innerText()).toContain('Demo data');
	const pdf = await s.page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdf.length).toBeGreaterThan(20_000);
});
