// Issue #11 item 2 in real Chromium: once the workspace is encrypted, Settings → Backup asks for a passphrase
// (the backup is encrypted by default); a backup without one needs an explicit opt-out that shows a warning.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openAppWithDemo, type Session } from './support/browser';

let s: Session;
beforeEach(async () => {
	s = await openAppWithDemo();
});
afterEach(async () => {
	await s.close();
});

it('encrypts the backup of an encrypted workspace unless the user opts out, with a warning', async () => {
	const { page, baseURL } = s;
	await page.goto(`${baseURL}/settings`);
	const create = page.getByTestId('backup-create');
	// Not encrypted yet: a backup without a passphrase is allowed, and no opt-out is offered.
	expect(await create.isEnabled()).toBe(true);
	expect(await page.getByTestId('backup-plain-optout').count()).toBe(0);

	const section = page.getByTestId('encryption-section');
	await section.getByTestId('encryption-passphrase').fill('blue lantern 42');
	await section.getByTestId('encryption-passphrase-repeat').fill('blue lantern 42');
	await section.getByTestId('encryption-enable').click();
	await section.getByTestId('encryption-on').waitFor({ timeout: 60_000 });

	expect(await create.isDisabled()).toBe(true);
	await page.getByTestId('backup-passphrase').fill('blue lantern 42');
	await page.getByTestId('backup-passphrase-repeat').fill('blue lantern 42');
	await create.click();
	await page.getByTestId('backup-download').waitFor({ timeout: 90_000 });
	expect(await page.locator('.file').innerText()).toContain('encrypted');

	await page.getByTestId('backup-plain-optout').check();
	const warning = page.getByTestId('backup-plain-warning');
	expect(await warning.getAttribute('role')).toBe('alert');
	expect(await warning.innerText()).toContain('not encrypted');
	expect(await page.getByTestId('backup-passphrase').count()).toBe(0);
	await create.click();
	await page.locator('[data-testid="backup-status"][data-phase="verified"]').waitFor({ timeout: 90_000 });
	expect(await page.locator('.file').innerText()).not.toContain('encrypted');
	// Made in the backup worker, not on the page's main thread.
	expect(s.requests.some((r) => /backup\.worker/.test(r.url()))).toBe(true);
	expect(s.pageErrors).toEqual([]);
});
