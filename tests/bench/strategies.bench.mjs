// Strategies benchmark: migration matrix + Sankey between two 100,000-customer snapshots, and a 100,000-row
// action-list export, in headless Chromium beside a raw id-matching pass.
import { median } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export async function benchStrategies({ context, url, script }) {
	const page = await context.newPage();
	await page.goto(`${url}/privacy`);
	await page.addScriptTag({ path: script });
	const runs = [];
	for (let i = 0; i < RUNS; i++)
		runs.push(await page.evaluate(() => window.StrataBench.runStrategiesBench()));
	await page.close();
	const m = (k) => median(runs.map((r) => r[k]));
	const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
	return {
		title: `Strategies, two snapshots of 100,000 customers (5,000 new, 5,000 lost), median of ${RUNS}`,
		rows: [
			['floor: match the ids of two snapshots through a Map (raw)', s(m('floorMs')), ''],
			[
				'migration matrix + Sankey layout',
				`${s(m('migrationMs'))} (${runs[0].cells.toLocaleString('en')} customers in the cells)`,
				`target ≤ 1 s → ${m('migrationMs') <= 1000 ? 'MET' : 'NOT MET'}`
			],
			[
				'action list, 100,000 rows ranked → CSV',
				`${s(m('csvMs'))} (${m('csvMb').toFixed(1)} MB)`,
				`target ≤ 3 s → ${m('csvMs') <= 3000 ? 'MET' : 'NOT MET'}`
			],
			[
				'action list, 100,000 rows ranked → XLSX',
				`${s(m('xlsxMs'))} (${m('xlsxMb').toFixed(1)} MB)`,
				`target ≤ 3 s → ${m('xlsxMs') <= 3000 ? 'MET' : 'NOT MET'}`
			]
		]
	};
}
