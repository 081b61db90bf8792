// The active dataset's tiering as reactive state, over the analysis worker's client (started on first use,
// kept alive: it caches the columns for previews and customer pages). A newer analyse supersedes an older one,
// which stops inside the worker at its next phase.
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
import type { AnalysisApi, AnalysisProgress, SqlFile } from '$lib/workers/analysis-protocol';
import { WorkerClient } from '$lib/workers/client';
import type { Outcome } from '$lib/workers/rpc';
import { spawnAnalysisWorker } from '$lib/workers/spawn';
import { workspace } from './workspace.svelte';
import type { ClvValidation, ValidationOptions } from '$lib/domain/clv/validation';

export type AnalysisStatus = 'idle' | 'running' | 'ready' | 'error';

const client = new WorkerClient<AnalysisApi>({
	create: spawnAnalysisWorker,
	// Encryption at rest: the worker opens the store itself, so it needs the key.
	onStart: (worker) => shareKeyWith(worker as Worker),
	crashed: { key: 'views.error.worker' },
	cancelled: { key: 'views.error.failed' }
});

const valueOrError = <T>(out: Outcome<T>): T | MessageRef => ('error' in out ? out.error : out.value);

class Analysis {
	status = $state<AnalysisStatus>('idle');
	progress = $state<AnalysisProgress>({ phase: 'load', fraction: 0 });
	view = $state.raw<TieringView | undefined>(undefined);
	table = $state.raw<CustomerTable | undefined>(undefined);
	error = $state.raw<MessageRef | undefined>(undefined);
	/** The dataset the current view belongs to. */
	datasetId = $state<string | undefined>(undefined);
	private runningFor: string | undefined;

	/** Analyses a dataset (the stored result when its inputs are unchanged). Newest call wins. */
	async run(datasetId: string, definitions?: TieringDefinitions): Promise<void> {
		const reply = client.call(
			'analyse',
			{ datasetId, definitions },
			{ latest: 'analyse', onEvent: (p) => (this.progress = p) }
		);
		this.status = 'running';
		this.error = undefined;
		this.progress = { phase: 'load', fraction: 0 };
		if (this.datasetId !== datasetId) {
			this.view = undefined;
			this.table = undefined;
		}
		const out = await reply;
		if ('aborted' in out) return;
		if ('error' in out) {
			this.error = out.error;
			this.status = 'error';
			return;
		}
		this.view = out.value.view;
		this.table = out.value.table;
		this.datasetId = datasetId;
		this.status = 'ready';
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

	/** Saves new definitions for the active dataset and recomputes. */
	recompute(definitions: TieringDefinitions): Promise<void> {
		const id = this.datasetId ?? workspace.active?.id;
		if (!id) return Promise.resolve();
		return this.run(id, definitions);
	}

	async previewTiers(definition: TierDefinition, measure?: string): Promise<TierPreview | MessageRef> {
		return valueOrError(
			await client.call('previewTiers', { definition: $state.snapshot(definition), measure })
		);
	}

	/** The active tiering as an SQL file (string building in the worker, where the definitions are). */
	async exportSql(dialect: SqlDialectName, cutoffs: CutoffMode): Promise<SqlFile | MessageRef> {
		const datasetId = this.datasetId;
		if (!datasetId) return { key: 'views.error.noDataset' };
		return valueOrError(await client.call('exportSql', { datasetId, dialect, cutoffs }));
	}

	/** The tiering's per-customer number columns beyond `table` (indicators, CLV outlook), from the worker. */
	async numbers(datasetId: string): Promise<Record<string, Float64Array> | MessageRef> {
		return valueOrError(await client.call('numbers', { datasetId }));
	}

	async customer(index: number, datasetId = this.datasetId): Promise<CustomerDetail | MessageRef> {
		if (!datasetId) return { key: 'views.error.noDataset' };
		return valueOrError(await client.call('customer', { datasetId, index }));
	}
}

export const analysis = new Analysis();

/** The CLV holdout check of a dataset, computed in the analysis worker (see $lib/domain/clv/validation). */
export async function requestClvValidation(
	datasetId: string,
	options: ValidationOptions
): Promise<ClvValidation | MessageRef> {
	return valueOrError(await client.call('clvValidation', { datasetId, options }));
}
