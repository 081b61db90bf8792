// Tiering benchmark: indicators + RFM + value score + tiers, and the BG/NBD + Gamma–Gamma fit, for 100,000
// customers × 1,000,000 lines in headless Chromium, beside one plain pass over the transaction table.
import { median } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export async function benchTiering({ context, url, script }) {
	const page = await context.newPage();
	await page.goto(`${url}/privacy`);
	await page.addScriptTag({ path: script });
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(() => window.StrataBench.runTieringBench()));
	await page.close();
	const m = (k) => median(runs.map((r) => r[k]));
	const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
	return {
		title: `Tiering, 100,000 customers × 1,000,000 lines, median of ${RUNS}`,
		rows: [
			['floor: one pass over the transaction table (raw)', s(m('floorMs')), ''],
			[
				'indicators + RFM + value score + tiers',
				s(m('tieringMs')),
				`${(m('tieringMs') / m('floorMs')).toFixed(0)}× the floor; target ≤ 3 s → ${m('tieringMs') <= 3000 ? 'MET' : 'NOT MET'}`
			],
			[
				'CLV summary + BG/NBD + Gamma–Gamma fit',
				`${s(m('clvMs'))} (BG/NBD ${s(m('bgMs'))}, GG ${s(m('ggMs'))})`,
				`fits ${runs.every((r) => r.bgOk && r.ggOk) ? 'converged' : 'reported an error'}; target ≤ 5 s → ${m('clvMs') <= 5000 ? 'MET' : 'NOT MET'}`
			],
			[
				'CLV holdout check: BG/NBD + Pareto/NBD + Gamma–Gamma',
				s(m('holdoutMs')),
				`fits ${runs.every((r) => r.holdoutOk) ? (runs.every((r) => r.holdoutConverged) ? 'converged' : 'ran, one did not converge') : 'reported an error'}; target ≤ 5 s → ${m('holdoutMs') <= 5000 ? 'MET' : 'NOT MET'}`
			]
		]
	};
}
