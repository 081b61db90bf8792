// The CLV check in real Chromium: the holdout view on the demo data, and on a real transaction file (the CDNOW
// sample, converted to CSV) imported through the file input, where the published holdout figures must appear.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openAppWithDemo, type Session } from './support/browser';
import { importFile } from './support/import-flow';
import { writeTempFile } from './support/files';

/** CDNOW_sample.txt (master id, sample id, YYYYMMDD, CDs, dollars) as a CSV with recognisable headers. */
function cdnowCsv(): string {
	const path = fileURLToPath(new URL('../fixtures/cdnow/CDNOW_sample.txt', import.meta.url));
	const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	const out = ['customer_id,order_date,quantity,amount'];
	for (const line of lines) {
		const [, id, ymd, cds, dollars] = line.trim().split(/\s+/);
		out.push(`C${id},${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)},${cds},${dollars}`);
	}
	return out.join('\n') + '\n';
}

describe('CLV check on the demo data', () => {
	let s: Session;
	beforeAll(async () => {
		s = await openAppWithDemo();
	});
	afterAll(async () => {
		await s.close();
	});

	it('shows the headline, both models, the tracking plot with its table, and the heatmaps', async () => {
		await s.page.goto(`${s.baseURL}/clv`);
		const headline = s.page.getByTestId('clv-headline');
		await headline.waitFor({ timeout: 120_000 });
		expect(await headline.innerText()).toMatch(/expected [\d,]+ repeat purchases in the \d+ holdout weeks/);
		expect(await s.page.getByTestId('clv-models').locator('tbody tr').count()).toBe(2);
		const tracking = s.page.getByTestId('clv-tracking');
		expect(await tracking.locator('svg path').count()).toBeGreaterThanOrEqual(2);
		await tracking.getByRole('button', { name: /table/i }).click();
		expect(await tracking.locator('tbody tr').count()).toBeGreaterThan(10);
		await s.page.getByTestId('clv-heat-alive').waitFor();
		await s.page.getByTestId('clv-conditional').waitFor();
		// No NaN or Infinity anywhere on the page.
		expect(await s.page.getByTestId('clv-page').innerText()).not.toMatch(/NaN|Infinity/);
	});

	it('recomputes when the user moves the calibration end', async () => {
		const input = s.page.getByTestId('clv-calibration-end');
		const before = await input.inputValue();
		const moved = new Date(Date.parse(`${before}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
		await input.fill(moved);
		await s.page.getByRole('button', { name: 'Recompute' }).click();
		// The tracking plot's sentence names the new calibration end once the worker has refitted.
		await s.page
			.getByTestId('clv-tracking')
			.getByText(`calibration end (${moved})`)
			.waitFor({ timeout: 120_000 });
		expect(await s.page.getByTestId('clv-tracking').innerText()).toContain(moved);
	});

	it('keeps the picked calibration end after a reload, and the Overview names the model behind predicted CLV', async () => {
		const picked = await s.page.getByTestId('clv-calibration-end').inputValue();
		await s.page.reload();
		await s.page.getByTestId('clv-headline').waitFor({ timeout: 120_000 });
		expect(await s.page.getByTestId('clv-calibration-end').inputValue()).toBe(picked);
		expect(await s.page.getByTestId('clv-page').innerText()).toContain('your pick, saved for this dataset');
		await s.page.goto(`${s.baseURL}/overview`);
		const note = s.page.getByTestId('clv-by-tier').getByTestId('clv-model-note');
		await note.waitFor({ timeout: 120_000 });
		expect(await note.innerText()).toMatch(/use (BG\/NBD|Pareto\/NBD)/);
	});
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('CLV check accessibility', () => {
	let s: Session;
	beforeAll(async () => {
		s = await openAppWithDemo();
	});
	afterAll(async () => {
		await s.close();
	});

	it('has no serious or critical axe violations on /clv', async () => {
		await s.page.goto(`${s.baseURL}/clv`);
		await s.page.getByTestId('clv-headline').waitFor({ timeout: 120_000 });
		await s.page.evaluate(axeSource);
		const violations = (await s.page.evaluate(async () => {
			// @ts-expect-error axe is injected above
			const result = await window.axe.run(document, { resultTypes: ['violations'] });
			return result.violations;
		})) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
		const bad = violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.id}: ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(', ')}`
			);
		expect(bad).toEqual([]);
	});
});

describe('CLV check on the CDNOW sample imported through the file input', () => {
	let s: Session;
	beforeAll(async () => {
		s = await openApp();
	});
	afterAll(async () => {
		await s.close();
	});

	it('imports 6,919 lines of 2,357 customers and reproduces the published holdout figures', async () => {
		const result = await importFile(s.page, s.baseURL, writeTempFile('cdnow.csv', cdnowCsv()));
		expect(result.customers).toBe(2357);
		expect(result.imported).toBe(6919);
		await s.page.goto(`${s.baseURL}/clv`);
		await s.page.getByTestId('clv-headline').waitFor({ timeout: 120_000 });
		const input = s.page.getByTestId('clv-calibration-end');
		await input.fill('1997-09-30');
		await s.page.getByRole('button', { name: 'Recompute' }).click();
		await s.page.getByText('in the 39 holdout weeks').waitFor({ timeout: 120_000 });
		const headline = await s.page.getByTestId('clv-headline').innerText();
		// 1,882 actual repeat purchases; the chosen model expects about 1,650 (BG/NBD 1,653, Pareto/NBD close).
		expect(headline).toContain('there were 1,882');
		const expected = Number(/expected ([\d,]+)/.exec(headline)?.[1].replace(/,/g, ''));
		expect(expected).toBeGreaterThan(1600);
		expect(expected).toBeLessThan(1700);
		// The BG/NBD row shows the published parameters.
		const models = await s.page.getByTestId('clv-models').innerText();
		expect(models).toContain('r = 0.243');
		expect(models).toContain('9,582');
		// Switching the model is honoured and said so.
		await s.page.getByTestId('clv-model-choice').selectOption('paretonbd');
		await s.page.getByText('Pareto/NBD is used, as you chose.').waitFor({ timeout: 120_000 });
	});
});
