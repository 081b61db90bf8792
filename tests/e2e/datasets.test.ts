// Several datasets side by side: a re-import of the same file is recognized, datasets can be renamed and
// deleted, and the quality report downloads as a CSV that Excel opens (BOM) without running formulas.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, type Session } from './support/browser';
import { importFile, pickFile, storeCounts } from './support/import-flow';
import { writeTempFile } from './support/files';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

const csv = () =>
	writeTempFile(
		'shop.csv',
		'customer_id,order_date,amount\nA1,2024-01-05,100\nA2,2024-01-06,=1+1\nA3,2024-01-07,30\nA1,2024-02-05,12.5\nA3,2024-02-07,8\nA4,2024-03-01,99\n'
	);

it('recognizes a re-import of the same file, keeps both on request, renames and deletes', async () => {
	const path = csv();
	const first = await importFile(s.page, s.baseURL, path);
	expect(first).toMatchObject({ read: 6, imported: 5, rejected: 1 });

	await pickFile(s.page, s.baseURL, path);
	await s.page.getByTestId('reimport-notice').waitFor();
	await s.page.getByTestId('import-anyway').click();
	await s.page.getByTestId('start-import').click();
	await s.page.getByTestId('quality-report').waitFor();
	await s.page.waitForFunction(() => document.querySelectorAll('[data-testid=dataset-item]').length === 2);

	const firstItem = s.page.getByTestId('dataset-item').first();
	await firstItem.getByTestId('rename-dataset').click();
	await firstItem.getByTestId('rename-input').fill('Spring orders 春季');
	await firstItem.getByTestId('rename-input').press('Enter');
	await s.page.getByTestId('dataset-item').getByText('Spring orders 春季').waitFor({ timeout: 5000 });

	await s.page.getByTestId('dataset-item').first().getByTestId('delete-dataset').click();
	await s.page.locator('dialog[open]').getByRole('button').last().click();
	await s.page.waitForFunction(() => document.querySelectorAll('[data-testid=dataset-item]').length === 1);
	expect((await storeCounts(s.page)).datasets).toBe(1);
});

it('downloads the quality report as CSV with a BOM and the rejected row neutralized', async () => {
	await importFile(s.page, s.baseURL, csv());
	const [download] = await Promise.all([
		s.page.waitForEvent('download'),
		s.page.getByTestId('download-report').click()
	]);
	const text = readFileSync((await download.path()) as string, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	// The rejected amount cell "=1+1" must not reach Excel as a formula.
	expect(text).toContain("'=1+1");
	expect(text).not.toMatch(/(^|,)=1\+1/m);
});
