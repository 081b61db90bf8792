// Clustering and churn state for the pages, over the ML worker's client (TF.js lives only there). The backend
// choice the worker measured is remembered per device. Cancel asks the running job to stop between chunks and
// terminates the worker if it does not within a moment; the next job restarts it.
import { shareKeyWith, withWriteLock } from '$lib/storage/at-rest';
import type { BackendName } from '$lib/ml/backend';
import type { EpochLog } from '$lib/ml/binary-net';
import type { MessageRef } from '$lib/domain/tiering-types';
import type {
	ClusterFeatureSpec,
	ClusterOptionsInfo,
	ClusterResult,
	ScanResult
} from '$lib/domain/cluster-types';
import type { ChurnResult, ChurnSetup, LabelChoice, RescoreResult } from '$lib/jobs/churn-types';
import type { BackendInfo, MlApi, MlEvent, MlPhase, StoredBackend } from '$lib/workers/ml-protocol';
import { WorkerClient } from '$lib/workers/client';
import type { Outcome } from '$lib/workers/rpc';
import { spawnMlWorker } from '$lib/workers/spawn';
import { openDb } from '$lib/storage/open-db';
import { deleteModel, listModels, type ModelSummary } from '$lib/storage/models';
import { getDefinition, putDefinition } from '$lib/storage/definitions';
import { setChurnThreshold } from '$lib/storage/churn-scores';

/** Pages see ML and stored types through this state class, never ml/, jobs/ or storage/ (lint boundary). */
export type { BackendName, ChurnResult, ChurnSetup, LabelChoice, ModelSummary, RescoreResult };
export type { WarningList } from '$lib/jobs/churn-types';

export const BACKEND_KEY = 'strata.tfBackend';
export const CLUSTER_NAMES_KIND = 'clusterNames';
export const DEFAULT_THRESHOLD = 0.5;
/** Slider moves are written to the stored bands once the user pauses. */
const THRESHOLD_DEBOUNCE_MS = 400;

export type JobKind = 'scan' | 'cluster' | 'train' | 'rescore' | 'load';

function readStored(): StoredBackend {
	try {
		const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(BACKEND_KEY);
		return raw ? (JSON.parse(raw) as StoredBackend) : {};
	} catch {
		return {};
	}
}

function writeStored(value: StoredBackend): void {
	try {
		localStorage.setItem(BACKEND_KEY, JSON.stringify(value));
	} catch {
		// Private mode: the trial simply runs again next time.
	}
}

const CANCELLED: MessageRef = { key: 'ml.error.cancelled' };

class Ml {
	backend = $state.raw<BackendInfo | undefined>(undefined);
	job = $state<{ kind: JobKind; phase: MlPhase; fraction: number | null } | undefined>(undefined);

	clusterDataset = $state<string | undefined>(undefined);
	clusterInfo = $state.raw<ClusterOptionsInfo | undefined>(undefined);
	scan = $state.raw<ScanResult | undefined>(undefined);
	clusters = $state.raw<ClusterResult | undefined>(undefined);
	clusterError = $state.raw<MessageRef | undefined>(undefined);

	churnDataset = $state<string | undefined>(undefined);
	churnSetup = $state.raw<ChurnSetup | undefined>(undefined);
	churn = $state.raw<ChurnResult | undefined>(undefined);
	epochs = $state.raw<{ logistic: EpochLog[]; mlp: EpochLog[] }>({ logistic: [], mlp: [] });
	churnError = $state.raw<MessageRef | undefined>(undefined);
	models = $state.raw<ModelSummary[]>([]);
	rescored = $state.raw<RescoreResult | undefined>(undefined);
	/** The threshold in force: it bands the list here and the stored scores other pages read. */
	churnThreshold = $state(DEFAULT_THRESHOLD);
	/** When the scores shown were computed (a restored or fresh training run, or a re-score of this dataset). */
	churnTrainedAt = $state<number | undefined>(undefined);
	/** The trained models are in the worker (this session's training), so they can be saved. */
	churnSavable = $state(false);
	private thresholdTimer: ReturnType<typeof setTimeout> | undefined;

	private client: WorkerClient<MlApi> = new WorkerClient<MlApi>({
		create: spawnMlWorker,
		onStart: (worker) => {
			shareKeyWith(worker as Worker); // encryption at rest: the worker opens the store itself
			void this.client.call('init', { stored: readStored() }).then((out) => {
				if (!('value' in out)) return;
				this.backend = out.value;
				writeStored({ choice: out.value.choice, override: out.value.override });
			});
		},
		crashed: { key: 'mlv.error.worker' },
		cancelled: CANCELLED,
		// A job that does not reach its next chunk in time (a long TF.js kernel) is stopped by termination.
		cancelGraceMs: 2_000
	});
	/** Every request in flight, so Cancel stops them all (as terminating the worker used to). */
	private inFlight = new Set<AbortController>();

	private onEvent = (event: MlEvent): void => {
		if (event.type === 'progress') {
			if (this.job) this.job = { ...this.job, phase: event.phase, fraction: event.fraction };
			return;
		}
		this.epochs = { ...this.epochs, [event.model]: [...this.epochs[event.model], event.log] };
		if (this.job) this.job = { ...this.job, phase: 'train', fraction: null };
	};

	private async request<M extends keyof MlApi & string>(
		method: M,
		args: MlApi[M]['args'],
		kind?: JobKind
	): Promise<Outcome<MlApi[M]['result']>> {
		const controller = new AbortController();
		this.inFlight.add(controller);
		if (kind) this.job = { kind, phase: 'load', fraction: null };
		const out = await this.client.call(method, args, { signal: controller.signal, onEvent: this.onEvent });
		this.inFlight.delete(controller);
		if (kind) this.job = undefined;
		return out;
	}

	/** Starts the worker early so the backend name shows before the first job. */
	start(): void {
		this.client.start();
	}

	/** Stops the running job: it ends at its next chunk, or the worker is terminated. */
	cancel(): void {
		for (const controller of this.inFlight) controller.abort();
		this.inFlight.clear();
		this.job = undefined;
	}

	/** A user-chosen backend (or automatic); the worker restarts to apply it. */
	setBackend(override: BackendName | undefined): void {
		const stored = readStored();
		writeStored({ choice: override ? stored.choice : undefined, override });
		this.client.stop();
		this.job = undefined;
		this.backend = undefined;
		this.client.start();
	}

	// — Clusters —

	async followClusters(datasetId: string | undefined): Promise<void> {
		if (datasetId === this.clusterDataset) return;
		this.clusterDataset = datasetId;
		this.clusterInfo = this.scan = this.clusters = this.clusterError = undefined;
		if (!datasetId) return;
		const out = await this.request('clusterOptions', { datasetId }, 'load');
		if (datasetId !== this.clusterDataset) return;
		if ('error' in out) return void (this.clusterError = out.error);
		this.clusterInfo = out.value;
		this.scan = out.value.scan;
		this.clusters = out.value.result;
	}

	async runScan(features: ClusterFeatureSpec[]): Promise<void> {
		const datasetId = this.clusterDataset;
		if (!datasetId) return;
		this.clusterError = undefined;
		const out = await this.request('scan', { datasetId, features }, 'scan');
		if ('error' in out) this.clusterError = out.error;
		else this.scan = out.value;
	}

	async runClusters(features: ClusterFeatureSpec[], k: number): Promise<void> {
		const datasetId = this.clusterDataset;
		if (!datasetId) return;
		this.clusterError = undefined;
		const out = await this.request('cluster', { datasetId, features, k }, 'cluster');
		if ('error' in out) this.clusterError = out.error;
		else this.clusters = out.value;
	}

	/** User names of the clusters, kept per dataset for the clustering they were given to. */
	async clusterNames(datasetId: string, hash: string): Promise<string[]> {
		const { db } = await openDb();
		const saved = await getDefinition<{ hash: string; names: string[] }>(db, datasetId, CLUSTER_NAMES_KIND);
		return saved?.hash === hash ? saved.names : [];
	}

	async saveClusterNames(datasetId: string, hash: string, names: string[]): Promise<void> {
		const { db } = await openDb();
		await withWriteLock(db, () => putDefinition(db, datasetId, CLUSTER_NAMES_KIND, { hash, names }));
	}

	// — Churn —

	async followChurn(datasetId: string | undefined): Promise<void> {
		if (datasetId === this.churnDataset) return;
		this.churnDataset = datasetId;
		this.churnSetup = this.churn = this.churnError = this.rescored = this.churnTrainedAt = undefined;
		this.churnThreshold = DEFAULT_THRESHOLD;
		this.churnSavable = false;
		this.epochs = { logistic: [], mlp: [] };
		void this.refreshModels();
		if (!datasetId) return;
		const out = await this.request('churnSetup', { datasetId }, 'load');
		if (datasetId !== this.churnDataset) return;
		if ('error' in out) return void (this.churnError = out.error);
		this.churnSetup = out.value.setup;
		// A stored scoring is shown as it was: evaluation, loss history, list and threshold, without training.
		const stored = out.value.stored;
		if (stored && !this.churn) {
			this.churn = stored.result;
			this.rescored = stored.rescored;
			this.churnThreshold = stored.threshold;
			this.churnTrainedAt = stored.trainedAt;
			if (stored.result)
				this.epochs = {
					logistic: stored.result.baseline.history,
					mlp: stored.result.chosen.kind === 'mlp' ? stored.result.chosen.history : []
				};
		}
	}

	/** Writes the threshold (and the re-banded scores) for the current dataset once the slider rests. */
	queueThreshold(threshold: number): void {
		const datasetId = this.churnDataset;
		clearTimeout(this.thresholdTimer);
		if (!datasetId || this.churnTrainedAt === undefined) return;
		this.thresholdTimer = setTimeout(() => {
			void openDb()
				.then(({ db }) => setChurnThreshold(db, datasetId, threshold))
				.catch((e: unknown) => console.error(e));
		}, THRESHOLD_DEBOUNCE_MS);
	}

	async train(label: LabelChoice, model: 'logistic' | 'mlp', seed: number): Promise<void> {
		const datasetId = this.churnDataset;
		if (!datasetId) return;
		this.churnError = undefined;
		this.epochs = { logistic: [], mlp: [] };
		const threshold = this.churnThreshold;
		const out = await this.request('train', { datasetId, label, model, seed, threshold }, 'train');
		if (datasetId !== this.churnDataset) return;
		if ('error' in out) return void (this.churnError = out.error);
		this.churn = out.value.result;
		this.rescored = undefined;
		this.churnTrainedAt = out.value.trainedAt;
		this.churnSavable = true;
		// The slider may have moved while training: the stored bands follow the threshold now in force.
		if (this.churnThreshold !== threshold) this.queueThreshold(this.churnThreshold);
	}

	async saveModel(name: string, threshold: number): Promise<MessageRef | undefined> {
		const out = await this.request('saveModel', { name, threshold });
		await this.refreshModels();
		return 'error' in out ? out.error : undefined;
	}

	async refreshModels(): Promise<void> {
		const { db } = await openDb();
		this.models = await listModels(db);
	}

	async deleteModel(id: string): Promise<void> {
		const { db } = await openDb();
		await deleteModel(db, id);
		await this.refreshModels();
	}

	async rescore(modelId: string, datasetId: string): Promise<void> {
		this.churnError = undefined;
		const out = await this.request('rescore', { modelId, datasetId }, 'rescore');
		if ('error' in out) return void (this.churnError = out.error);
		this.rescored = out.value;
		// The worker stored the re-score as this dataset's scores; keep them banded at the threshold shown.
		if (datasetId === this.churnDataset) {
			this.churnTrainedAt = Date.now();
			this.queueThreshold(this.churnThreshold);
		}
	}
}

export const ml = new Ml();
