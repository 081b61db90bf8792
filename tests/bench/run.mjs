// `npm run bench`: performance figures in headless Chromium on the built app, each beside a raw baseline
// measured in the same run. Figures are medians; machines are noisy, so read ratios, not absolutes.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ensureDeps, run } from '../../scripts/ensure-deps.mjs';
import { launch, serve } from './browser.mjs';
import { benchImport } from './import.bench.mjs';
import { benchImportRetail } from './import-retail.bench.mjs';
import { benchTiering } from './tiering.bench.mjs';
import { benchMl } from './ml.bench.mjs';
import { benchStrategies } from './strategies.bench.mjs';
import { benchBackup } from './backup.bench.mjs';
import { benchResults } from './results.bench.mjs';

ensureDeps();
// The SQL export's section needs no browser: DuckDB runs the exported file in this process.
if (process.env.BENCH_ONLY === 'sql') {
	const { benchSql } = await import('./sql.bench.mjs');
	const section = await benchSql();
	console.log(`\n## ${section.title}`);
	for (const [name, value, note] of section.rows)
		console.log(`  ${name}  ${value}${note ? `   ${note}` : ''}`);
	process.exit(0);
}
if (!process.env.BENCH_SKIP_BUILD && run('vite', ['build', '--logLevel', 'warn']) !== 0) process.exit(1);

// The raw baselines and in-page workloads as one script the bench injects into a page (window.StrataBench).
const script = 'tests/bench/.data/bench-page.js';
await build({
	configFile: false,
	logLevel: 'warn',
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	build: {
		outDir: 'tests/bench/.data',
		emptyOutDir: false,
		lib: {
			entry: 'tests/bench/raw/index.ts',
			name: 'StrataBench',
			formats: ['iife'],
			fileName: () => 'bench-page.js'
		}
	}
});

const server = await serve();
const context = await launch();
const sections = [];
try {
	const only = process.env.BENCH_ONLY;
	if (!only || only === 'import') sections.push(await benchImport({ context, url: server.url, script }));
	if (!only || only === 'import-retail')
		sections.push(await benchImportRetail({ context, url: server.url, script }));
	if (!only || only === 'tiering') sections.push(await benchTiering({ context, url: server.url, script }));
	if (!only || only === 'ml') sections.push(await benchMl({ context, url: server.url }));
	if (!only || only === 'strategies')
		sections.push(await benchStrategies({ context, url: server.url, script }));
	if (!only || only === 'backup') sections.push(await benchBackup({ context, url: server.url }));
	if (!only || only === 'results') sections.push(await benchResults({ context, url: server.url, script }));
} finally {
	await context.close();
	server.stop();
}

for (const section of sections) {
	console.log(`\n## ${section.title}`);
	const width = Math.max(...section.rows.map((r) => r[0].length));
	for (const [name, value, note] of section.rows)
		console.log(`  ${name.padEnd(width)}  ${value}${note ? `   ${note}` : ''}`);
}
