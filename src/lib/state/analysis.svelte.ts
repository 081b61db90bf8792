// Owns the analysis worker (started on first use) and exposes the active dataset's tiering as reactive state.
// Every request has an id; only the newest analyse request may change the state, so stale replies are dropped.
import AnalysisWorker from '$lib/workers/analysis.worker?worker';
import { shareKeyWith } from '$lib/storage/at-rest';
import type { TierDefinition } from '$lib/domain/tier-definition';
import type { CutoffMode, SqlDialectName } from '$lib/domain/sql/types';
import type {
	CustomerDetail,
	CustomerTable,
	MessageRef,
	TieringDefinitions,
	TieringView,
	TierPreview
} from '$lib/domain/tiering-types';
import type {
	AnalysisPhase,
	AnalysisWorkerRequest,
	AnalysisWorkerResponse
} from '$lib/workers/analysis-protocol';
import { workspace } from './workspace.svelte';
import type { ClvValidation, ValidationOptions } from '$lib/domain/clv/validation';

export type AnalysisStatus = 'idle' | 'running' | 'ready' | 'error';

type Reply = Extract<
	AnalysisWorkerResponse,
	{ type: 'analysed' | 'customer' | 'preview' | 'clvValidation' | 'sql' | 'error' }
>;
type Payload = AnalysisWorkerRequest extends infer R
	? R extends { id: number }
		? Omit<R, 'id'>
		: never
	: never;

class Analysis {
	status = $state<AnalysisStatus>('idle');
	progress = $state<{ phase: AnalysisPhase; fraction: number }>({ phase: 'load', fraction: 0 });
	view = $state.raw<TieringView | undefined>(undefined);
	table = $state.raw<CustomerTable | undefined>(undefined);
	error = $state.raw<MessageRef | undefined>(undefined);
	/** The dataset the current view belongs to. */
	datasetId = $state<string | undefined>(undefined);

	private worker: Worker | undefined;
	private nextId = 1;
	private latestAnalyse = 0;
	private pending = new Map<number, (reply: Reply) => void>();

	private ensureWorker(): Worker {
		if (this.worker) return this.worker;
		const worker = new AnalysisWorker();
		shareKeyWith(worker); // encryption at rest: the worker opens the store itself, so it needs the key
		worker.onmessage = (event: MessageEvent<AnalysisWorkerResponse>) => this.receive(event.data);
		worker.onerror = () => {
			for (const [id, resolve] of this.pending)
				resolve({ id, type: 'error', error: { key: 'views.error.worker' } });
			this.pending.clear();
			this.worker?.terminate();
			this.worker = undefined;
		};
		this.worker = worker;
		return worker;
	}

	private receive(msg: AnalysisWorkerResponse): void {
		if (msg.type === 'progress') {
			if (msg.id === this.latestAnalyse) this.progress = { phase: msg.phase, fraction: msg.fraction };
			return;
		}
		const resolve = this.pending.get(msg.id);
		this.pending.delete(msg.id);
		resolve?.(msg);
	}

	/** One request and its reply, for features that keep their own state (the CLV check). */
	send(payload: Payload): Promise<Reply> {
		return this.request(payload).reply;
	}

	private request(payload: Payload): { id: number; reply: Promise<Reply> } {
		const id = this.nextId++;
		const reply = new Promise<Reply>((resolve) => this.pending.set(id, resolve));
		this.ensureWorker().postMessage({ ...payload, id } as AnalysisWorkerRequest);
		return { id, reply };
	}

	/** Analyses a dataset (the stored result when its inputs are unchanged). Newest call wins. */
	async run(datasetId: string, definitions?: TieringDefinitions): Promise<void> {
		const { id, reply } = this.request({ type: 'analyse', datasetId, definitions });
		this.latestAnalyse = id;
		this.status = 'running';
		this.error = undefined;
		this.progress = { phase: 'load', fraction: 0 };
		if (this.datasetId !== datasetId) {
			this.view = undefined;
			this.table = undefined;
		}
		const msg = await reply;
		if (id !== this.latestAnalyse) return;
		if (msg.type === 'analysed') {
			this.view = msg.view;
			this.table = msg.table;
			this.datasetId = datasetId;
			this.status = 'ready';
		} else if (msg.type === 'error') {
			this.error = msg.error;
			this.status = 'error';
		}
	}

	/** Follows the active dataset: call from a page effect. */
	follow(datasetId: string | undefined): void {
		if (!datasetId) {
			this.view = undefined;
			this.table = undefined;
			this.datasetId = undefined;
			this.status = 'idle';
			return;
		}
		if (datasetId === this.datasetId && this.status !== 'error') return;
		if (this.status === 'running' && this.runningFor === datasetId) return;
		this.runningFor = datasetId;
		void this.run(datasetId);
	}
	private runningFor: string | undefined;

	/** Saves new definitions for the active dataset and recomputes. */
	recompute(definitions: TieringDefinitions): Promise<void> {
		const id = this.datasetId ?? workspace.active?.id;
		if (!id) return Promise.resolve();
		return this.run(id, definitions);
	}

	async previewTiers(definition: TierDefinition, measure?: string): Promise<TierPreview | MessageRef> {
		const msg = await this.request({ type: 'previewTiers', definition: $state.snapshot(definition), measure })
			.reply;
		return msg.type === 'preview'
			? msg.preview
			: msg.type === 'error'
				? msg.error
				: { key: 'views.error.failed' };
	}

	/** The active tiering as an SQL file (string building in the worker, where the definitions are). */
	async exportSql(
		dialect: SqlDialectName,
		cutoffs: CutoffMode
	): Promise<{ sql: string; fileName: string; notes: string[] } | MessageRef> {
		const datasetId = this.datasetId;
		if (!datasetId) return { key: 'views.error.noDataset' };
		const msg = await this.request({ type: 'exportSql', datasetId, dialect, cutoffs }).reply;
		if (msg.type === 'sql') return { sql: msg.sql, fileName: msg.fileName, notes: msg.notes };
		return msg.type === 'error' ? msg.error : { key: 'views.error.failed' };
	}

	async customer(index: number, datasetId = this.datasetId): Promise<CustomerDetail | MessageRef> {
		if (!datasetId) return { key: 'views.error.noDataset' };
		const msg = await this.request({ type: 'customer', datasetId, index }).reply;
		return msg.type === 'customer'
			? msg.detail
			: msg.type === 'error'
				? msg.error
				: { key: 'views.error.failed' };
	}
}

export const analysis = new Analysis();

/** The CLV holdout check of a dataset, computed in the analysis worker (see $lib/domain/clv/validation). */
export async function requestClvValidation(
	datasetId: string,
	options: ValidationOptions
): Promise<ClvValidation | MessageRef> {
	const msg = await analysis.send({ type: 'clvValidation', datasetId, options });
	return msg.type === 'clvValidation'
		? msg.validation
		: msg.type === 'error'
			? msg.error
			: { key: 'views.error.failed' };
}
