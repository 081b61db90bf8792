// Import benchmark: a 1,000,000-line transaction CSV picked in the real Import page → dataset committed,
// against papaparse parse-only and a naive one-record-per-row Dexie bulkAdd, measured in the same browser.
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import { generateTransactionCsv } from './generate-csv.mjs';
import { chromiumRssMb, median } from './browser.mjs';

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function pickFile(page, selector, path) {
	await page.setInputFiles(selector, path);
}

export async function benchImport({ context, url, script }) {
	const csv = resolve(
		await generateTransactionCsv(`tests/bench/.data/transactions-${LINES}.csv`, LINES, Math.round(LINES / 10))
	);
	const sizeMb = statSync(csv).size / 1e6;
	const page = context.pages()[0] ?? (await context.newPage());

	// Raw baselines in a page of the app's origin (IndexedDB needs an origin).
	await page.goto(`${url}/privacy`);
	await page.addScriptTag({ path: script });
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.type = 'file';
		input.id = 'bench-raw-file';
		document.body.append(input);
	});
	await pickFile(page, '#bench-raw-file', csv);
	const parse = [];
	for (let i = 0; i < RUNS; i++) {
		parse.push(
			await page.evaluate(() => {
				const f = document.querySelector('#bench-raw-file').files[0];
				return window.StrataBench.parseOnly(f);
			})
		);
	}
	const naiveRows = Math.min(100_000, LINES);
	const naive = [];
	for (let i = 0; i < RUNS; i++)
		naive.push(await page.evaluate((n) => window.StrataBench.naiveBulkAdd(n), naiveRows));

	// The whole import through the real UI: file picked → dataset committed.
	const whole = [];
	const longest = [];
	let peakRss = 0;
	for (let i = 0; i < RUNS; i++) {
		await page.goto(`${url}/import`);
		await page.evaluate(() => {
			window.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.__longTasks.push(e.duration);
			}).observe({ type: 'longtask', buffered: false });
		});
		const sampler = setInterval(async () => {
			peakRss = Math.max(peakRss, await chromiumRssMb());
		}, 250);
		const t0 = Date.now();
		await pickFile(page, '[data-testid=file-input]', csv);
		await page.getByTestId('start-import').click({ timeout: 60_000 });
		await page.getByTestId('quality-report').waitFor({ timeout: 600_000 });
		const ms = Date.now() - t0;
		clearInterval(sampler);
		const imported = Number(await page.getByTestId('rows-imported').getAttribute('data-value'));
		if (imported !== LINES) throw new Error(`imported ${imported} rows, expected ${LINES}`);
		whole.push(ms);
		longest.push(await page.evaluate(() => Math.max(0, ...window.__longTasks)));
		// Remove the dataset so each run starts from the same empty store.
		await page.evaluate(async () => {
			const dbs = await indexedDB.databases();
			for (const d of dbs) if (d.name === 'strata') indexedDB.deleteDatabase(d.name);
		});
	}

	const parseRate = LINES / (median(parse.map((p) => p.ms)) / 1000);
	const naiveRate = naiveRows / (median(naive.map((p) => p.ms)) / 1000);
	const wholeRate = LINES / (median(whole) / 1000);
	return {
		title: `Import ${LINES.toLocaleString('en')} lines (${sizeMb.toFixed(0)} MB CSV), median of ${RUNS}`,
		rows: [
			['papaparse parse-only (raw)', `${Math.round(parseRate).toLocaleString('en')} rows/s`, ''],
			[
				`naive Dexie bulkAdd, ${naiveRows.toLocaleString('en')} rows (raw)`,
				`${Math.round(naiveRate).toLocaleString('en')} rows/s`,
				''
			],
			[
				'Strata import, file picked → committed',
				`${Math.round(wholeRate).toLocaleString('en')} rows/s (${(median(whole) / 1000).toFixed(2)} s)`,
				`${((wholeRate / parseRate) * 100).toFixed(0)}% of papaparse; target ≥ 50% and ≤ 6 s → ${wholeRate / parseRate >= 0.5 && median(whole) <= 6000 ? 'MET' : 'NOT MET'}`
			],
			[
				'longest main-thread task during import',
				`${Math.round(median(longest))} ms (worst ${Math.round(Math.max(...longest))} ms)`,
				`target < 200 ms → ${Math.max(...longest) < 200 ? 'MET' : 'NOT MET'}`
			],
			['peak Chromium memory (RSS, all processes)', `${Math.round(peakRss)} MB`, '']
		]
	};
}
