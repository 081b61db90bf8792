// The ML worker: picks the TF.js backend (measured trial, remembered per device by the page), then a thin
// map from requests to the ML jobs in jobs/, each with its own cancel signal. It opens the store itself; only
// ids and summaries cross.
import * as tf from '@tensorflow/tfjs';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import {
	activateBackend,
	chooseBackend,
	type BackendChoice,
	type ChooseBackendOptions
} from '$lib/ml/backend';
import { isLockedError, setSessionKey, withWriteLock } from '$lib/storage/at-rest';
import { openDb } from '$lib/storage/open-db';
import { clusterOptions, runClusters, runScan } from '$lib/jobs/cluster-run';
import { churnSetupFor } from '$lib/jobs/churn-setup';
import { attachModel, restoreChurn, storeChurn } from '$lib/jobs/churn-store';
import { loadCustomerBase } from '$lib/jobs/customer-base';
import { disposeTrained, trainChurn, type TrainedModels } from '$lib/jobs/churn-run';
import { saveModel } from '$lib/jobs/model-repo';
import { rescore } from '$lib/jobs/rescore';
import type { BackendInfo, MlApi, MlEvent, MlPhase, StoredBackend } from './ml-protocol';
import { fromJob, ok, type Handlers, type JobContext } from './rpc';
import { serve } from './serve';

// Served from our own origin (and precached by the service worker): nothing is fetched from a CDN. Threads
// are off (they need cross-origin isolation and did not help on 2 cores), so the threaded build is not shipped.
const BACKEND_OPTIONS: ChooseBackendOptions = {
	// WebGPU is tried only where the browser exposes it; its backend is loaded on demand (it is large).
	candidates:
		typeof navigator !== 'undefined' && 'gpu' in navigator
			? ['webgpu', 'webgl', 'wasm', 'cpu']
			: ['webgl', 'wasm', 'cpu'],
	loaders: { webgpu: () => import('@tensorflow/tfjs-backend-webgpu') },
	wasmPaths: {
		'tfjs-backend-wasm.wasm': wasmUrl,
		'tfjs-backend-wasm-simd.wasm': wasmSimdUrl
	},
	wasmThreads: false
};

let backend: Promise<BackendInfo> | undefined;
let trained: TrainedModels | undefined;

async function describe(choice: BackendChoice, override?: BackendInfo['override']): Promise<BackendInfo> {
	const name = tf.getBackend() as BackendInfo['name'];
	let simd: boolean | undefined;
	if (name === 'wasm') simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
	return { name, simd, choice: { ...choice, chosen: name }, override };
}

async function startBackend(stored: StoredBackend): Promise<BackendInfo> {
	if (stored.override) {
		try {
			if (await activateBackend(stored.override, BACKEND_OPTIONS))
				return describe(
					stored.choice ?? {
						chosen: stored.override,
						trials: [],
						measuredAt: Date.now(),
						workload: 'override'
					},
					stored.override
				);
		} catch {
			// The chosen backend does not work here: fall through to the measured choice.
		}
	}
	if (stored.choice) {
		try {
			if (await activateBackend(stored.choice.chosen, BACKEND_OPTIONS)) return describe(stored.choice);
		} catch {
			// The remembered backend broke (driver update, missing .wasm): measure again.
		}
	}
	return describe(await chooseBackend({ ...BACKEND_OPTIONS, repeats: 2, size: 192 }));
}

type Ctx = JobContext<MlEvent>;
const reporter =
	({ emit }: Ctx) =>
	(phase: MlPhase, fraction: number | null) =>
		emit({ type: 'progress', phase, fraction });

/** Jobs that need the TF.js backend wait for it; reading stored results does not, so a reopened page is instant. */
const withBackend = async () => {
	backend ??= startBackend({});
	await backend;
	return (await openDb()).db;
};

const handlers: Handlers<MlApi> = {
	async init({ stored }) {
		backend = startBackend(stored);
		return ok(await backend);
	},
	async clusterOptions({ datasetId }) {
		backend ??= startBackend({});
		const { db } = await openDb();
		return fromJob(await clusterOptions(db, datasetId));
	},
	async scan({ datasetId, features }, ctx) {
		const db = await withBackend();
		return fromJob(await runScan(db, datasetId, features, reporter(ctx), ctx.signal));
	},
	async cluster({ datasetId, features, k }, ctx) {
		const db = await withBackend();
		return fromJob(await runClusters(db, datasetId, features, k, reporter(ctx), ctx.signal));
	},
	async churnSetup({ datasetId }) {
		backend ??= startBackend({});
		const { db } = await openDb();
		const base = await loadCustomerBase(db, datasetId);
		if ('error' in base) return base;
		const setup = await churnSetupFor(db, base);
		const stored = await restoreChurn(db, base).catch(() => undefined);
		return ok({ setup, stored });
	},
	async train(msg, ctx) {
		const db = await withBackend();
		disposeTrained(trained);
		trained = undefined;
		const report = reporter(ctx);
		const out = await trainChurn(
			db,
			msg.datasetId,
			msg.label,
			msg.model,
			msg.seed,
			report,
			(model, log, maxEpochs) => ctx.emit({ type: 'epoch', model, log, maxEpochs }),
			ctx.signal
		);
		if ('error' in out) return out;
		trained = out;
		report('store', null);
		await storeChurn(db, {
			datasetId: out.datasetId,
			customerCount: out.customerCount,
			customers: out.scored,
			list: out.summary.list,
			threshold: msg.threshold,
			trainedAt: out.trainedAt,
			modelKind: msg.model,
			labelSource: out.label,
			result: out.summary
		}).catch((e: unknown) => console.error(e));
		return ok({ result: out.summary, trainedAt: out.trainedAt });
	},
	async saveModel(msg) {
		const db = await withBackend();
		if (!trained) return { error: { key: 'mlv.error.nothingTrained' } };
		const modelId = crypto.randomUUID();
		const s = trained.summary;
		await saveModel(db, {
			id: modelId,
			datasetId: trained.datasetId,
			name: msg.name,
			label: trained.label,
			metrics: {
				rocAuc: s.chosen.test.rocAuc,
				averagePrecision: s.chosen.test.averagePrecision,
				brier: s.chosen.test.brier,
				threshold: msg.threshold,
				seed: s.seed
			},
			model: { net: trained.chosen.net, pipeline: trained.chosen.pipeline },
			explainer:
				trained.chosen === trained.baseline
					? undefined
					: { net: trained.baseline.net, pipeline: trained.baseline.pipeline }
		});
		await attachModel(db, trained.datasetId, trained.trainedAt, modelId, msg.name).catch(() => {});
		return ok({ modelId });
	},
	async rescore({ modelId, datasetId }, ctx) {
		const db = await withBackend();
		reporter(ctx)('score', null);
		return fromJob(await rescore(db, modelId, datasetId));
	}
};

serve(handlers, {
	onKey: setSessionKey,
	// Everything but starting the backend reads or writes customer data: under the shared workspace lock.
	around: async (method, job) => (method === 'init' ? job() : withWriteLock((await openDb()).db, job)),
	fail: (e) =>
		isLockedError(e)
			? { key: 'atRest.locked' }
			: { key: 'mlv.error.failed', params: { detail: e instanceof Error ? e.message : String(e) } }
});
