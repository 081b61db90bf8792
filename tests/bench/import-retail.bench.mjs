// Import benchmark in the UCI Online Retail layout (no amount column: the amount is derived from quantity ×
// unit price; C-cancellations; a quarter of the lines without CustomerID), through the real Import page, beside
// papaparse parse-only of the same file. `BENCH_ONLY=import-retail npm run bench`.
import { resolve } from 'node:path';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { median } from './browser.mjs';

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Deterministic Online-Retail-layout CSV; returns the path and how many lines have no CustomerID. */
async function generateRetailCsv(path, lines) {
	let missing = 0;
	let s = 0x2010;
	const rand = () => {
		s = (s + 0x6d2b79f5) | 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	mkdirSync('tests/bench/.data', { recursive: true });
	// An existing file of the right size is reused; the generator still runs to count the missing ids.
	const write = existsSync(path) && statSync(path).size > lines * 40 ? null : createWriteStream(path);
	const start = Date.UTC(2010, 11, 1);
	let buffer = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';
	let invoice = 536365;
	for (let i = 0; i < lines;) {
		const noId = rand() < 0.25;
		const cancel = !noId && rand() < 0.02;
		const d = new Date(
			start + Math.floor((i / lines) * 373) * 86_400_000 + Math.floor(rand() * 600) * 60_000
		);
		const date = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
		const customer = noId ? '' : String(12346 + Math.floor(Math.pow(rand(), 1.3) * 4372));
		const n = Math.min(lines - i, 1 + Math.floor(rand() * 8));
		for (let k = 0; k < n; k++, i++) {
			const qty = (1 + Math.floor(rand() * 24)) * (cancel ? -1 : 1);
			const price = (0.4 + rand() * 12).toFixed(2);
			if (noId) missing++;
			buffer += `${cancel ? 'C' : ''}${invoice},${84000 + Math.floor(rand() * 3000)},ITEM ${k},${qty},${date},${price},${customer},United Kingdom\n`;
		}
		invoice++;
		if (write && buffer.length > 1 << 20) {
			if (!write.write(buffer)) await new Promise((r) => write.once('drain', r));
			buffer = '';
		}
	}
	if (write) {
		write.write(buffer);
		await new Promise((r) => write.end(r));
	}
	return { path, missing };
}

export async function benchImportRetail({ context, url, script }) {
	const { path, missing } = await generateRetailCsv(`tests/bench/.data/online-retail-${LINES}.csv`, LINES);
	const csv = resolve(path);
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(`${url}/privacy`);
	await page.addScriptTag({ path: script });
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.type = 'file';
		input.id = 'bench-raw-file';
		document.body.append(input);
	});
	await page.setInputFiles('#bench-raw-file', csv);
	const parse = [];
	for (let i = 0; i < RUNS; i++)
		parse.push(
			await page.evaluate(() =>
				window.StrataBench.parseOnly(document.querySelector('#bench-raw-file').files[0])
			)
		);
	const whole = [];
	for (let i = 0; i < RUNS; i++) {
		await page.goto(`${url}/import`);
		const t0 = Date.now();
		await page.setInputFiles('[data-testid=file-input]', csv);
		await page.getByTestId('derived-formula').waitFor({ timeout: 60_000 });
		await page.getByTestId('start-import').click({ timeout: 60_000 });
		await page.getByTestId('quality-report').waitFor({ timeout: 600_000 });
		whole.push(Date.now() - t0);
		const imported = Number(await page.getByTestId('rows-imported').getAttribute('data-value'));
		if (imported !== LINES - missing) throw new Error(`imported ${imported}, expected ${LINES - missing}`);
		await page.evaluate(async () => {
			for (const d of await indexedDB.databases()) if (d.name === 'strata') indexedDB.deleteDatabase(d.name);
		});
	}
	const parseRate = LINES / (median(parse.map((p) => p.ms)) / 1000);
	const wholeRate = LINES / (median(whole) / 1000);
	return {
		title: `Import ${LINES.toLocaleString('en')} lines in the Online Retail layout (derived amounts), median of ${RUNS}`,
		rows: [
			['papaparse parse-only (raw)', `${Math.round(parseRate).toLocaleString('en')} rows/s`, ''],
			[
				'Strata import, file picked → committed',
				`${Math.round(wholeRate).toLocaleString('en')} rows/s (${(median(whole) / 1000).toFixed(2)} s)`,
				`${((wholeRate / parseRate) * 100).toFixed(0)}% of papaparse; ${missing.toLocaleString('en')} lines rejected "no customer id"`
			]
		]
	};
}
