// axe-core on every main page, with the demo data loaded so charts and tables are really there:
// no serious or critical violation, in English and in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openAppWithDemo, type Session } from './support/browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = [
	'',
	'import',
	'overview',
	'customers',
	'clusters',
	'churn',
	'strategies',
	'settings',
	'privacy'
];

interface Violation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

for (const locale of ['en-US', 'zh-CN']) {
	describe(`accessibility (${locale})`, () => {
		let s: Session;
		beforeAll(async () => {
			s = await openAppWithDemo({ locale });
		});
		afterAll(async () => {
			await s.close();
		});

		for (const path of PAGES) {
			it(`/${path} has no serious or critical axe violations`, async () => {
				await s.page.goto(`${s.baseURL}/${path}`);
				await s.page.locator('main').waitFor();
				await s.page.waitForTimeout(800);
				// Evaluated through the DevTools protocol, so our CSP (no inline scripts) stays in force for the app.
				await s.page.evaluate(axeSource);
				const violations = (await s.page.evaluate(async () => {
					// @ts-expect-error axe is injected above
					const result = await window.axe.run(document, { resultTypes: ['violations'] });
					return result.violations;
				})) as Violation[];
				const bad = violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map(
						(v) =>
							`${v.id} (${v.impact}): ${v.help} — ${v.nodes
								.slice(0, 3)
								.map((n) => n.target.join(' '))
								.join(', ')}`
					);
				expect(bad).toEqual([]);
			});
		}
	});
}
