// Encryption at rest in real Chromium: demo data → Settings → encrypt with a passphrase → reload → the app is
// locked and shows no customer data → a wrong passphrase is refused → the right one brings the Overview back.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppWithDemo, valueOf, type Session } from './support/browser';

let s: Session;
beforeEach(async () => {
	s = await openAppWithDemo();
});
afterEach(async () => {
	await s.close();
});

/** Per store: how many records hold `sealed`, and how many still hold plain customer fields. */
function rawRecords(page: Page): Promise<Record<string, { total: number; sealed: number; plain: number }>> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('strata');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const out: Record<string, { total: number; sealed: number; plain: number }> = {};
		for (const name of ['chunks', 'dictionaries', 'results']) {
			const records = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const req = db.transaction(name, 'readonly').objectStore(name).getAll();
				req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
				req.onerror = () => reject(req.error);
			});
			out[name] = {
				total: records.length,
				sealed: records.filter((r) => r.sealed).length,
				plain: records.filter((r) => 'columns' in r || 'values' in r || 'rejected' in r).length
			};
		}
		db.close();
		return out;
	});
}

it('locks an encrypted workspace after a reload and opens it only with the right passphrase', async () => {
	const { page, baseURL } = s;
	expect(await valueOf(page, 'kpi-customers')).toBe(5000);

	await page.goto(`${baseURL}/settings`);
	const section = page.getByTestId('encryption-section');
	await section.getByTestId('encryption-passphrase').fill('blue lantern 42');
	await section.getByTestId('encryption-passphrase-repeat').fill('blue lantern 42');
	await section.getByTestId('encryption-enable').click();
	await section.getByTestId('encryption-on').waitFor({ timeout: 60_000 });

	const raw = await rawRecords(page);
	for (const name of ['chunks', 'dictionaries', 'results']) {
		expect(raw[name].total).toBeGreaterThan(0);
		expect(raw[name].sealed).toBe(raw[name].total);
		expect(raw[name].plain).toBe(0);
	}

	await page.goto(`${baseURL}/overview`);
	await page.getByTestId('lock-screen').waitFor({ timeout: 30_000 });
	expect(await page.getByTestId('kpi-customers').count()).toBe(0);
	expect(await page.getByTestId('tier-row').count()).toBe(0);

	await page.getByTestId('unlock-passphrase').fill('blue lantern 41');
	await page.getByTestId('unlock-submit').click();
	const error = page.getByTestId('unlock-error');
	await error.waitFor({ timeout: 30_000 });
	expect(await error.getAttribute('role')).toBe('alert');
	expect(await error.textContent()).toContain('passphrase is not right');
	expect(await page.getByTestId('kpi-customers').count()).toBe(0);

	await page.getByTestId('unlock-passphrase').fill('blue lantern 42');
	await page.getByTestId('unlock-submit').click();
	await page.getByTestId('kpi-customers').waitFor({ timeout: 90_000 });
	await page.getByTestId('tier-row').first().waitFor({ timeout: 90_000 });
	expect(await valueOf(page, 'kpi-customers')).toBe(5000);
	expect(await page.getByTestId('lock-screen').count()).toBe(0);
	expect(s.pageErrors).toEqual([]);
});

it('changes the passphrase, and the lock screen shows nothing from the data', async () => {
	const { page, baseURL } = s;
	const datasetName = (await page.locator('header .chip .name').textContent())?.trim() ?? '';
	expect(datasetName.length).toBeGreaterThan(0);

	await page.goto(`${baseURL}/settings`);
	const section = page.getByTestId('encryption-section');
	await section.getByTestId('encryption-passphrase').fill('abc');
	expect(await section.getByTestId('passphrase-strength').getAttribute('data-strength')).toBe('weak');
	await section.getByTestId('encryption-passphrase').fill('blue lantern 42');
	await section.getByTestId('encryption-passphrase-repeat').fill('blue lantern 42');
	await section.getByTestId('encryption-enable').click();
	await section.getByTestId('encryption-on').waitFor({ timeout: 60_000 });

	await section.getByTestId('encryption-change').locator('summary').click();
	await section.getByTestId('encryption-change-current').fill('blue lantern 41');
	await section.getByTestId('encryption-change-next').fill('green harbour over the quiet sea');
	await section.getByTestId('encryption-change-repeat').fill('green harbour over the quiet sea');
	await section.getByTestId('encryption-change-submit').click();
	await section.getByTestId('encryption-change-error').waitFor({ timeout: 30_000 });
	await section.getByTestId('encryption-change-current').fill('blue lantern 42');
	await section.getByTestId('encryption-change-submit').click();
	await section.getByTestId('encryption-changed').waitFor({ timeout: 60_000 });

	await page.goto(`${baseURL}/overview`);
	await page.getByTestId('lock-screen').waitFor({ timeout: 30_000 });
	expect(await page.locator('body').innerText()).not.toContain(datasetName);
	await page.getByTestId('unlock-passphrase').fill('blue lantern 42');
	await page.getByTestId('unlock-submit').click();
	await page.getByTestId('unlock-error').waitFor({ timeout: 30_000 });
	await page.getByTestId('unlock-passphrase').fill('green harbour over the quiet sea');
	await page.getByTestId('unlock-submit').click();
	await page.getByTestId('kpi-customers').waitFor({ timeout: 90_000 });
	expect(await valueOf(page, 'kpi-customers')).toBe(5000);
	expect(s.pageErrors).toEqual([]);
});
