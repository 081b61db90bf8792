// Found in the session-4 visual review on CDNOW and Tmall files: the Customers list pushed its value columns out
// of sight at 1280 px (fr tracks sized by max-content), the report widened the whole page on a phone (a grid
// track grown to the 640 px figure), and charts drew bars with negative widths at 375 px. This pins each: every
// column header of the list is inside its table at 1280 px, no page is wider than a 375 px phone, and the
// browser reports no invalid SVG attribute on the way, in English and in Chinese.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAppWithDemo, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
	s = await openAppWithDemo();
}, 180_000);
afterAll(async () => {
	await s.close();
});

it('shows every column of the Customers list, value columns included, at 1280 px', async () => {
	await s.page.goto(`${s.baseURL}/customers`);
	await s.page.getByTestId('customer-row').first().waitFor({ timeout: 60_000 });
	const { wrap, headers } = await s.page.evaluate(() => {
		const table = document.querySelector('.table-wrap') as HTMLElement;
		return {
			wrap: table.getBoundingClientRect().right,
			headers: Array.from(table.querySelectorAll('[role="columnheader"]'), (h) => ({
				text: (h.textContent ?? '').trim(),
				right: h.getBoundingClientRect().right
			}))
		};
	});
	expect(headers.map((h) => h.text)).toContain('CLV');
	expect(headers.length).toBeGreaterThanOrEqual(9);
	for (const h of headers) expect(h.right, h.text).toBeLessThanOrEqual(wrap + 1);
	// At desktop width the report's tables wrap words so they fit the printed page's width.
	await s.page.goto(`${s.baseURL}/report`);
	await s.page.locator('.report table.data td').first().waitFor({ timeout: 60_000 });
	expect(await reportCellWrap()).toBe('normal');
}, 90_000);

const LANG_KEY = 'strata.locale';
const reportCellWrap = () =>
	s.page.evaluate(() => {
		const td = document.querySelector('.report table.data td');
		return td ? getComputedStyle(td).whiteSpace : 'no table';
	});
const PAGES = [
	'overview',
	'customers',
	'lookup',
	'clusters',
	'churn',
	'strategies',
	'report',
	'settings',
	'glossary'
];

for (const lang of ['en', 'zh-CN'] as const) {
	it(`fits every page into a 375 px phone in ${lang}, with no invalid chart attribute`, async () => {
		await s.page.setViewportSize({ width: 375, height: 812 });
		// The language a returning user chose, as the app stores it.
		await s.page.evaluate(([k, l]) => localStorage.setItem(k, l), [LANG_KEY, lang]);
		const wide: string[] = [];
		for (const p of PAGES) {
			await s.page.goto(`${s.baseURL}/${p}`);
			await s.page.locator('main').first().waitFor({ timeout: 60_000 });
			await s.page.waitForTimeout(1500);
			const width = await s.page.evaluate(() => document.documentElement.scrollWidth);
			// On a phone report tables scroll on one line; wrapped into 375 px a row grew to a word per line.
			if (p === 'report') expect(await reportCellWrap()).toBe('nowrap');
			if (width > 376) wide.push(`${p}: ${width}px`);
		}
		expect(wide).toEqual([]);
		expect(s.consoleErrors.filter((e) => /attribute|negative/i.test(e))).toEqual([]);
		expect(s.pageErrors).toEqual([]);
	}, 180_000);
}
