// The report cover's title, consultant and client are saved per dataset in the workspace and come back after a
// reload; clearing the title falls back to the dataset's name on the printed cover.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAppWithDemo, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
	s = await openAppWithDemo();
});
afterAll(async () => {
	await s.close();
});

it('keeps title, consultant and client across a reload', async () => {
	const p = s.page;
	await p.goto(`${s.baseURL}/report`);
	const title = p.getByTestId('report-title-input');
	await title.waitFor({ timeout: 60_000 });
	await title.fill('华东连锁 · 2026 客户分层');
	await p.getByTestId('report-consultant').fill('Li Wei');
	await p.getByTestId('report-client').fill('East China Stores Ltd.');
	// Saved after a short pause in typing.
	await p.locator('[data-testid="report-cover"][data-saving="false"]').waitFor({ timeout: 30_000 });
	await p.reload();
	await p.getByTestId('report-title-input').waitFor({ timeout: 60_000 });
	await p.waitForFunction(
		() =>
			(document.querySelector('[data-testid="report-client"]') as HTMLInputElement | null)?.value ===
			'East China Stores Ltd.',
		undefined,
		{ timeout: 30_000 }
	);
	expect(await p.getByTestId('report-title-input').inputValue()).toBe('华东连锁 · 2026 客户分层');
	expect(await p.getByTestId('report-consultant').inputValue()).toBe('Li Wei');
	expect(await p.getByTestId('report-title').textContent()).toBe('华东连锁 · 2026 客户分层');
	expect(await p.getByTestId('report-client-print').textContent()).toBe('East China Stores Ltd.');
	expect(s.pageErrors).toEqual([]);
}, 180_000);

it('prints the dataset name when the title is cleared, and keeps that after a reload', async () => {
	const p = s.page;
	await p.getByTestId('report-title-input').fill('');
	await p.locator('[data-testid="report-cover"][data-saving="false"]').waitFor({ timeout: 30_000 });
	await p.reload();
	await p.getByTestId('report-title-input').waitFor({ timeout: 60_000 });
	await p.waitForFunction(
		() =>
			(document.querySelector('[data-testid="report-consultant"]') as HTMLInputElement | null)?.value ===
			'Li Wei',
		undefined,
		{ timeout: 30_000 }
	);
	expect(await p.getByTestId('report-title-input').inputValue()).toBe('');
	const printed = (await p.getByTestId('report-title').textContent()) ?? '';
	expect(printed.length).toBeGreaterThan(0);
	expect(printed).not.toContain('华东');
});
