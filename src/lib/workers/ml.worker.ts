// The ML worker: picks the TF.js backend (measured trial, remembered per device by the page), then a thin
// switch from messages to the ML jobs in jobs/. It opens the store itself; only ids and summaries cross.
/// <reference lib="webworker" />
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
import type {
	BackendInfo,
	KeyMessage,
	MlWorkerRequest,
	MlWorkerResponse,
	StoredBackend
} from './ml-protocol';

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

const post = (message: MlWorkerResponse, transfer: Transferable[] = []) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

let backend: Promise<BackendInfo> | undefined;
let trained: TrainedModels | undefined;
/** Cooperative cancel for the running job; the page may also terminate the worker outright. */
const signal = { aborted: false };

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

async function handle(msg: MlWorkerRequest): Promise<void> {
	const { id } = msg;
	if (msg.type === 'init') {
		backend = startBackend(msg.stored);
		return post({ id, type: 'backend', info: await backend });
	}
	backend ??= startBackend({});
	// Reading stored results and setups needs no backend: answer those at once so a reopened page is instant.
	if (msg.type !== 'clusterOptions' && msg.type !== 'churnSetup') await backend;
	const { db } = await openDb();
	signal.aborted = false;
	const report = (phase: Extract<MlWorkerResponse, { type: 'progress' }>['phase'], fraction: number | null) =>
		post({ id, type: 'progress', phase, fraction });
	switch (msg.type) {
		case 'clusterOptions': {
			const info = await clusterOptions(db, msg.datasetId);
			return post(
				'error' in info ? { id, type: 'error', error: info.error } : { id, type: 'clusterOptions', info }
			);
		}
		case 'scan': {
			const result = await runScan(db, msg.datasetId, msg.features, report, signal);
			return post(
				'error' in result ? { id, type: 'error', error: result.error } : { id, type: 'scan', result }
			);
		}
		case 'cluster': {
			const result = await runClusters(db, msg.datasetId, msg.features, msg.k, report, signal);
			return post(
				'error' in result ? { id, type: 'error', error: result.error } : { id, type: 'cluster', result }
			);
		}
		case 'churnSetup': {
			const base = await loadCustomerBase(db, msg.datasetId);
			if ('error' in base) return post({ id, type: 'error', error: base.error });
			const setup = await churnSetupFor(db, base);
			const stored = await restoreChurn(db, base).catch(() => undefined);
			return post({ id, type: 'churnSetup', setup, stored });
		}
		case 'train': {
			disposeTrained(trained);
			trained = undefined;
			const out = await trainChurn(
				db,
				msg.datasetId,
				msg.label,
				msg.model,
				msg.seed,
				report,
				(model, log, maxEpochs) => post({ id, type: 'epoch', model, log, maxEpochs }),
				signal
			);
			if ('error' in out) return post({ id, type: 'error', error: out.error });
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
			return post({ id, type: 'trained', result: out.summary, trainedAt: out.trainedAt });
		}
		case 'saveModel': {
			if (!trained) return post({ id, type: 'error', error: { key: 'mlv.error.nothingTrained' } });
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
			return post({ id, type: 'saved', modelId });
		}
		case 'rescore': {
			report('score', null);
			const result = await rescore(db, msg.modelId, msg.datasetId);
			return post(
				'error' in result ? { id, type: 'error', error: result.error } : { id, type: 'rescored', result }
			);
		}
	}
}

self.onmessage = (event: MessageEvent<MlWorkerRequest | { type: 'cancel' } | KeyMessage>) => {
	const msg = event.data;
	if (msg.type === 'key') return setSessionKey(msg.key);
	if (msg.type === 'cancel') {
		signal.aborted = true;
		return;
	}
	// Everything but starting the backend reads or writes customer data: under the shared workspace lock.
	const run =
		msg.type === 'init' ? handle(msg) : openDb().then(({ db }) => withWriteLock(db, () => handle(msg)));
	run.catch((e: unknown) => {
		console.error(e);
		post({
			id: msg.id,
			type: 'error',
			error: isLockedError(e)
				? { key: 'atRest.locked' }
				: { key: 'mlv.error.failed', params: { detail: e instanceof Error ? e.message : String(e) } }
		});
	});
};
