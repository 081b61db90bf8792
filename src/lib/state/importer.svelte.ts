// The import as reactive state, over the import worker's client (started lazily, stopped when idle). Cancel
// terminates the worker at once (in memory mode the pipeline stops at its next chunk), then removes what it wrote.
import { shareKeyWith } from '$lib/storage/at-rest';
import type { DatasetRecord, ImportReportRecord } from '$lib/storage/db';
import { openDb } from '$lib/storage/open-db';
import { discardDataset, findByContentHash, getDataset, readRejected } from '$lib/storage/datasets';
import type {
	DemoRequest,
	FilePreview,
	ImportApi,
	ImportDone,
	ImportEvent,
	ImportSpec,
	MessageRef,
	SniffOverrides
} from '$lib/workers/import-protocol';
import type { RejectedRow } from '$lib/domain/columns';
import { WorkerClient } from '$lib/workers/client';
import type { Outcome } from '$lib/workers/rpc';
import { spawnImportWorker } from '$lib/workers/spawn';
import { workspace } from './workspace.svelte';

/** Pages see stored records through this state class, never storage/ (lint boundary). */
export type { ImportReportRecord };

export type ImportPhase = 'idle' | 'sniffing' | 'preview' | 'importing' | 'done' | 'error';

const CANCELLED: MessageRef = { key: 'import.error.cancelled' };

class Importer {
	phase = $state<ImportPhase>('idle');
	progress = $state({ fraction: 0, rows: 0, rowsPerSecond: 0, bytes: 0 });
	preview = $state.raw<FilePreview | undefined>(undefined);
	report = $state.raw<ImportReportRecord | undefined>(undefined);
	error = $state.raw<MessageRef | undefined>(undefined);
	/** The dataset of the current (or last finished) import. */
	datasetId = $state<string | undefined>(undefined);
	/** Earlier datasets with the same content hash as the one just imported. */
	duplicates = $state.raw<DatasetRecord[]>([]);
	file = $state.raw<File | undefined>(undefined);
	/** Distinct customers in the dataset just imported. */
	customerCount = $state(0);

	private client = new WorkerClient<ImportApi>({
		create: spawnImportWorker,
		// Encryption at rest: the worker opens the store itself, so it needs the key.
		onStart: (worker) => shareKeyWith(worker as Worker),
		crashed: { key: 'import.error.worker' },
		cancelled: CANCELLED,
		idleMs: 30_000,
		// An import is stopped at once (the page then removes what it wrote).
		cancelGraceMs: 0,
		// Storage in memory cannot be shared with a worker: the same handlers run in the page.
		local: async () => {
			await workspace.init();
			if (workspace.storageMode !== 'memory') return undefined;
			const { importHandlers, importRunOptions } = await import('$lib/workers/import-handlers');
			return { handlers: importHandlers, options: importRunOptions };
		}
	});
	private running: { controller: AbortController; datasetId?: string } | undefined;

	private onEvent = (running: { datasetId?: string }) => (event: ImportEvent) => {
		if (event.type === 'started') {
			running.datasetId = event.datasetId;
			this.datasetId = event.datasetId;
			return;
		}
		if (this.running !== running) return;
		const p = event.progress;
		this.progress = {
			fraction: p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0,
			rows: p.rows,
			rowsPerSecond: p.rowsPerSecond,
			bytes: p.bytesDone
		};
	};

	async sniff(file: File, overrides?: SniffOverrides): Promise<void> {
		this.file = file;
		this.phase = 'sniffing';
		this.error = undefined;
		this.report = undefined;
		this.duplicates = [];
		// The newest sniff wins: an older one (the user changed the encoding again) is cancelled.
		const reply = await this.client.call('sniff', { file, overrides }, { latest: 'sniff' });
		if ('aborted' in reply) return;
		if ('error' in reply) return this.fail(reply.error);
		this.preview = reply.value;
		this.phase = 'preview';
		if (reply.value.contentHash) {
			const { db } = await openDb();
			this.duplicates = await findByContentHash(db, reply.value.contentHash);
		}
	}

	async start(spec: ImportSpec): Promise<string | undefined> {
		if (!this.file) return undefined;
		// A file hashed at sniff time was already checked for a re-import (and the user chose to go on).
		const checked = Boolean(this.preview?.contentHash);
		const file = this.file;
		return this.run((options) => this.client.call('import', { file, ...spec }, options), checked);
	}

	/** Imports the demo data through the real pipeline and makes it the active dataset. */
	async loadDemo(variant: 'en' | 'zh', options: Omit<DemoRequest, 'variant'> = {}): Promise<string> {
		const request = { variant, ...options };
		const id = await this.run((opts) => this.client.call('demo', { request }, opts));
		if (!id) throw new Error(this.error?.key ?? 'import.error.unexpected');
		return id;
	}

	private async run(
		call: (options: {
			signal: AbortSignal;
			onEvent: (e: ImportEvent) => void;
		}) => Promise<Outcome<ImportDone>>,
		duplicatesChecked = false
	): Promise<string | undefined> {
		this.phase = 'importing';
		this.error = undefined;
		this.report = undefined;
		this.duplicates = [];
		this.datasetId = undefined;
		this.progress = { fraction: 0, rows: 0, rowsPerSecond: 0, bytes: 0 };
		const running: NonNullable<typeof this.running> = { controller: new AbortController() };
		this.running = running;
		const reply = await call({ signal: running.controller.signal, onEvent: this.onEvent(running) });
		if (this.running === running) this.running = undefined;
		if ('error' in reply) {
			// A cancel already set the phase; a late reply must not overwrite it.
			if (this.phase === 'importing') this.fail(reply.error);
			return undefined;
		}
		const done = reply.value;
		this.report = done.report;
		this.customerCount = done.customerCount;
		this.datasetId = done.datasetId;
		this.progress = { ...this.progress, fraction: 1, rows: done.report.rowsRead };
		this.phase = 'done';
		workspace.setActive(done.datasetId);
		if (!duplicatesChecked) void this.findDuplicates(done.datasetId);
		return done.datasetId;
	}

	private async findDuplicates(datasetId: string): Promise<void> {
		const { db } = await openDb();
		const dataset = await getDataset(db, datasetId);
		if (!dataset?.contentHash || dataset.source.kind === 'demo') return;
		this.duplicates = (await findByContentHash(db, dataset.contentHash)).filter((d) => d.id !== datasetId);
	}

	/** Stops the import at once and removes whatever it wrote. */
	async cancel(): Promise<void> {
		const running = this.running;
		if (!running) return;
		this.running = undefined;
		this.phase = 'error';
		this.error = CANCELLED;
		running.controller.abort();
		const datasetId = running.datasetId ?? this.datasetId;
		if (!datasetId) return;
		const { db } = await openDb();
		// The terminated worker's last transaction either committed before this one or was aborted.
		for (let attempt = 0; attempt < 3; attempt++) {
			await discardDataset(db, datasetId);
			if (!(await getDataset(db, datasetId))) break;
		}
		this.datasetId = undefined;
	}

	/** Keeps the earlier dataset with the same content and removes the one just imported. */
	async useEarlier(earlierId: string): Promise<void> {
		const justImported = this.datasetId;
		workspace.setActive(earlierId);
		if (justImported && justImported !== earlierId) await workspace.remove(justImported);
		this.reset();
	}

	/** The first `limit` rejected rows of a dataset, for the quality report. */
	async rejectedRows(datasetId: string, limit: number): Promise<RejectedRow[]> {
		const { db } = await openDb();
		return readRejected(db, datasetId, limit);
	}

	/** Back to the start (pick another file). */
	reset(): void {
		this.phase = 'idle';
		this.preview = undefined;
		this.report = undefined;
		this.error = undefined;
		this.file = undefined;
		this.duplicates = [];
	}

	private fail(error: MessageRef): void {
		this.error = error;
		this.phase = 'error';
	}
}

export const importer = new Importer();
