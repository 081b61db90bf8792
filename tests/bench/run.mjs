// `npm run bench`: performance figures in headless Chromium on the built app, each beside a raw baseline
// measured in the same run. Figures are medians; machines are noisy, so read ratios, not absolutes.
import { build } from 'vite';
import { ensureDeps, run } from '../../scripts/ensure-deps.mjs';
import { launch, serve } from './browser.mjs';
import { benchImport } from './import.bench.mjs';

ensureDeps();
if (!process.env.BENCH_SKIP_BUILD && run('vite', ['build', '--logLevel', 'warn']) !== 0) process.exit(1);

// The raw baselines as one script the bench injects into a page.
const rawScript = 'tests/bench/.data/raw-baselines.js';
await build({
	configFile: false,
	logLevel: 'warn',
	build: {
		outDir: 'tests/bench/.data',
		emptyOutDir: false,
		lib: { entry: 'tests/bench/raw/raw-baselines.ts', name: 'StrataBenchRaw', formats: ['iife'], fileName: () => 'raw-baselines.js' }
	}
});

const server = await serve();
const context = await launch();
const sections = [];
try {
	const only = process.env.BENCH_ONLY;
	if (!only || only === 'import') sections.push(await benchImport({ context, url: server.url, rawScript }));
} finally {
	await context.close();
	server.stop();
}

for (const section of sections) {
	console.log(`\n## ${section.title}`);
	const width = Math.max(...section.rows.map((r) => r[0].length));
	for (const [name, value, note] of section.rows) console.log(`  ${name.padEnd(width)}  ${value}${note ? `   ${note}` : ''}`);
}
