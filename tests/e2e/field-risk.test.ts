// Risk on the rep's phone without training there: the manager trains the churn model, exports the at-risk slice,
// and the pack carries the scores with the model's date and quality; the phone (375 px, its own profile) shows
// them. A pack whose model is weak shows each risk as a band with a caution, never as a percentage.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, openAppWithDemo, type Session } from './support/browser';

let manager: Session;
let phone: Session;
const dir = mkdtempSync(join(tmpdir(), 'strata-field-risk-'));

beforeAll(async () => {
	manager = await openAppWithDemo();
	phone = await openApp({ width: 375, height: 812 });
});
afterAll(async () => {
	await manager?.close();
	await phone?.close();
});

let packFile = '';
let auc = NaN;

it('the pack carries the churn scores with the model date, quality and AUC', async () => {
	const p = manager.page;
	await p.goto(`${manager.baseURL}/churn`);
	await p.getByTestId('train-churn').click({ timeout: 60_000 });
	await p.getByTestId('roc-auc').waitFor({ timeout: 180_000 });
	auc = Number(await p.getByTestId('roc-auc').getAttribute('data-value'));
	await p.goto(`${manager.baseURL}/lookup`);
	await p.getByTestId('today').waitFor({ timeout: 60_000 });
	await p.getByTestId('field-panel').locator('summary').click();
	await p.getByTestId('slice-kind').selectOption('atRisk');
	const [d] = await Promise.all([p.waitForEvent('download'), p.getByTestId('pack-export').click()]);
	packFile = join(dir, 'at-risk.strata-pack');
	await d.saveAs(packFile);
	const body = JSON.parse(readFileSync(packFile, 'utf8')).body;
	expect(['weak', 'useful', 'strong']).toContain(body.churn.verdict);
	expect(Math.abs(body.churn.trainedAt - Date.now())).toBeLessThan(15 * 60_000);
	expect(body.churn.testAuc).toBeCloseTo(auc, 2);
	expect(body.customers.length).toBeGreaterThan(0);
	expect(body.customers.every((c: { churn: number | null }) => c.churn !== null)).toBe(true);
}, 300_000);

it('the phone shows each risk with the model it came from, having trained nothing', async () => {
	const p = phone.page;
	await p.goto(`${phone.baseURL}/lookup`);
	await p.getByTestId('field-panel').locator('summary').click();
	await p.getByTestId('pack-file').setInputFiles(packFile);
	await p.getByTestId('pack-open').click();
	await p.getByTestId('pack-info').waitFor({ timeout: 30_000 });
	await p.getByTestId('today-hit').first().click();
	const note = await p.getByTestId('lookup-risk-model').innerText();
	expect(note).toContain('Scores from a model of');
	expect(note).toContain('(0 days ago)');
	const verdict = JSON.parse(readFileSync(packFile, 'utf8')).body.churn.verdict;
	// A weak model (possible on a small time split) shows the band; a usable one the percentage and its quality.
	if (verdict === 'weak') expect(await p.getByTestId('lookup-risk').innerText()).not.toContain('%');
	else {
		expect(await p.getByTestId('lookup-risk').innerText()).toMatch(/\d+%/);
		expect(note).toContain(`Model quality: ${verdict}.`);
	}
	expect(phone.pageErrors).toEqual([]);
});

it('a weak model shows a band with a caution on the card and the list, and no percentage anywhere', async () => {
	const file = JSON.parse(readFileSync(packFile, 'utf8'));
	file.body.packId = 'weak-model-pack';
	file.body.title = 'Weak model';
	file.body.churn = { ...file.body.churn, verdict: 'weak', testAuc: 0.58 };
	file.body.customers[0].name = '欧阳锋';
	const weakFile = join(dir, 'weak.strata-pack');
	writeFileSync(weakFile, JSON.stringify(file));
	const p = phone.page;
	// Back from the card to Today before opening the next pack.
	await p.getByRole('button', { name: /Today/ }).click();
	await p.getByTestId('pack-file').setInputFiles(weakFile);
	await p.getByTestId('pack-open').click();
	await p.waitForFunction(() =>
		(
			document.querySelector('[data-testid="source-select"]') as HTMLSelectElement | null
		)?.selectedOptions[0]?.textContent?.includes('Weak model')
	);
	const hit = p.getByTestId('today-hit').first();
	await hit.waitFor();
	expect(await p.getByTestId('badge-risk-band').count()).toBeGreaterThan(0);
	expect(await p.getByTestId('today').innerText()).not.toMatch(/\d+%/);
	await hit.click();
	expect(await p.getByTestId('lookup-risk-band').innerText()).toMatch(/^≈ (High|Medium|Low)$/);
	expect(await p.getByTestId('lookup-risk').innerText()).not.toContain('%');
	const note = await p.getByTestId('lookup-risk-model').innerText();
	expect(note).toContain('the churn model is weak (test ROC-AUC 0.58)');
	const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	expect(phone.pageErrors).toEqual([]);
});

it('finds a Chinese name by its pinyin or initials, typed on the phone keyboard', async () => {
	const p = phone.page;
	for (const typed of ['ouyangfeng', 'oyf', 'Ou Yang']) {
		await p.getByTestId('lookup-search').fill(typed);
		await p.getByTestId('lookup-card').waitFor({ timeout: 10_000 });
		expect(await p.getByTestId('lookup-card').locator('h2').innerText()).toBe('欧阳锋');
	}
	expect(phone.pageErrors).toEqual([]);
});
