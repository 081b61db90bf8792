import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
const port = 4900 + Math.floor(Math.random() * 90);
const srv = spawn('./node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 4000));
for (const [locale, tag] of [['en-US', 'en'], ['zh-CN', 'zh']]) {
	for (const width of [1280, 375]) {
		const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/i9a/shot-'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'], viewport: { width, height: 900 }, locale });
		const page = ctx.pages()[0] ?? (await ctx.newPage());
		await page.goto(`http://localhost:${port}/import`);
		await page.getByTestId('file-input').setInputFiles('/tmp/i9a/telco-damaged.csv');
		await page.getByTestId('mapping-table').waitFor({ timeout: 60000 });
		const start = page.getByTestId('start-import');
		if (await start.isEnabled()) {
			await start.click();
			await page.getByTestId('quality-report').waitFor({ timeout: 60000 });
			await page.getByTestId('quality-report').screenshot({ path: `/tmp/i9a/report-${tag}-${width}.png` });
		} else console.log('start disabled', tag);
		await page.goto(`http://localhost:${port}/import`);
		await page.getByTestId('file-input').setInputFiles('/tmp/i9a/wide.csv');
		await page.getByTestId('mapping-table').waitFor({ timeout: 60000 });
		await page.getByTestId('column-search').fill('metric (1999');
		await page.waitForTimeout(500);
		await page.screenshot({ path: `/tmp/i9a/wide-${tag}-${width}.png`, fullPage: false });
		await page.getByTestId('wide-file-note').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/i9a/wide-note-${tag}-${width}.png` });
		await ctx.close();
	}
}
srv.kill();
