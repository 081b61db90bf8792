// In-memory mode end to end (issue #11 item 7): the page gets no IndexedDB (as in a private window where the
// browser denies storage), yet import → overview (analysis in its worker) works, every page says nothing is
// kept, and the banner's backup button downloads a real backup file. Workers here still have IndexedDB: they
// must work on the page's memory workspace anyway, and write nothing to disk.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, type Session } from './support/browser';
import { transactionCsv, writeTempFile } from './support/files';
import { importFile } from './support/import-flow';

let s: Session;
beforeEach(async () => {
	s = await openApp();
	// What Chromium does when storage is blocked for the site: IDBFactory.open throws a SecurityError.
	await s.page.addInitScript(() => {
		IDBFactory.prototype.open = function () {
			throw new DOMException('access to the Indexed Database API is denied', 'SecurityError');
		};
	});
});
afterEach(async () => {
	await s.close();
});

it('imports, analyses and backs up with no IndexedDB, says so in both languages, and writes nothing to disk', async () => {
	const { page, baseURL } = s;
	await page.goto(baseURL);
	const banner = page.getByTestId('memory-banner');
	await expect.poll(() => banner.textContent()).toContain('Nothing is being saved');
	expect(await banner.textContent()).toContain('closing or reloading it loses all of it');

	const csv = writeTempFile('memory-mode.csv', transactionCsv(3000, 400));
	const counts = await importFile(page, baseURL, csv);
	expect(counts).toEqual({ read: 3000, imported: 3000, rejected: 0, customers: 400 });

	// The analysis worker answers from the page's memory workspace (it used to open an empty one: "no dataset").
	// Moving within the app (a reload or a typed address would end the visit, and the data with it).
	await page.locator('.sidebar-slot a[href$="/overview"]').click();
	await page.getByTestId('tier-row').first().waitFor({ timeout: 90_000 });
	expect(await page.getByTestId('memory-banner').isVisible()).toBe(true);

	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByTestId('memory-backup').click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.strata-backup$/);
	const file = readFileSync((await download.path()) as string);
	const head = file.subarray(0, 4096).toString('latin1');
	expect(head.startsWith('STRATA-BACKUP\n')).toBe(true);
	expect(head).toMatch(/"datasets":1\b/);
	expect(head).toMatch(/"results":[1-9]/);
	await page.getByText('Backup downloaded').waitFor();

	// The same warning in Chinese.
	await page.getByRole('button', { name: '中文' }).first().click();
	await expect.poll(() => banner.textContent()).toContain('此浏览器不会保存任何数据');
	expect(await banner.textContent()).toContain('关闭或刷新它，所有数据都会丢失');

	// Nothing reached the browser's real IndexedDB, from the page or from any worker.
	const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	expect(names).toEqual([]);
	expect(s.pageErrors).toEqual([]);
});
