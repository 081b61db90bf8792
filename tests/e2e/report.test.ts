// The client report, deck and chart PNGs (issue #13 items 1–3) in real Chromium on the demo data: the print view
// has the charts and a summary whose numbers match the tiers, prints to a sane number of A4 and Letter pages in
// both languages, downloads as one HTML file, exports a PowerPoint whose slides and chart data are checked after
// unzipping, and "Save PNG" writes a 2× image with its title on white even in the dark theme.
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAppWithDemo, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
	s = await openAppWithDemo();
}, 180_000);
afterAll(async () => s?.close());

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function openReport() {
	await s.page.goto(`${s.baseURL}/report`);
	await s.page.getByTestId('report').waitFor({ timeout: 60_000 });
	await s.page.locator('[data-figure="clv"] svg').waitFor({ timeout: 60_000 });
}

it('shows at least six charts and a summary whose numbers are the tiers’ own', async () => {
	await openReport();
	const charts = await s.page
		.locator('[data-testid=report] figure')
		.evaluateAll((figs) => figs.filter((f) => f.querySelector('svg, canvas, img')).length);
	expect(charts).toBeGreaterThanOrEqual(6);
	const sentences = s.page.getByTestId('summary-sentence');
	const n = await sentences.count();
	expect(n).toBeGreaterThanOrEqual(3);
	expect(n).toBeLessThanOrEqual(6);
	const text = await sentences.allInnerTexts();
	// Demo: 5,000 customers; the top tier (Diamond) is 5% of them. Its revenue share is read off the tier table.
	expect(text[0]).toMatch(/^5,000 customers spent [\d,]+ between \d{4}-\d{2}-\d{2} and \d{4}-\d{2}-\d{2}\./);
	const top = s.page.getByTestId('tier-row').first();
	const count = Number(await top.getAttribute('data-count'));
	const revenueShare = (await top.locator('td').nth(3).innerText()).trim();
	expect(text[1]).toContain(`is 5.0% of customers (${count.toLocaleString('en')})`);
	expect(text[1]).toContain(`brings ${revenueShare} of revenue`);
	expect(text[2]).toMatch(/^The top 20% of customers bring \d+(\.\d)?% of revenue/);
	// Every sentence points at a figure or section that exists.
	for (const href of await s.page
		.locator('[data-testid=summary-sentence] a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
		expect(await s.page.locator(href as string).count()).toBe(1);
	expect(await s.page.getByTestId('figure-reading').count()).toBeGreaterThanOrEqual(6);
	expect(s.pageErrors).toEqual([]);
}, 120_000);

it('prints to A4 and Letter with a sane page count, in English and in Chinese', async () => {
	const a4 = await s.page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(a4.subarray(0, 5).toString()).toBe('%PDF-');
	expect(a4.toString('latin1')).toMatch(/MediaBox \[0 0 594\.9\d* 841\.9/);
	const pages = pdfPages(a4);
	expect(pages).toBeGreaterThanOrEqual(5);
	expect(pages).toBeLessThanOrEqual(16);

	await s.page.getByTestId('report-paper').selectOption('Letter');
	const letter = await s.page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(letter.toString('latin1')).toMatch(/MediaBox \[0 0 612 792\]/);
	await s.page.getByTestId('report-paper').selectOption('A4');

	await s.page.getByRole('button', { name: '中文' }).click();
	await expect
		.poll(() => s.page.getByTestId('summary-sentence').first().innerText())
		.toMatch(/^\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}，5,000 位客户共消费/);
	const zh = await s.page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(pdfPages(zh)).toBeGreaterThanOrEqual(5);
	expect(pdfPages(zh)).toBeLessThanOrEqual(16);
	await s.page.getByRole('button', { name: 'English' }).click();
}, 120_000);

it('downloads the report as one HTML file with its charts and no script', async () => {
	await s.page.getByTestId('report-title-input').fill('Acme Retail review');
	await s.page.getByTestId('report-consultant').fill('Li Wei');
	const [download] = await Promise.all([
		s.page.waitForEvent('download'),
		s.page.getByTestId('download-report-html').click()
	]);
	expect(download.suggestedFilename()).toBe('Acme Retail review.html');
	const html = readFileSync((await download.path()) as string, 'utf8');
	expect(html).not.toMatch(/<script/i);
	expect(html).toContain('Acme Retail review');
	expect(html).toContain('Li Wei');
	expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(6);
	expect(html).toContain('5,000 customers spent');
}, 60_000);

it('exports a PowerPoint: pptxgenjs loads only on demand, under the CSP, and the slides hold the report', async () => {
	// The chunk holding pptxgenjs must not be loaded by the page before the button is pressed (the service worker
	// precaches every chunk for offline use, so the page's own resource entries are what counts).
	const dir = join('build', '_app', 'immutable', 'chunks');
	const deckChunks = readdirSync(dir).filter((f) => readFileSync(join(dir, f), 'utf8').includes('PptxGenJS'));
	expect(deckChunks.length).toBeGreaterThan(0);
	const fetched = () => s.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
	expect((await fetched()).some((u) => deckChunks.some((c) => u.endsWith(c)))).toBe(false);

	const [download] = await Promise.all([
		s.page.waitForEvent('download', { timeout: 60_000 }),
		s.page.getByTestId('download-deck').click()
	]);
	expect((await fetched()).some((u) => deckChunks.some((c) => u.endsWith(c)))).toBe(true);
	expect(download.suggestedFilename()).toBe('Acme Retail review.pptx');
	const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
	const slideXml = async (n: number) => (await zip.file(`ppt/slides/slide${n}.xml`)?.async('string')) ?? '';
	const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
	const figures = await s.page.locator('[data-testid=report] figure').count();
	// Cover, summary, key figures, one per figure, strategies, methods (no churn model on the demo: no at-risk list).
	expect(slides).toBe(3 + figures + 2);
	expect(await slideXml(1)).toContain('Acme Retail review');
	expect(await slideXml(2)).toContain('Executive summary');
	expect(await slideXml(2)).toContain('5,000 customers spent');
	expect(await slideXml(4)).toContain('Tiers');
	// The tier pyramid slide is a native chart whose data are the tiers' customer shares (5/15/30/50% by default).
	const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
	expect(charts.length).toBeGreaterThanOrEqual(4);
	const first = (await zip.file(charts.sort()[0])?.async('string')) ?? '';
	for (const v of ['0.05', '0.15', '0.3', '0.5']) expect(first).toContain(`<c:v>${v}</c:v>`);
	expect(first).toContain('Diamond');
	// Figures without native charts (R×F heatmap, tier × lifecycle) travel as images; notes carry the methods.
	expect(Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f)).length).toBeGreaterThanOrEqual(
		2
	);
	const notes = await Promise.all(
		Object.keys(zip.files)
			.filter((f) => /notesSlide\d+\.xml$/.test(f))
			.map((f) => zip.file(f)?.async('string') ?? '')
	);
	expect(notes.join('')).toContain('scored 1–5 by rank');
	expect(s.pageErrors).toEqual([]);
	expect(s.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
}, 120_000);

it('saves a chart PNG at 2× with its title on white, even in the dark theme', async () => {
	// A dark system theme, as a user would have it: setting data-theme by hand raced the theme module's own
	// apply() during hydration and the page came back light (a flaky CI failure).
	await s.page.emulateMedia({ colorScheme: 'dark' });
	await s.page.goto(`${s.baseURL}/overview`);
	await s.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
	const card = s.page.getByTestId('tier-summary');
	await card.locator('svg').first().waitFor();
	const svgWidth = await card
		.locator('.frame svg')
		.first()
		.evaluate((e) => e.getBoundingClientRect().width);
	const [download] = await Promise.all([
		s.page.waitForEvent('download'),
		card.getByRole('button', { name: 'PNG' }).click()
	]);
	const png = readFileSync((await download.path()) as string);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const width = png.readUInt32BE(16);
	expect(width).toBe(Math.ceil((Math.max(svgWidth, 320) + 32) * 2));
	const probe = await s.page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d') as CanvasRenderingContext2D;
		ctx.drawImage(img, 0, 0);
		const corner = Array.from(ctx.getImageData(2, 2, 1, 1).data);
		// The title band (first 40 CSS px below the padding): some dark ink.
		const band = ctx.getImageData(0, 32, img.width, 40).data;
		let dark = 0;
		for (let i = 0; i < band.length; i += 4) if (band[i] + band[i + 1] + band[i + 2] < 200) dark++;
		return { corner, dark };
	}, png.toString('base64'));
	expect(probe.corner).toEqual([255, 255, 255, 255]);
	expect(probe.dark).toBeGreaterThan(100);
	// The page itself stayed dark.
	expect(await s.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	await s.page.emulateMedia({ colorScheme: 'light' });
}, 60_000);
