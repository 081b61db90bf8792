// A field pack round trip across two browser profiles: the manager exports a tier as an encrypted pack, a
// rep opens it on a fresh phone profile (375 × 812) with the network off, logs a contact with an outcome and
// a note, exports the log; the manager merges it back twice — the second merge changes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, openAppWithDemo, type Session } from './support/browser';

let manager: Session;
let phone: Session;
const dir = mkdtempSync(join(tmpdir(), 'strata-field-'));
const PASS = 'road trip 2026';

beforeAll(async () => {
	manager = await openAppWithDemo();
	phone = await openApp({ width: 375, height: 812 });
});
afterAll(async () => {
	await manager?.close();
	await phone?.close();
});

async function download(page: Page, testId: string): Promise<string> {
	const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
	const file = join(dir, d.suggestedFilename());
	await d.saveAs(file);
	return file;
}

let packFile = '';
let logFile = '';
let customerId = '';

it('the manager exports the top tier as an encrypted field pack', async () => {
	const p = manager.page;
	await p.goto(`${manager.baseURL}/lookup`);
	await p.getByTestId('today').waitFor({ timeout: 60_000 });
	await p.getByTestId('field-panel').locator('summary').click();
	await p.getByTestId('slice-kind').selectOption('tier');
	await p.getByTestId('slice-value').selectOption('0');
	const count = Number((await p.getByTestId('slice-count').innerText()).replace(/[^\d]/g, ''));
	expect(count).toBeGreaterThan(10);
	await p.getByTestId('pack-passphrase').fill(PASS);
	packFile = await download(p, 'pack-export');
	expect(packFile).toMatch(/\.strata-pack$/);
});

it('the rep opens it on a fresh phone, offline, beside no workspace at all', async () => {
	const p = phone.page;
	await p.goto(`${phone.baseURL}/lookup`);
	await p.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
	await phone.context.setOffline(true);
	await p.reload();
	await p.getByTestId('field-panel').locator('summary').click();
	await p.getByTestId('pack-file').setInputFiles(packFile);
	// Without the passphrase the pack is refused with a reason; with it, it opens.
	await p.getByTestId('pack-open').click();
	expect(await p.getByTestId('pack-open-msg').innerText()).toContain('passphrase');
	await p.getByTestId('pack-open-passphrase').fill(PASS);
	await p.getByTestId('pack-open').click();
	await p.getByTestId('pack-info').waitFor({ timeout: 30_000 });
	await p.getByTestId('today').waitFor();
	const first = p.getByTestId('today-hit').first();
	await first.waitFor();
	await first.click();
	const card = p.getByTestId('lookup-card');
	await card.waitFor();
	customerId = (await card.locator('header p').innerText()).split('·')[0].trim();
	expect(customerId).toMatch(/^C\d+/);
	expect((await p.getByTestId('lookup-tier').innerText()).trim().length).toBeGreaterThan(0);
	await p.getByTestId('outcome-willBuy').check({ force: true });
	await p.getByTestId('contact-note').fill('想要新款，下周来店');
	await p.getByTestId('contact-followup').fill('2099-01-15');
	await p.getByTestId('contact-save').click();
	await p.getByTestId('contact-saved').waitFor();
	expect(await p.getByTestId('contact-entry').first().innerText()).toContain('下周来店');
	const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	logFile = await download(p, 'log-export');
	expect(logFile).toMatch(/\.strata-log$/);
	await phone.context.setOffline(false);
});

it('the manager merges the log once; merging it again changes nothing', async () => {
	const p = manager.page;
	await p.getByTestId('log-file').setInputFiles(logFile);
	await p.getByTestId('log-merge').click();
	await p.getByTestId('log-merge-msg').waitFor();
	expect(await p.getByTestId('log-merge-msg').innerText()).toContain('1 customer logs updated');
	await p.getByTestId('log-merge').click();
	await p.waitForFunction(() =>
		document.querySelector('[data-testid="log-merge-msg"]')?.textContent?.includes('Already merged')
	);
	// The contact shows once on the customer's card in the workspace.
	await p.getByTestId('lookup-search').fill(customerId);
	await p.getByTestId('lookup-card').waitFor();
	expect(await p.getByTestId('contact-entry').count()).toBe(1);
	expect(await p.getByTestId('contact-entry').first().innerText()).toContain('下周来店');
});
