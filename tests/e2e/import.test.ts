// The import flow in real Chromium against the built app: real file input, real IndexedDB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { utils, write } from '@e965/xlsx';
import { openApp, valueOf, type Session } from './support/browser';
import { importFile, pickFile, storeCounts } from './support/import-flow';
import { transactionCsv, writeTempFile } from './support/files';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

describe('importing a spreadsheet', () => {
	it('imports a UTF-8 CSV and reports 3 customers from 5 order lines', async () => {
		const csv = writeTempFile(
			'orders.csv',
			'Customer ID,Order Date,Amount,Product\nA1,2024-01-05,100,Tea\nA2,2024-01-06,"1,250.00",Cake\nA1,2024-02-01,50,Tea\nA3,2024-02-03,20,Tea\nA2,2024-03-01,75.5,Tea\n'
		);
		const result = await importFile(s.page, s.baseURL, csv);
		expect(result).toEqual({ read: 5, imported: 5, rejected: 0, customers: 3 });
		await s.page.getByTestId('dataset-item').first().waitFor();
		await expect(s.page.getByTestId('dataset-item').count()).resolves.toBe(1);
		expect(s.pageErrors).toEqual([]);
	});

	it('detects a GBK-encoded CSV with Chinese headers, ¥, 万 and 2024年3月5日', async () => {
		await pickFile(s.page, s.baseURL, resolve('tests/fixtures/gbk-orders.csv'));
		await expect(s.page.getByTestId('encoding-select').inputValue()).resolves.toBe('gb18030');
		await expect(s.page.getByTestId('preview-table').innerText()).resolves.toContain('张三');
		await s.page.getByTestId('start-import').click();
		await s.page.getByTestId('quality-report').waitFor();
		expect(await valueOf(s.page, 'rows-read')).toBe(4);
		expect(await valueOf(s.page, 'rows-imported')).toBe(4);
		expect(await valueOf(s.page, 'customer-count')).toBe(3);
	});

	it('imports an XLSX with a title row above the header and Excel serial dates', async () => {
		const sheet = utils.aoa_to_sheet([
			['2024 客户订单明细'],
			[],
			['客户ID', '订单日期', '金额'],
			['000123', 45356, 88],
			['000124', 45357, 12.5],
			['000123', 45400, 40]
		]);
		// Make the serials real Excel dates.
		for (const ref of ['B4', 'B5', 'B6']) sheet[ref].z = 'yyyy-mm-dd';
		const book = utils.book_new();
		utils.book_append_sheet(book, utils.aoa_to_sheet([['notes']]), 'Notes');
		utils.book_append_sheet(book, sheet, 'Orders');
		const path = writeTempFile('orders.xlsx', write(book, { type: 'buffer', bookType: 'xlsx' }));
		await pickFile(s.page, s.baseURL, path);
		await s.page.getByTestId('sheet-select').selectOption('Orders');
		await expect(s.page.getByTestId('preview-table').innerText()).resolves.toContain('000123');
		await s.page.getByTestId('start-import').click();
		await s.page.getByTestId('quality-report').waitFor();
		expect(await valueOf(s.page, 'rows-imported')).toBe(3);
		expect(await valueOf(s.page, 'customer-count')).toBe(2);
	});

	it('keeps every rejected row with its reason: read = imported + rejected', async () => {
		const csv = writeTempFile(
			'bad-rows.csv',
			'customer_id,order_date,amount\nA1,2024-01-05,100\n,2024-01-06,30\nA2,not a date,10\nA3,2024-02-01,abc\nA4,2024-02-02,5\n'
		);
		const result = await importFile(s.page, s.baseURL, csv);
		expect(result.read).toBe(5);
		expect(result.imported).toBe(2);
		expect(result.rejected).toBe(3);
		const rejected = await s.page.getByTestId('rejected-rows').innerText();
		expect(rejected).toContain('3'); // line numbers are shown
		expect(rejected.split('\n').length).toBeGreaterThanOrEqual(4);
	});
});

describe('an import that does not finish leaves no dataset behind', () => {
	const big = () => writeTempFile('big.csv', transactionCsv(600_000, 50_000));

	it('Cancel mid-import leaves no partial dataset', async () => {
		await pickFile(s.page, s.baseURL, big());
		await s.page.getByTestId('start-import').click();
		await s.page.getByTestId('import-progress').waitFor();
		await s.page.getByTestId('cancel-import').click();
		await s.page.waitForTimeout(500);
		expect(await storeCounts(s.page)).toEqual({ datasets: 0, importing: 0, chunks: 0 });
	});

	it('a reload mid-import leaves no partial dataset after the app starts again', async () => {
		await pickFile(s.page, s.baseURL, big());
		await s.page.getByTestId('start-import').click();
		await s.page.getByTestId('import-progress').waitFor();
		// Wait until at least one chunk is on disk, so there is something to clean up.
		await s.page.waitForFunction(
			() =>
				new Promise<boolean>((done) => {
					const open = indexedDB.open('strata');
					open.onsuccess = () => {
						const tx = open.result.transaction('chunks', 'readonly');
						const c = tx.objectStore('chunks').count();
						tx.oncomplete = () => {
							open.result.close();
							done(c.result > 0);
						};
					};
				}),
			undefined,
			{ timeout: 30_000, polling: 100 }
		);
		await s.page.reload();
		await s.page.getByTestId('drop-zone').waitFor();
		await s.page.waitForTimeout(1000);
		expect(await storeCounts(s.page)).toEqual({ datasets: 0, importing: 0, chunks: 0 });
	});
});

describe('bad input gets a clear message and imports nothing', () => {
	const cases: [string, string | Uint8Array, string][] = [
		['empty.csv', '', 'import.error.empty'],
		[
			'picture.csv',
			new Uint8Array([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0
			]),
			'import.error.binary'
		],
		['header-only.csv', 'customer_id,order_date,amount\n', 'import.error.headerOnly']
	];
	for (const [name, content, key] of cases) {
		it(`refuses ${name} with ${key}`, async () => {
			await pickFile(s.page, s.baseURL, writeTempFile(name, content));
			const error = s.page.getByTestId('import-error');
			await error.waitFor();
			expect(await error.getAttribute('data-error-key')).toBe(key);
			expect((await error.innerText()).length).toBeGreaterThan(10);
			expect(await storeCounts(s.page)).toMatchObject({ datasets: 0, chunks: 0 });
		});
	}

	it('imports ragged rows and blank or duplicate headers without losing a row', async () => {
		const csv = writeTempFile(
			'ragged.csv',
			'customer_id,amount,,amount,order_date\nA1,10,x,11,2024-01-01\nA2,20\nA3,30,y,31,2024-01-03,EXTRA\n'
		);
		const result = await importFile(s.page, s.baseURL, csv);
		expect(result.read).toBe(3);
		expect(result.imported + result.rejected).toBe(3);
	});

	it('shows the message in Chinese when the UI is in Chinese', async () => {
		await s.close();
		s = await openApp({ locale: 'zh-CN' });
		await pickFile(s.page, s.baseURL, writeTempFile('empty2.csv', ''));
		const text = await s.page.getByTestId('import-error').innerText();
		expect(text).toMatch(/[\u4e00-\u9fff]/);
	});
});

describe('the demo dataset', () => {
	it('loads in one click from the home page and lands on the Overview', async () => {
		await s.page.goto(s.baseURL);
		await s.page.getByTestId('load-demo-home').click();
		await s.page.waitForURL(/\/overview/, { timeout: 60_000 });
		const counts = await storeCounts(s.page);
		expect(counts.datasets).toBe(1);
		expect(counts.importing).toBe(0);
		await s.page.goto(`${s.baseURL}/import`);
		// The list fills from a live query after the page renders.
		await s.page.getByTestId('dataset-item').first().waitFor();
		await expect(s.page.getByTestId('dataset-item').count()).resolves.toBe(1);
	});
});
