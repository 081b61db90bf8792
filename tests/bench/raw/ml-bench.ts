// The ML benchmark's worker: Strata's own TF.js code (src/lib/ml) on the backend chosen by the same measured
// trial the app uses, each workload beside the plain typed-array implementation, in the same worker and run.
// Built as an IIFE and started from a blob: URL (the bench browser context bypasses the CSP that forbids that).
import * as tf from '@tensorflow/tfjs';
import Papa from 'papaparse';
import { chooseBackend } from '$lib/ml/backend';
import { trainBinaryNet, type Dataset } from '$lib/ml/binary-net';
import { createLogistic } from '$lib/ml/logistic';
import { createMlp } from '$lib/ml/mlp';
import { trainChurnModel } from '$lib/ml/churn-train';
import { kmeansTf } from '$lib/ml/kmeans';
import { scanK } from '$lib/ml/cluster-scan';
import { kmeansPlain } from '$lib/domain/kmeans-plain';
import { transform, type RawColumn } from '$lib/domain/features';
import { seededRandom } from '$lib/domain/split';
import { plainLogistic, plainMlp, type PlainData } from './ml-plain';

interface Start {
	type: 'start';
	wasm: Record<string, ArrayBuffer>;
	telcoCsv: string;
	runs: number;
}

const post = (m: unknown) => (self as unknown as { postMessage(m: unknown): void }).postMessage(m);

async function time<T>(fn: () => Promise<T> | T, runs: number): Promise<{ ms: number; last: T }> {
	const times: number[] = [];
	let last: T | undefined;
	for (let r = 0; r < runs; r++) {
		const t0 = performance.now();
		last = await fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { ms: times[times.length >> 1], last: last as T };
}

const NUMERIC = new Set(['SeniorCitizen', 'tenure', 'MonthlyCharges', 'TotalCharges']);

function telcoColumns(csv: string): { columns: RawColumn[]; label: Int8Array } {
	const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
	const rows = parsed.data;
	const columns: RawColumn[] = (parsed.meta.fields ?? []).map((name) =>
		NUMERIC.has(name)
			? {
					name,
					kind: 'numeric',
					values: Float64Array.from(rows, (r) => (r[name].trim() === '' ? NaN : Number(r[name])))
				}
			: { name, kind: 'categorical', values: rows.map((r) => r[name].trim()) }
	);
	return { columns, label: Int8Array.from(rows, (r) => (r.Churn === 'Yes' ? 1 : 0)) };
}

/** Seeded synthetic churn data: standard-normal features, label drawn from a known logistic model. */
function synthetic(rows: number, cols: number, seed: number): Dataset {
	const rand = seededRandom(seed);
	const normal = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
	const w = Float64Array.from({ length: cols }, () => normal() * 0.5);
	const x = new Float32Array(rows * cols);
	const y = new Int8Array(rows);
	for (let i = 0; i < rows; i++) {
		let z = -1;
		for (let j = 0; j < cols; j++) {
			const v = normal();
			x[i * cols + j] = v;
			z += w[j] * v;
		}
		y[i] = rand() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
	}
	return { x, rows, cols, y };
}

function splitRows(d: Dataset, share: number): [Dataset, Dataset] {
	const cut = Math.round(d.rows * share);
	const part = (a: number, b: number): Dataset => ({
		x: d.x.subarray(a * d.cols, b * d.cols),
		rows: b - a,
		cols: d.cols,
		y: (d.y as Int8Array).subarray(a, b)
	});
	return [part(0, cut), part(cut, d.rows)];
}

function blobs(n: number, d: number, k: number, seed: number): Float64Array {
	const rand = seededRandom(seed);
	const centres = Float64Array.from({ length: k * d }, () => rand() * 10);
	const x = new Float64Array(n * d);
	for (let i = 0; i < n; i++) {
		const c = i % k;
		for (let f = 0; f < d; f++) x[i * d + f] = centres[c * d + f] + 2.5 * (rand() + rand() + rand() - 1.5);
	}
	return x;
}

async function run(msg: Start): Promise<void> {
	const paths = Object.fromEntries(
		Object.entries(msg.wasm).map(([name, buf]) => [
			name,
			URL.createObjectURL(new Blob([buf], { type: 'application/wasm' }))
		])
	);
	const choice = await chooseBackend({
		candidates: ['webgl', 'wasm', 'cpu'],
		wasmPaths: paths,
		wasmThreads: false
	});
	let simd: boolean | undefined;
	if (choice.chosen === 'wasm') simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
	post({ type: 'backend', choice, simd });
	const runs = msg.runs;
	const results: { name: string; tfMs: number; plainMs: number; detail: string }[] = [];

	// 1. Telco (7,043 rows): the app's whole churn training path (pipeline, split, early stopping) vs plain JS
	//    logistic on the same matrices for the same number of epochs.
	const telco = telcoColumns(msg.telcoCsv);
	const tfTelco = await time(async () => {
		const out = await trainChurnModel(telco.columns, telco.label, {
			model: 'logistic',
			seed: 1,
			epochs: 100
		});
		if ('error' in out) throw new Error(out.error);
		out.net.params.kernel.dispose();
		out.net.params.bias.dispose();
		return out;
	}, runs);
	const t = tfTelco.last;
	const mat = (rows: Int32Array): PlainData => {
		const m = transform(t.pipeline, telco.columns, rows);
		if ('error' in m) throw new Error('missing column');
		return { x: m.values, rows: m.rows, cols: m.cols, y: Int8Array.from(rows, (r) => telco.label[r]) };
	};
	const epochs = t.report.history.length;
	const trainM = mat(t.split.train);
	const valM = mat(t.split.validation);
	const plainTelco = await time(() => plainLogistic(trainM, valM, epochs, 256), runs);
	results.push({
		name: `churn logistic, Telco ${telco.label.length} rows × ${trainM.cols} features, ${epochs} epochs (early stop), AUC ${t.test.rocAuc.toFixed(3)}`,
		tfMs: tfTelco.ms,
		plainMs: plainTelco.ms,
		detail: 'TF.js includes pipeline fit, split and test scoring; plain JS is the training loop only'
	});
	post({ type: 'progress', done: results.length });

	// 2. 100,000 × 30 features, 10 epochs, batch 512: logistic and MLP (32 hidden).
	const big = synthetic(100_000, 30, 7);
	const [bigTrain, bigVal] = splitRows(big, 0.8);
	for (const kind of ['logistic', 'mlp'] as const) {
		const tfRun = await time(async () => {
			const net = kind === 'mlp' ? createMlp(30, 32, 1) : createLogistic(30);
			await trainBinaryNet(net, bigTrain, bigVal, {
				epochs: 10,
				patience: 1000,
				batchSize: 512,
				seed: 1,
				learningRate: kind === 'mlp' ? 0.003 : 0.02
			});
			Object.values(net.params).forEach((v) => v.dispose());
		}, runs);
		const plainRun = await time(
			() =>
				kind === 'mlp' ? plainMlp(bigTrain, bigVal, 10, 32, 512) : plainLogistic(bigTrain, bigVal, 10, 512),
			runs
		);
		results.push({
			name: `churn ${kind}, 100,000 × 30, 10 epochs, batch 512`,
			tfMs: tfRun.ms,
			plainMs: plainRun.ms,
			detail: ''
		});
		post({ type: 'progress', done: results.length });
	}

	// 3. k-means 100,000 × 8, K = 6 (one k-means++ start, as the defaults choose at this size).
	const x = blobs(100_000, 8, 6, 3);
	const tfK = await time(() => kmeansTf(x, 100_000, 8, { k: 6, seed: 1 }), runs);
	const plainK = await time(() => kmeansPlain(x, 100_000, 8, { k: 6, seed: 1 }), runs);
	results.push({
		name: `k-means 100,000 × 8, K = 6 (${tfK.last.iterations} / ${plainK.last.iterations} iterations)`,
		tfMs: tfK.ms,
		plainMs: plainK.ms,
		detail: ''
	});
	post({ type: 'progress', done: results.length });

	// 4. The K = 2…10 scan with silhouette (fitted on a 20,000-row sample, silhouette on 2,000), as the app runs it.
	const tfScan = await time(() => scanK(x, 100_000, 8, { engine: 'tf', seed: 1 }), runs);
	const plainScan = await time(() => scanK(x, 100_000, 8, { engine: 'plain', seed: 1 }), runs);
	const suggested = (r: Awaited<ReturnType<typeof scanK>>) => ('error' in r ? '?' : String(r.suggestion.k));
	results.push({
		name: `K scan 2…10 + silhouette, 100,000 × 8 (suggests K = ${suggested(tfScan.last)} / ${suggested(plainScan.last)})`,
		tfMs: tfScan.ms,
		plainMs: plainScan.ms,
		detail: ''
	});
	post({ type: 'done', results, backend: choice.chosen, simd, trials: choice.trials });
}

self.onmessage = (e: MessageEvent<Start>) => {
	run(e.data).catch((err: unknown) =>
		post({ type: 'error', message: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) })
	);
};
