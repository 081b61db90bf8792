// Awkward files through the real file input in Chromium (issue #9 part A): nothing lost, nothing frozen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, valueOf, type Session } from './support/browser';
import { importFile, pickFile } from './support/import-flow';
import { writeTempFile } from './support/files';
import { nulBytesCsv, strayQuoteCsv, wideCsv, zipBombXlsx } from '../fixtures/awkward';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

describe('awkward files', () => {
	it('reports every row of a 2,000-row file with one `"VIP` note: read = rows in the file', async () => {
		const result = await importFile(s.page, s.baseURL, writeTempFile('stray-quote.csv', strayQuoteCsv()));
		expect(result.read).toBe(2000);
		expect(result.imported + result.rejected).toBe(2000);
		expect(result.imported).toBe(2000);
		await expect(s.page.getByTestId('quality-report').innerText()).resolves.toContain(
			'unbalanced quote: 1 (lines 501)'
		);
		expect(s.pageErrors).toEqual([]);
	});

	it('imports a file with three NUL bytes instead of refusing it', async () => {
		const result = await importFile(s.page, s.baseURL, writeTempFile('bank-nul.csv', nulBytesCsv()));
		expect(result).toMatchObject({ read: 2000, imported: 2000, rejected: 0 });
		await expect(s.page.getByTestId('quality-report').innerText()).resolves.toContain('damaged export): 3.');
	});

	it('refuses a 1 MB zip bomb (1 GB inflated) with a message, within seconds', async () => {
		const path = writeTempFile('bomb.xlsx', await zipBombXlsx(1));
		const started = Date.now();
		await pickFile(s.page, s.baseURL, path);
		const error = s.page.getByTestId('import-error');
		await error.waitFor({ timeout: 15_000 });
		expect(Date.now() - started).toBeLessThan(15_000);
		await expect(error.getAttribute('data-error-key')).resolves.toBe('import.error.workbookInflates');
		await expect(error.innerText()).resolves.toContain('1,024 MB');
		expect(s.pageErrors).toEqual([]);
	});

	it('answers a 20,000-column file within 60 s with the page responsive, and imports it', async () => {
		await s.page.goto(`${s.baseURL}/import`);
		// Long tasks on the main thread, recorded from before the file is picked.
		await s.page.evaluate(() => {
			const w = window as unknown as { longest: number };
			w.longest = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
			}).observe({ type: 'longtask', buffered: false });
		});
		const started = Date.now();
		await s.page.getByTestId('file-input').setInputFiles(writeTempFile('wide.csv', wideCsv(20000, 5)));
		await s.page.getByTestId('mapping-table').waitFor({ timeout: 60_000 });
		await expect(s.page.getByTestId('wide-file-note').innerText()).resolves.toContain('20,000 columns');
		await expect(s.page.locator('[data-testid="preview-table"] th').count()).resolves.toBe(50);
		await expect(s.page.getByTestId('mapping-row').count()).resolves.toBe(50);
		await s.page.getByTestId('column-search').fill('metric (19997)');
		await expect.poll(() => s.page.getByTestId('mapping-row').count(), { timeout: 10_000 }).toBe(1);
		await s.page.getByTestId('column-search').fill('');
		await s.page.getByTestId('start-import').click();
		await s.page.getByTestId('quality-report').waitFor({ timeout: 60_000 });
		expect(Date.now() - started).toBeLessThan(60_000);
		expect(await valueOf(s.page, 'rows-imported')).toBe(5);
		const longest = await s.page.evaluate(() => (window as unknown as { longest: number }).longest);
		console.log(`20,000 columns: longest main-thread task ${Math.round(longest)} ms`);
		expect(longest).toBeLessThan(2000);
		expect(s.pageErrors).toEqual([]);
	}, 120_000);
});
