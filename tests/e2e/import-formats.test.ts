// File layouts a client's export really comes in, through the real file input: space-aligned text (CDNOW) and
// Windows-1252 text from Western Excel. Each must reach the Overview with every line accounted for.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, valueOf, type Session } from './support/browser';
import { importFile, pickFile } from './support/import-flow';
import { writeTempFile } from './support/files';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

async function tierTotal(): Promise<number> {
	await s.page.goto(`${s.baseURL}/overview`);
	const rows = s.page.getByTestId('tier-row');
	await rows.first().waitFor({ timeout: 60_000 });
	const counts = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
	return counts.reduce((a, b) => a + b, 0);
}

it('reads the space-aligned CDNOW_master.txt: 3,000 lines, 885 customers, dates in YYYYMMDD', async () => {
	const path = resolve('tests/fixtures/cdnow/CDNOW_master_head.txt');
	await pickFile(s.page, s.baseURL, path);
	await expect(s.page.getByTestId('delimiter-select').inputValue()).resolves.toBe(' ');
	await s.page.getByTestId('start-import').click();
	await s.page.getByTestId('quality-report').waitFor({ timeout: 60_000 });
	expect(await valueOf(s.page, 'rows-read')).toBe(3000);
	expect(await valueOf(s.page, 'rows-imported')).toBe(3000);
	expect(await valueOf(s.page, 'customer-count')).toBe(885);
	expect(await tierTotal()).toBe(885);
	expect(s.pageErrors).toEqual([]);
});

it('reads a Windows-1252 export (Superstore layout) with accented names intact', async () => {
	const lines = ['Order ID,Order Date,Customer ID,Customer Name,City,Sales'];
	const names = ['José Núñez', 'Zoë Müller', 'Seán Ó Brien', 'Françoise Lefèvre'];
	for (let i = 0; i < 200; i++)
		lines.push(
			`CA-${1000 + i},${1 + (i % 12)}/${1 + (i % 28)}/2016,JN-${10 + (i % 40)},${names[i % 4]},Bogotá,${(i * 3.7 + 1).toFixed(2)}`
		);
	const bytes = Uint8Array.from(lines.join('\r\n') + '\r\n', (c) => c.charCodeAt(0));
	await pickFile(s.page, s.baseURL, writeTempFile('superstore-1252.csv', bytes));
	await expect(s.page.getByTestId('encoding-select').inputValue()).resolves.toBe('windows-1252');
	await expect(s.page.getByTestId('preview-table').innerText()).resolves.toContain('José Núñez');
	const result = await importFile(s.page, s.baseURL, writeTempFile('superstore-1252b.csv', bytes));
	expect(result).toEqual({ read: 200, imported: 200, rejected: 0, customers: 40 });
	expect(await tierTotal()).toBe(40);
	expect(s.pageErrors).toEqual([]);
});
