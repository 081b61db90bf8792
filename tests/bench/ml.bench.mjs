// ML benchmark: Strata's TF.js code (src/lib/ml) in a Web Worker of headless Chromium, on the backend picked by
// the app's own measured trial, each workload beside the plain typed-array JS version in the same worker and run.
// How: tests/bench/raw/ml-bench.ts is bundled as an IIFE and started as a Worker from a blob: URL in a page of the
// app's origin (the bench context bypasses the CSP, which forbids blob: workers in the app). The .wasm files are
// handed to the worker as bytes and served to TF.js from blob: URLs. Export: benchMl({ context, url }).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RUNS = Number(process.env.BENCH_ML_RUNS ?? process.env.BENCH_RUNS ?? 3);
const OUT = resolve(ROOT, 'tests/bench/.data');
const WASM_DIR = resolve(ROOT, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
const WASM_FILES = [
	'tfjs-backend-wasm.wasm',
	'tfjs-backend-wasm-simd.wasm',
	'tfjs-backend-wasm-threaded-simd.wasm'
];

async function bundle() {
	await build({
		configFile: false,
		logLevel: 'warn',
		root: ROOT,
		resolve: { alias: { $lib: resolve(ROOT, 'src/lib') } },
		define: { 'process.env.NODE_ENV': '"production"' },
		build: {
			outDir: OUT,
			emptyOutDir: false,
			minify: true,
			lib: {
				entry: resolve(ROOT, 'tests/bench/raw/ml-bench.ts'),
				name: 'StrataMlBench',
				formats: ['iife'],
				fileName: () => 'ml-bench.js'
			}
		}
	});
	return readFileSync(resolve(OUT, 'ml-bench.js'), 'utf8');
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/** Why TF.js is or is not within 1.5× of plain JS here, in one plain sentence. */
function why(backend, simd, name, ratio) {
	const where =
		backend === 'webgl'
			? 'software WebGL (SwiftShader: no GPU in headless Chromium here)'
			: backend === 'wasm'
				? `WASM${simd ? ' with SIMD' : ''}, one thread`
				: 'the pure-JS cpu backend';
	if (ratio <= 1.5)
		return `yes — on ${where} the matrix products are fast enough that dispatch and copying do not dominate`;
	if (name.startsWith('churn'))
		return `no — on ${where} each mini-batch is a chain of small kernels (gather, matMul, Adam updates) whose per-op dispatch costs more than the arithmetic; a fused typed-array loop has no such overhead`;
	if (name.startsWith('K scan'))
		return `no — the scan is 9 small fits on a 20,000-row sample plus silhouettes computed in plain JS either way; per-iteration tensor set-up and read-back of labels dominate on ${where}`;
	return `no — every Lloyd iteration reads centroid sums back from ${where}; with only 8 features the distance matrix is too thin for TF.js kernels to beat a cache-friendly loop`;
}

export async function benchMl({ context, url }) {
	const code = await bundle();
	const wasm = Object.fromEntries(
		WASM_FILES.map((f) => [f, readFileSync(resolve(WASM_DIR, f)).toString('base64')])
	);
	const telcoCsv = readFileSync(
		resolve(ROOT, 'tests/fixtures/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv'),
		'utf8'
	);
	const page = await context.newPage();
	if (process.env.BENCH_DEBUG) page.on('framenavigated', (f) => console.log('navigated', f.url()));
	if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('console', m.text().slice(0, 200)));
	// A static file of the app's origin: no app code and no dev-server client that could reload the page mid-run.
	await page.goto(`${url}/icons/icon-192.png`);
	const out = await page.evaluate(
		({ code, wasm, telcoCsv, runs }) =>
			new Promise((resolvePromise, reject) => {
				const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
				const bytes = Object.fromEntries(
					Object.entries(wasm).map(([name, b64]) => [
						name,
						Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer
					])
				);
				let backend;
				worker.onmessage = (e) => {
					if (e.data.type === 'backend') backend = e.data;
					if (e.data.type === 'done') resolvePromise({ ...e.data, backendInfo: backend });
					if (e.data.type === 'error') reject(new Error(e.data.message));
				};
				worker.onerror = (e) => reject(new Error(e.message));
				worker.postMessage({ type: 'start', wasm: bytes, telcoCsv, runs }, Object.values(bytes));
			}),
		{ code, wasm, telcoCsv, runs: RUNS }
	);
	await page.close();
	const name = out.backend === 'wasm' ? `wasm${out.simd ? ' (SIMD)' : ''}` : out.backend;
	const trials = out.trials
		.map((t) => `${t.name} ${t.ok ? `${Math.round(t.medianMs)} ms` : 'n/a'}`)
		.join(', ');
	const rows = [[`backend (measured trial: ${trials})`, name, 'TF.js runs in a Web Worker, as in the app']];
	for (const r of out.results) {
		const ratio = r.tfMs / r.plainMs;
		rows.push([
			r.name,
			`TF.js ${fmt(r.tfMs)} · plain JS ${fmt(r.plainMs)} · ratio ${ratio.toFixed(2)}×`,
			`within 1.5× of plain JS: ${why(out.backend, out.simd, r.name, ratio)}${r.detail ? ` (${r.detail})` : ''}`
		]);
	}
	return { title: `ML in a worker (median of ${RUNS}; TF.js on ${name} vs plain typed-array JS)`, rows };
}

// Standalone: `BENCH_URL=http://localhost:5173 node tests/bench/ml.bench.mjs` against a running dev or preview server.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { launch, serve } = await import('./browser.mjs');
	const server = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop() {} } : await serve();
	const context = await launch();
	try {
		const section = await benchMl({ context, url: server.url });
		console.log(`\n## ${section.title}`);
		for (const [n, v, note] of section.rows) console.log(`  ${n}\n      ${v}\n      ${note}`);
	} finally {
		await context.close();
		server.stop();
	}
}
