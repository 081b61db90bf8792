// Launches real headless Chromium (Debian's, or STRATA_CHROMIUM) with a fresh profile per test file,
// so IndexedDB is real and starts empty. Records every request and every page error for assertions.
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface Session {
	context: BrowserContext;
	page: Page;
	baseURL: string;
	requests: Request[];
	pageErrors: string[];
	consoleErrors: string[];
	close(): Promise<void>;
}

export async function openApp(
	options: { width?: number; height?: number; locale?: string } = {}
): Promise<Session> {
	const baseURL = inject('baseURL');
	const profile = mkdtempSync(join(tmpdir(), 'strata-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.STRATA_CHROMIUM ?? '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
		locale: options.locale ?? 'en-US',
		acceptDownloads: true
	});
	const requests: Request[] = [];
	const pageErrors: string[] = [];
	const consoleErrors: string[] = [];
	context.on('request', (r) => requests.push(r));
	const page = context.pages()[0] ?? (await context.newPage());
	page.on('pageerror', (e) => pageErrors.push(String(e)));
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	return {
		context,
		page,
		baseURL,
		requests,
		pageErrors,
		consoleErrors,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** The integer a `data-value` attribute holds, for counts shown with locale formatting. */
export async function valueOf(page: Page, testId: string): Promise<number> {
	const raw = await page.getByTestId(testId).first().getAttribute('data-value');
	return Number(raw);
}

/** A fresh app with the demo dataset loaded from the home page and its tiers computed. */
export async function openAppWithDemo(options: Parameters<typeof openApp>[0] = {}): Promise<Session> {
	const s = await openApp(options);
	await s.page.goto(s.baseURL);
	await s.page.getByTestId('load-demo-home').click();
	await s.page.waitForURL(/\/overview/, { timeout: 60_000 });
	await s.page.getByTestId('tier-row').first().waitFor({ timeout: 90_000 });
	return s;
}
