// The installed-app promise: after one visit the service worker serves the whole app with no network.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openApp, type Session } from './support/browser';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

it('works offline after the first visit: reload and navigate with the network off', async () => {
	await s.page.goto(s.baseURL);
	await s.page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The first page is controlled once the worker claims it (clientsClaim).
	await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});
	await s.context.setOffline(true);
	await s.page.reload();
	await s.page.getByTestId('load-demo-home').waitFor();
	await s.page.goto(`${s.baseURL}/import`);
	await s.page.getByTestId('drop-zone').waitFor();
	expect(await s.page.title()).toContain('Strata');
});

it('serves a web manifest with name, icons 192/512 and a maskable icon', async () => {
	const response = await fetch(`${s.baseURL}/manifest.webmanifest`);
	const manifest = (await response.json()) as {
		name: string;
		display: string;
		icons: { sizes: string; purpose?: string }[];
	};
	expect(manifest.display).toBe('standalone');
	expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
});

it("passes Chromium's installability checks", async () => {
	await s.page.goto(s.baseURL);
	await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});
	const cdp = await s.context.newCDPSession(s.page);
	const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
		installabilityErrors: { errorId: string }[];
	};
	expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
});
