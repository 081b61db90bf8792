// Owns the import worker (started lazily, stopped when idle or cancelled) and exposes the import as reactive
// state. Cancel terminates the worker, then removes its half-written dataset from the page side.
import ImportWorker from '$lib/workers/import.worker?worker';
import { shareKeyWith } from '$lib/storage/at-rest';
import type { DatasetRecord, ImportReportRecord } from '$lib/storage/db';
import { openDb } from '$lib/storage/open-db';
import { discardDataset, findByContentHash, getDataset } from '$lib/storage/datasets';
import type {
	DemoRequest,
	FilePreview,
	ImportSpec,
	ImportWorkerRequest,
	ImportWorkerResponse,
	MessageRef,
	SniffOverrides
} from '$lib/workers/protocol';
import { workspace } from './workspace.svelte';

export type ImportPhase = 'idle' | 'sniffing' | 'preview' | 'importing' | 'done' | 'error';

type Reply = Extract<ImportWorkerResponse, { type: 'preview' | 'done' | 'error' }>;
type Payload = ImportWorkerRequest extends infer R
	? R extends { id: number }
		? Omit<R, 'id'>
		: never
	: never;

const IDLE_MS = 30_000;

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

	private worker: Worker | undefined;
	private nextId = 1;
	private pending = new Map<number, (reply: Reply) => void>();
	private idleTimer: ReturnType<typeof setTimeout> | undefined;
	private latestSniff = 0;
	private running: { id: number; datasetId?: string; aborted: { aborted: boolean } } | undefined;

	private ensureWorker(): Worker {
		clearTimeout(this.idleTimer);
		if (this.worker) return this.worker;
		const worker = new ImportWorker();
		shareKeyWith(worker); // encryption at rest: the worker opens the store itself, so it needs the key
		worker.onmessage = (event: MessageEvent<ImportWorkerResponse>) => this.receive(event.data);
		worker.onerror = () => this.receive({ id: -1, type: 'error', error: { key: 'import.error.worker' } });
		this.worker = worker;
		return worker;
	}

	private receive(msg: ImportWorkerResponse): void {
		if (msg.id === -1) {
			for (const [id, resolve] of this.pending)
				resolve({ id, type: 'error', error: { key: 'import.error.worker' } });
			this.pending.clear();
			this.stopWorker();
			return;
		}
		if (msg.type === 'started') {
			if (this.running?.id === msg.id) this.running.datasetId = msg.datasetId;
			this.datasetId = msg.datasetId;
		} else if (msg.type === 'progress') {
			if (this.running?.id !== msg.id) return;
			const p = msg.progress;
			this.progress = {
				fraction: p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0,
				rows: p.rows,
				rowsPerSecond: p.rowsPerSecond,
				bytes: p.bytesDone
			};
		} else {
			const resolve = this.pending.get(msg.id);
			this.pending.delete(msg.id);
			resolve?.(msg);
			if (this.pending.size === 0) this.scheduleIdle();
		}
	}

	private scheduleIdle(): void {
		clearTimeout(this.idleTimer);
		this.idleTimer = setTimeout(() => this.stopWorker(), IDLE_MS);
	}

	private stopWorker(): void {
		clearTimeout(this.idleTimer);
		this.worker?.terminate();
		this.worker = undefined;
	}

	/** Sends a request to the worker — or, when storage is in memory (a worker cannot share it), runs it here. */
	private async call(payload: Payload): Promise<Reply> {
		const id = this.nextId++;
		const msg = { ...payload, id } as ImportWorkerRequest;
		if (msg.type !== 'sniff') this.running = { id, aborted: { aborted: false } };
		await workspace.init();
		if (workspace.storageMode === 'memory') return this.callInPage(msg);
		return new Promise<Reply>((resolve) => {
			this.pending.set(id, resolve);
			this.ensureWorker().postMessage(msg);
		});
	}

	private async callInPage(msg: ImportWorkerRequest): Promise<Reply> {
		const [{ handleImportRequest }, { db }] = await Promise.all([
			import('$lib/import/handle-request'),
			openDb()
		]);
		let final: Reply | undefined;
		const signal = this.running?.id === msg.id ? this.running.aborted : undefined;
		await handleImportRequest(msg, {
			db,
			signal,
			post: (reply) => {
				if (reply.type === 'preview' || reply.type === 'done' || reply.type === 'error') final = reply;
				else this.receive(reply);
			}
		});
		return (
			final ?? {
				id: msg.id,
				type: 'error',
				error: { key: 'import.error.unexpected', params: { detail: '' } }
			}
		);
	}

	async sniff(file: File, overrides?: SniffOverrides): Promise<void> {
		this.file = file;
		this.phase = 'sniffing';
		this.error = undefined;
		this.report = undefined;
		this.duplicates = [];
		const reply = await this.call({ type: 'sniff', file, overrides });
		// The newest sniff wins: a reply to an older one (the user changed the encoding again) is dropped.
		if (reply.id < this.latestSniff) return;
		this.latestSniff = reply.id;
		if (reply.type === 'preview') {
			this.preview = reply.preview;
			this.phase = 'preview';
			if (reply.preview.contentHash) {
				const { db } = await openDb();
				this.duplicates = await findByContentHash(db, reply.preview.contentHash);
			}
		} else if (reply.type === 'error') this.fail(reply.error);
	}

	async start(spec: ImportSpec): Promise<string | undefined> {
		if (!this.file) return undefined;
		// A file hashed at sniff time was already checked for a re-import (and the user chose to go on).
		const checked = Boolean(this.preview?.contentHash);
		return this.run({ type: 'import', file: this.file, ...spec }, checked);
	}

	/** Imports the demo data through the real pipeline and makes it the active dataset. */
	async loadDemo(variant: 'en' | 'zh', options: Omit<DemoRequest, 'variant'> = {}): Promise<string> {
		const id = await this.run({ type: 'demo', request: { variant, ...options } });
		if (!id) throw new Error(this.error?.key ?? 'import.error.unexpected');
		return id;
	}

	private async run(payload: Payload, duplicatesChecked = false): Promise<string | undefined> {
		this.phase = 'importing';
		this.error = undefined;
		this.report = undefined;
		this.duplicates = [];
		this.datasetId = undefined;
		this.progress = { fraction: 0, rows: 0, rowsPerSecond: 0, bytes: 0 };
		const reply = await this.call(payload);
		this.running = undefined;
		if (reply.type !== 'done') {
			// A cancel already set the phase; a late reply must not overwrite it.
			if (this.phase === 'importing')
				this.fail(reply.type === 'error' ? reply.error : { key: 'import.error.unexpected' });
			return undefined;
		}
		this.report = reply.report;
		this.customerCount = reply.customerCount;
		this.datasetId = reply.datasetId;
		this.progress = { ...this.progress, fraction: 1, rows: reply.report.rowsRead };
		this.phase = 'done';
		workspace.setActive(reply.datasetId);
		if (!duplicatesChecked) void this.findDuplicates(reply.datasetId);
		return reply.datasetId;
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
		running.aborted.aborted = true;
		this.running = undefined;
		this.stopWorker();
		const resolve = this.pending.get(running.id);
		this.pending.delete(running.id);
		this.phase = 'error';
		this.error = { key: 'import.error.cancelled' };
		resolve?.({ id: running.id, type: 'error', error: { key: 'import.error.cancelled' } });
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
