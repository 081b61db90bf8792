// An older Strata meeting a database a newer Strata saved (issue #11, item 6), in real Chromium: a test-only
// schema version one above this build's is created first, raw, on the app's origin; the app must say "saved by
// a newer version — reload to update", render no page, and leave the database exactly as it was.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type Session } from './support/browser';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

function rawState(page: Page): Promise<{ version: number; stores: string[]; marker: unknown }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const req = indexedDB.open('strata');
				req.onsuccess = () => {
					const db = req.result;
					const stores = [...db.objectStoreNames].sort();
					const get = db.transaction('settings').objectStore('settings').get('marker');
					get.onsuccess = () => {
						db.close();
						resolve({ version: db.version, stores, marker: get.result });
					};
				};
				req.onerror = () => reject(req.error);
			})
	);
}

it('refuses a workspace saved by a newer Strata, says to reload, and writes nothing', async () => {
	const { page, baseURL } = s;
	// A same-origin page that does not run the app, to plant the newer database first.
	await page.goto(`${baseURL}/favicon.svg`);
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				// Dexie numbering ×10: version 99 is far above any shipped schema.
				const req = indexedDB.open('strata', 990);
				req.onupgradeneeded = () => {
					const db = req.result;
					db.createObjectStore('settings', { keyPath: 'key' }).put({ key: 'marker', value: 'future' });
					db.createObjectStore('from-the-future', { keyPath: 'id' });
				};
				req.onsuccess = () => {
					req.result.close();
					resolve();
				};
				req.onerror = () => reject(req.error);
			})
	);
	const before = await rawState(page);
	expect(before.version).toBe(990);

	await page.goto(`${baseURL}/overview`);
	const problem = page.getByTestId('storage-open-error');
	await problem.waitFor({ timeout: 30_000 });
	expect(await problem.getAttribute('data-reason')).toBe('newer');
	expect(await problem.textContent()).toContain(
		'This workspace was saved by a newer version of Strata — reload to update'
	);
	expect(await page.getByTestId('kpi-customers').count()).toBe(0);
	// Give any stray writer a moment, then check nothing changed.
	await page.waitForTimeout(1000);
	await page.goto(`${baseURL}/favicon.svg`);
	expect(await rawState(page)).toEqual(before);
	expect(s.pageErrors).toEqual([]);
});
