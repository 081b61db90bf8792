// Result-route benchmark (BENCH_ONLY=results): time to an interactive Overview at 100,000 customers (computed,
// and from the stored result), the Strategies page's refresh of per-customer results on the main thread, and
// the two raw routes for the extra number columns — re-read the stored record on the main thread, or receive
// them from a worker as transferred arrays. The figures behind docs/ARCHITECTURE.md's result route.
import { median } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CUSTOMERS = 100_000;
const LONG = { timeout: 300_000 };

/** Records main-thread long tasks from the first script on, for every page of the context. */
const LONG_TASKS = () => {
	window.__longTaskMs = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__longTaskMs += e.duration;
	}).observe({ type: 'longtask', buffered: true });
};

async function withScript(context, url, script, work) {
	const page = await context.newPage();
	await page.goto(`${url}/privacy`);
	await page.addScriptTag({ path: script });
	try {
		return await work(page);
	} finally {
		await page.close();
	}
}

/** Opens the Overview and waits for the customer KPI to show the whole base; ms from navigation. */
async function overviewReady(context, url) {
	const page = await context.newPage();
	const t0 = Date.now();
	await page.goto(`${url}/overview`);
	await page.waitForSelector(`[data-testid="kpi-customers"][data-value="${CUSTOMERS}"]`, LONG);
	const ms = Date.now() - t0;
	const longTaskMs = await page.evaluate(() => window.__longTaskMs);
	return { page, ms, longTaskMs };
}

export async function benchResults({ context, url, script }) {
	await context.addInitScript(LONG_TASKS);
	const datasetId = await withScript(context, url, script, async (page) => {
		const id = await page.evaluate((n) => window.StrataBench.seedResultsDataset(n), CUSTOMERS);
		await page.evaluate((v) => localStorage.setItem('strata.activeDataset', v), id);
		return id;
	});
	const runs = [];
	for (let i = 0; i < RUNS; i++) {
		await withScript(context, url, script, (page) =>
			page.evaluate((id) => window.StrataBench.dropStoredTiering(id), datasetId)
		);
		const cold = await overviewReady(context, url);
		await cold.page.close();
		const warm = await overviewReady(context, url);
		// Strategies after the Overview, as a user goes: client-side navigation, analysis already in the page.
		await warm.page.evaluate(() => (window.__longTaskMs = 0));
		await warm.page.locator('a[href="/strategies"]').first().click();
		const refresh = await warm.page.waitForFunction(
			() => performance.getEntriesByName('strategies.refreshResults').at(-1)?.duration,
			undefined,
			LONG
		);
		const refreshMs = await refresh.jsonValue();
		await new Promise((r) => setTimeout(r, 500));
		const strategiesLongTaskMs = await warm.page.evaluate(() => window.__longTaskMs);
		await warm.page.close();
		const raw = await withScript(context, url, script, async (page) => ({
			reread: await page.evaluate((id) => window.StrataBench.rereadStoredTiering(id), datasetId),
			worker: await page.evaluate((n) => window.StrataBench.receiveFromWorker(n), CUSTOMERS)
		}));
		runs.push({ cold, warm, refreshMs, strategiesLongTaskMs, raw });
		console.log(
			`  results run ${i + 1}: ${JSON.stringify(runs.at(-1), (k, v) => (k === 'page' ? undefined : v))}`
		);
	}
	const m = (f) => median(runs.map(f));
	const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
	const ms = (v) => `${Math.round(v)} ms`;
	return {
		title: `Result route, ${CUSTOMERS.toLocaleString('en')} customers × 1,000,000 lines, median of ${RUNS} (shared machine)`,
		rows: [
			[
				'Overview ready, tiering computed',
				s(m((r) => r.cold.ms)),
				`main-thread long tasks ${ms(m((r) => r.cold.longTaskMs))}`
			],
			[
				'Overview ready, stored tiering',
				s(m((r) => r.warm.ms)),
				`main-thread long tasks ${ms(m((r) => r.warm.longTaskMs))}`
			],
			[
				'Strategies: refresh of per-customer results (state/strategies.svelte.ts)',
				ms(m((r) => r.refreshMs)),
				`main-thread long tasks while the page opens ${ms(m((r) => r.strategiesLongTaskMs))}`
			],
			[
				'raw: re-read + decode the stored tiering record on the main thread',
				ms(m((r) => r.raw.reread.wallMs)),
				`long tasks ${ms(m((r) => r.raw.reread.longTaskMs))}, ${runs[0].raw.reread.columns} number columns`
			],
			[
				'raw: the same columns copied in a worker and transferred',
				ms(m((r) => r.raw.worker.wallMs)),
				`long tasks ${ms(m((r) => r.raw.worker.longTaskMs))}, ${runs[0].raw.worker.columns} columns`
			]
		]
	};
}
