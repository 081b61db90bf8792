// Churn and clustering on the demo data in real Chromium: the default logistic model on the time-split label
// separates churners (test ROC AUC between 0.6 and 1), fills the early-warning list, and a reload shows the
// stored result without training again; k-means on the Clusters page lists its clusters.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAppWithDemo, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
	s = await openAppWithDemo();
});
afterAll(async () => {
	await s.close();
});

const auc = async () => Number(await s.page.getByTestId('roc-auc').getAttribute('data-value'));

it('trains the default churn model on the time split and lists customers at risk', async () => {
	await s.page.goto(`${s.baseURL}/churn`);
	const train = s.page.getByTestId('train-churn');
	await train.waitFor({ timeout: 60_000 });
	// The demo has order lines and no churn column: the time split is the only (and default) label source.
	await s.page
		.getByText(/no purchase within a window/i)
		.first()
		.waitFor();
	await train.click();
	await s.page.getByTestId('roc-auc').waitFor({ timeout: 180_000 });
	const value = await auc();
	expect(value).toBeGreaterThan(0.6);
	expect(value).toBeLessThanOrEqual(1);
	expect(await s.page.getByTestId('risk-row').count()).toBeGreaterThan(0);
	// The decision-tree rules explaining churn sit beside the evaluation.
	const rule = s.page.getByTestId('churn-rules').getByTestId('churn-rule');
	await rule.first().waitFor({ timeout: 10_000 });
	expect(await rule.count()).toBeGreaterThan(0);
	await s.page.getByTestId('churn-trained').waitFor();
	expect(s.pageErrors).toEqual([]);
}, 240_000);

it('shows the stored churn result after a reload without training again', async () => {
	const before = await auc();
	await s.page.reload();
	// Restoring reads IndexedDB only: well under the time a training run takes.
	await s.page.getByTestId('roc-auc').waitFor({ timeout: 30_000 });
	expect(await auc()).toBe(before);
	expect(await s.page.getByTestId('risk-row').count()).toBeGreaterThan(0);
	await s.page.getByTestId('retrain-churn').waitFor({ timeout: 10_000 });
	// No training ran: no progress bar, the train button is idle.
	expect(await s.page.getByTestId('train-churn').isEnabled()).toBe(true);
	expect(s.pageErrors).toEqual([]);
});

it('runs k-means on the Clusters page and lists the clusters', async () => {
	await s.page.goto(`${s.baseURL}/clusters`);
	const run = s.page.getByTestId('run-kmeans');
	await run.waitFor({ timeout: 60_000 });
	await s.page.waitForFunction(
		() => !(document.querySelector('[data-testid=run-kmeans]') as HTMLButtonElement | null)?.disabled,
		undefined,
		{ timeout: 60_000 }
	);
	await run.click();
	await s.page.getByTestId('cluster-row').first().waitFor({ timeout: 180_000 });
	expect(await s.page.getByTestId('cluster-row').count()).toBeGreaterThanOrEqual(2);
	expect(s.pageErrors).toEqual([]);
}, 240_000);
