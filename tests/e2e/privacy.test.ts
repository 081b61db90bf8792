// The privacy promises, checked in real Chromium: no request leaves the app's origin during a full session,
// HTML in spreadsheet cells is shown as text (never run), and "Delete all data" leaves nothing behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './support/browser';
import { importFile, storeCounts } from './support/import-flow';
import { writeTempFile } from './support/files';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;
const hostileCsv = () =>
	writeTempFile(
		'hostile.csv',
		[
			'customer_id,customer_name,order_date,amount',
			`C1,${csvCell(IMG)},2024-01-05,100`,
			`C2,${csvCell(SCRIPT)},2024-01-06,80`,
			`C1,${csvCell(IMG)},2024-02-05,40`,
			'C3,Plain Name,2024-02-07,12'
		].join('\n') + '\n'
	);

/** Requests to anywhere but the app's own origin (data: and blob: URLs never leave the browser). */
function foreignRequests(s: Session): string[] {
	const origin = new URL(s.baseURL).origin;
	return s.requests
		.map((r) => r.url())
		.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'))
		.filter((url) => new URL(url).origin !== origin);
}

describe('privacy', () => {
	it('sends no request to any other origin during a whole session', async () => {
		const { page, baseURL } = s;
		await page.goto(baseURL);
		await page.getByTestId('load-demo-home').click();
		await page.waitForURL(/\/overview/, { timeout: 90_000 });
		for (const path of [
			'/overview',
			'/customers',
			'/clusters',
			'/churn',
			'/strategies',
			'/settings',
			'/privacy'
		]) {
			await page.goto(`${baseURL}${path}`);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1000);
		}
		await importFile(page, baseURL, hostileCsv());
		await Promise.all([page.waitForEvent('download'), page.getByTestId('download-report').click()]);
		await page.goto(`${baseURL}/settings`);
		await page.getByTestId('backup-create').click();
		await page.locator('[data-testid=backup-status][data-phase=verified]').waitFor({ timeout: 60_000 });
		await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()]);

		expect(s.requests.length).toBeGreaterThan(10);
		expect(foreignRequests(s)).toEqual([]);
	});

	it('shows HTML from spreadsheet cells as literal text and never runs it', async () => {
		const { page, baseURL } = s;
		await page.goto(`${baseURL}/import`);
		await page.getByTestId('file-input').setInputFiles(hostileCsv());
		const preview = await page.getByTestId('preview-table').innerText();
		expect(preview).toContain(IMG);
		expect(preview).toContain(SCRIPT);
		await page.getByTestId('start-import').click();
		await page.getByTestId('quality-report').waitFor({ timeout: 60_000 });

		await page.goto(`${baseURL}/customers`);
		const rows = page.getByTestId('customer-row');
		await rows.first().waitFor({ timeout: 60_000 });
		const text = await page.locator('main').innerText();
		expect(text).toContain(IMG);
		expect(text).toContain(SCRIPT);
		expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
		// An <img src=x> that had become markup would also have fetched /x.
		expect(s.requests.some((r) => new URL(r.url()).pathname === '/x')).toBe(false);
	});

	it('"Delete all data" leaves no datasets, no caches and no remembered choices', async () => {
		const { page, baseURL } = s;
		await page.goto(baseURL);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.waitForFunction(async () => (await caches.keys()).length > 0, undefined, { timeout: 30_000 });
		await page.getByTestId('load-demo-home').click();
		await page.waitForURL(/\/overview/, { timeout: 90_000 });
		expect((await storeCounts(page)).datasets).toBe(1);

		await page.goto(`${baseURL}/settings`);
		await page.getByTestId('delete-all').click();
		await Promise.all([
			page.waitForEvent('load'),
			page.locator('dialog[open]').getByRole('button').last().click()
		]);
		await page.getByTestId('delete-all').waitFor();

		expect((await storeCounts(page)).datasets).toBe(0);
		expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
		expect(await page.evaluate(() => localStorage.getItem('strata.activeDataset'))).toBeNull();
		expect(s.pageErrors).toEqual([]);
	});
});
