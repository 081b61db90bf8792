// Backup and restore in real Chromium: demo data → encrypted backup → delete all → restore, and the workspace
// comes back identical — checked with a fingerprint of every IndexedDB record that does not use Strata's code.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, type Session } from './support/browser';
import { storeCounts } from './support/import-flow';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

/** SHA-256 over every record of every store of 'strata', typed arrays as raw bytes (NaN and -0 count). */
function workspaceFingerprint(page: Page): Promise<{ hash: string; counts: Record<string, number> }> {
	return page.evaluate(async () => {
		const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
		const canon = (v: unknown): string => {
			if (v === undefined) return 'undef';
			if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
			if (typeof v !== 'object' || v === null) return JSON.stringify(v);
			if (v instanceof ArrayBuffer) return `AB(${hex(new Uint8Array(v))})`;
			if (ArrayBuffer.isView(v))
				return `${v.constructor.name}(${hex(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))})`;
			if (Array.isArray(v)) return `[${Array.from(v, canon).join(',')}]`;
			const o = v as Record<string, unknown>;
			return `{${Object.keys(o)
				.sort()
				.map((k) => `${JSON.stringify(k)}:${canon(o[k])}`)
				.join(',')}}`;
		};
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('strata');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const names = Array.from(db.objectStoreNames).sort();
		const counts: Record<string, number> = {};
		const parts: string[] = [];
		for (const name of names) {
			const records = await new Promise<unknown[]>((resolve, reject) => {
				const req = db.transaction(name, 'readonly').objectStore(name).getAll();
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			counts[name] = records.length;
			parts.push(`#${name}`, ...records.map(canon));
		}
		db.close();
		const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
		return { hash: hex(new Uint8Array(digest)), counts };
	});
}

/** The fingerprint once background work (analysis results) has stopped changing it. */
async function settledFingerprint(page: Page) {
	let last = await workspaceFingerprint(page);
	for (let i = 0; i < 20; i++) {
		await page.waitForTimeout(1500);
		const next = await workspaceFingerprint(page);
		if (next.hash === last.hash) return next;
		last = next;
	}
	throw new Error('the workspace kept changing');
}

it('restores an encrypted backup of the demo workspace after "delete all", record for record', async () => {
	const { page, baseURL } = s;
	await page.goto(baseURL);
	await page.getByTestId('load-demo-home').click();
	await page.waitForURL(/\/overview/, { timeout: 90_000 });
	await page.goto(`${baseURL}/settings`);
	const before = await settledFingerprint(page);
	expect(before.counts.datasets).toBe(1);
	expect(before.counts.chunks).toBeGreaterThan(0);

	await page.getByTestId('backup-passphrase').fill('tea leaves 茶叶');
	await page.getByTestId('backup-passphrase-repeat').fill('tea leaves 茶叶');
	await page.getByTestId('backup-create').click();
	await page.locator('[data-testid=backup-status][data-phase=verified]').waitFor({ timeout: 60_000 });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('backup-download').click()
	]);
	expect(download.suggestedFilename()).toMatch(/^strata-backup-\d{4}-\d{2}-\d{2}\.strata-backup$/);
	const file = join(mkdtempSync(join(tmpdir(), 'strata-backup-')), download.suggestedFilename());
	await download.saveAs(file);
	// Nothing changed while the backup was made, so the file holds exactly `before`.
	expect((await workspaceFingerprint(page)).hash).toBe(before.hash);

	await page.getByTestId('delete-all').click();
	await Promise.all([
		page.waitForEvent('load'),
		page.locator('dialog[open]').getByRole('button').last().click()
	]);
	await page.getByTestId('restore-input').waitFor();
	expect((await storeCounts(page)).datasets).toBe(0);

	// A wrong passphrase changes nothing.
	await page.getByTestId('restore-input').setInputFiles(file);
	await page.getByTestId('restore-passphrase').fill('coffee');
	await page.getByTestId('restore-start').click();
	await page.locator('dialog[open]').getByRole('button').last().click();
	await page.locator('[data-testid=backup-status][data-error="backup.error.passphrase"]').waitFor();
	expect((await storeCounts(page)).datasets).toBe(0);

	await page.getByTestId('restore-passphrase').fill('tea leaves 茶叶');
	await page.getByTestId('restore-start').click();
	await Promise.all([
		page.waitForEvent('load', { timeout: 60_000 }),
		page.locator('dialog[open]').getByRole('button').last().click()
	]);
	await page.getByTestId('restore-input').waitFor();
	const after = await workspaceFingerprint(page);
	expect(after.counts).toEqual(before.counts);
	expect(after.hash).toBe(before.hash);
	// No staging database is left behind.
	const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	expect(names).toEqual(['strata']);
	expect(s.pageErrors).toEqual([]);
});

it('refuses to restore or delete all while another tab imports, and reloads the other tabs after a delete', async () => {
	const { page, baseURL, context } = s;
	await page.goto(`${baseURL}/settings`);
	await page.getByTestId('backup-create').click();
	await page.locator('[data-testid=backup-status][data-phase=verified]').waitFor({ timeout: 60_000 });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('backup-download').click()
	]);
	const file = join(mkdtempSync(join(tmpdir(), 'strata-backup-')), 'empty.strata-backup');
	await download.saveAs(file);

	// A second tab holds the import lock, as a running import does.
	const other = await context.newPage();
	await other.goto(`${baseURL}/settings`);
	await other.getByTestId('delete-all').waitFor();
	await other.evaluate(() => {
		const w = window as { releaseImport?: () => void };
		void navigator.locks.request(
			'strata-import',
			() => new Promise<void>((resolve) => (w.releaseImport = resolve))
		);
	});
	await page.getByTestId('restore-input').setInputFiles(file);
	await page.getByTestId('restore-start').click();
	await page.locator('dialog[open]').getByRole('button').last().click();
	await page.locator('[data-testid=backup-status][data-error="backup.error.busy"]').waitFor();

	// Nor is everything deleted under a running import.
	await page.getByTestId('delete-all').click();
	await page.locator('dialog[open]').getByRole('button').last().click();
	await page.getByTestId('delete-busy').waitFor();
	await other.evaluate(() => (window as { releaseImport?: () => void }).releaseImport?.());

	// Once it is done, "Delete all" in the first tab: the second one says why and reloads.
	const otherReloaded = other.waitForEvent('load', { timeout: 30_000 });
	await page.getByTestId('delete-all').click();
	await Promise.all([
		page.waitForEvent('load'),
		page.locator('dialog[open]').getByRole('button').last().click()
	]);
	await other.getByTestId('tab-notice').waitFor({ timeout: 10_000 });
	await otherReloaded;
	expect(s.pageErrors).toEqual([]);
});
