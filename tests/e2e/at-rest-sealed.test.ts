// Issue #11 item 2 in real Chromium and real IndexedDB: a file with identifying names is imported, encryption is
// turned on, and no store holds the file or dataset name, a header or a customer id in clear; after a reload
// the lock screen shows none of it, and once unlocked the dataset list shows the name again and a re-import of
// the same file is still recognized (through the keyed hash).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type Session } from './support/browser';
import { importFile } from './support/import-flow';
import { writeTempFile } from './support/files';

const SECRETS = ['acme-客户导出', '客户编号', '所在城市', 'CUST-ZHANG-001', 'CUST-LI-002', '杭州西湖'];
const CSV =
	'客户编号,下单日期,金额,所在城市\n' +
	'CUST-ZHANG-001,2024-01-02,100,杭州西湖\n' +
	'CUST-LI-002,2024-01-05,50,苏州园区\n' +
	'CUST-ZHANG-001,2024-02-01,400,杭州西湖\n';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

/** `store: secret` for each secret found in any string (or typed array read as UTF-8) of any record. */
function clearSecrets(page: Page, secrets: string[]): Promise<string[]> {
	return page.evaluate(async (secrets) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('strata');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const text = new TextDecoder();
		const walk = (v: unknown, out: string[]): void => {
			if (typeof v === 'string') out.push(v);
			else if (ArrayBuffer.isView(v))
				out.push(text.decode(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)));
			else if (v instanceof ArrayBuffer) out.push(text.decode(new Uint8Array(v)));
			else if (Array.isArray(v)) for (const x of v) walk(x, out);
			else if (v && typeof v === 'object')
				for (const [k, x] of Object.entries(v)) {
					out.push(k);
					walk(x, out);
				}
		};
		const found: string[] = [];
		for (const name of Array.from(db.objectStoreNames)) {
			const records = await new Promise<unknown[]>((resolve, reject) => {
				const req = db.transaction(name, 'readonly').objectStore(name).getAll();
				req.onsuccess = () => resolve(req.result as unknown[]);
				req.onerror = () => reject(req.error);
			});
			const all: string[] = [];
			walk(records, all);
			for (const secret of secrets) if (all.some((x) => x.includes(secret))) found.push(`${name}: ${secret}`);
		}
		db.close();
		return found;
	}, secrets);
}

it('keeps names, headers and customer ids out of every store once encrypted, and still spots a re-import', async () => {
	const { page, baseURL } = s;
	const path = writeTempFile('acme-客户导出.csv', CSV);
	expect((await importFile(page, baseURL, path)).customers).toBe(2);
	expect(await clearSecrets(page, SECRETS)).toEqual(
		expect.arrayContaining(['datasets: acme-客户导出', 'datasets: 客户编号'])
	);

	await page.goto(`${baseURL}/settings`);
	const section = page.getByTestId('encryption-section');
	await section.getByTestId('encryption-passphrase').fill('blue lantern 42');
	await section.getByTestId('encryption-passphrase-repeat').fill('blue lantern 42');
	await section.getByTestId('encryption-enable').click();
	await section.getByTestId('encryption-on').waitFor({ timeout: 60_000 });
	expect(await clearSecrets(page, SECRETS)).toEqual([]);

	await page.goto(`${baseURL}/import`);
	await page.getByTestId('lock-screen').waitFor({ timeout: 30_000 });
	expect(await page.locator('body').innerText()).not.toContain('acme');
	await page.getByTestId('unlock-passphrase').fill('blue lantern 42');
	await page.getByTestId('unlock-submit').click();
	await page.getByTestId('dataset-item').first().waitFor({ timeout: 60_000 });
	expect(await page.getByTestId('dataset-item').first().innerText()).toContain('acme-客户导出');

	// The same page (a navigation would reload and lock again): pick the same file.
	await page.getByTestId('file-input').setInputFiles(path);
	await page.getByTestId('reimport-notice').first().waitFor({ timeout: 60_000 });
	expect(await clearSecrets(page, SECRETS)).toEqual([]);
	expect(s.pageErrors).toEqual([]);
});
