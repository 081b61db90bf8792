// Owns the ML worker (TF.js lives only there) and exposes clustering and churn state to the pages. The backend
// choice the worker measured is remembered per device; Cancel terminates the worker, the next job restarts it.
import MlWorker from '$lib/workers/ml.worker?worker';
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
import type {
	BackendInfo,
	MlPhase,
	MlWorkerRequest,
	MlWorkerResponse,
	StoredBackend
} from '$lib/workers/ml-protocol';
import { openDb } from '$lib/storage/open-db';
import { deleteModel, listModels, type ModelSummary } from '$lib/storage/models';
import { getDefinition, putDefinition } from '$lib/storage/definitions';
import { setChurnThreshold } from '$lib/storage/churn-scores';

export const BACKEND_KEY = 'strata.tfBackend';
export const CLUSTER_NAMES_KIND = 'clusterNames';
export const DEFAULT_THRESHOLD = 0.5;
/** Slider moves are written to the stored bands once the user pauses. */
const THRESHOLD_DEBOUNCE_MS = 400;

type Reply = Exclude<MlWorkerResponse, { type: 'progress' | 'epoch' }>;
type Payload = MlWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
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

	private worker: Worker | undefined;
	private nextId = 1;
	private pending = new Map<number, (reply: Reply) => void>();

	private ensureWorker(): Worker {
		if (this.worker) return this.worker;
		const worker = new MlWorker();
		shareKeyWith(worker); // encryption at rest: the worker opens the store itself, so it needs the key
		worker.onmessage = (event: MessageEvent<MlWorkerResponse>) => this.receive(event.data);
		worker.onerror = (e) => {
			console.error(e);
			this.stopWorker({ key: 'mlv.error.worker' });
		};
		this.worker = worker;
		const id = this.nextId++;
		this.pending.set(id, (reply) => {
			if (reply.type !== 'backend') return;
			this.backend = reply.info;
			writeStored({ choice: reply.info.choice, override: reply.info.override });
		});
		worker.postMessage({ id, type: 'init', stored: readStored() } satisfies MlWorkerRequest);
		return worker;
	}

	private stopWorker(error: MessageRef): void {
		this.worker?.terminate();
		this.worker = undefined;
		for (const [id, resolve] of this.pending) resolve({ id, type: 'error', error });
		this.pending.clear();
		this.job = undefined;
	}

	private receive(msg: MlWorkerResponse): void {
		if (msg.type === 'progress') {
			if (this.job) this.job = { ...this.job, phase: msg.phase, fraction: msg.fraction };
			return;
		}
		if (msg.type === 'epoch') {
			this.epochs = { ...this.epochs, [msg.model]: [...this.epochs[msg.model], msg.log] };
			if (this.job) this.job = { ...this.job, phase: 'train', fraction: null };
			return;
		}
		const resolve = this.pending.get(msg.id);
		this.pending.delete(msg.id);
		resolve?.(msg);
	}

	private async request(payload: Payload, kind?: JobKind): Promise<Reply> {
		const worker = this.ensureWorker();
		const id = this.nextId++;
		const reply = new Promise<Reply>((resolve) => this.pending.set(id, resolve));
		if (kind) this.job = { kind, phase: 'load', fraction: null };
		worker.postMessage({ ...payload, id } as MlWorkerRequest);
		const msg = await reply;
		if (kind) this.job = undefined;
		return msg;
	}

	/** Starts the worker early so the backend name shows before the first job. */
	start(): void {
		this.ensureWorker();
	}

	/** Stops the running job at once: the worker is terminated and restarted on the next request. */
	cancel(): void {
		this.stopWorker(CANCELLED);
	}

	/** A user-chosen backend (or automatic); the worker restarts to apply it. */
	setBackend(override: BackendName | undefined): void {
		const stored = readStored();
		writeStored({ choice: override ? stored.choice : undefined, override });
		this.stopWorker(CANCELLED);
		this.backend = undefined;
		this.ensureWorker();
	}

	// — Clusters —

	async followClusters(datasetId: string | undefined): Promise<void> {
		if (datasetId === this.clusterDataset) return;
		this.clusterDataset = datasetId;
		this.clusterInfo = this.scan = this.clusters = this.clusterError = undefined;
		if (!datasetId) return;
		const msg = await this.request({ type: 'clusterOptions', datasetId }, 'load');
		if (datasetId !== this.clusterDataset) return;
		if (msg.type === 'clusterOptions') {
			this.clusterInfo = msg.info;
			this.scan = msg.info.scan;
			this.clusters = msg.info.result;
		} else if (msg.type === 'error') this.clusterError = msg.error;
	}

	async runScan(features: ClusterFeatureSpec[]): Promise<void> {
		const datasetId = this.clusterDataset;
		if (!datasetId) return;
		this.clusterError = undefined;
		const msg = await this.request({ type: 'scan', datasetId, features }, 'scan');
		if (msg.type === 'scan') this.scan = msg.result;
		else if (msg.type === 'error') this.clusterError = msg.error;
	}

	async runClusters(features: ClusterFeatureSpec[], k: number): Promise<void> {
		const datasetId = this.clusterDataset;
		if (!datasetId) return;
		this.clusterError = undefined;
		const msg = await this.request({ type: 'cluster', datasetId, features, k }, 'cluster');
		if (msg.type === 'cluster') this.clusters = msg.result;
		else if (msg.type === 'error') this.clusterError = msg.error;
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
		const msg = await this.request({ type: 'churnSetup', datasetId }, 'load');
		if (datasetId !== this.churnDataset) return;
		if (msg.type === 'churnSetup') {
			this.churnSetup = msg.setup;
			// A stored scoring is shown as it was: evaluation, loss history, list and threshold, without training.
			const stored = msg.stored;
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
		} else if (msg.type === 'error') this.churnError = msg.error;
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
		const msg = await this.request({ type: 'train', datasetId, label, model, seed, threshold }, 'train');
		if (datasetId !== this.churnDataset) return;
		if (msg.type === 'trained') {
			this.churn = msg.result;
			this.rescored = undefined;
			this.churnTrainedAt = msg.trainedAt;
			this.churnSavable = true;
			// The slider may have moved while training: the stored bands follow the threshold now in force.
			if (this.churnThreshold !== threshold) this.queueThreshold(this.churnThreshold);
		} else if (msg.type === 'error') this.churnError = msg.error;
	}

	async saveModel(name: string, threshold: number): Promise<MessageRef | undefined> {
		const msg = await this.request({ type: 'saveModel', name, threshold });
		await this.refreshModels();
		return msg.type === 'error' ? msg.error : undefined;
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
		const msg = await this.request({ type: 'rescore', modelId, datasetId }, 'rescore');
		if (msg.type === 'rescored') {
			this.rescored = msg.result;
			// The worker stored the re-score as this dataset's scores; keep them banded at the threshold shown.
			if (datasetId === this.churnDataset) {
				this.churnTrainedAt = Date.now();
				this.queueThreshold(this.churnThreshold);
			}
		} else if (msg.type === 'error') this.churnError = msg.error;
	}
}

export const ml = new Ml();
