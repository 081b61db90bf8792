// The datasets the user has, which one is active (remembered per device), and where data lives. Starts the
// database on first use and, when no tab is importing, removes imports a closed tab left unfinished.
import type { DatasetRecord } from '$lib/storage/db';
import { isStorageOpenError, openDb, type OpenFailure, type StorageMode } from '$lib/storage/open-db';
import { cleanUpUnfinishedImports, renameDataset, STALE_IMPORT_MS } from '$lib/storage/datasets';
import { watchDatasets } from '$lib/storage/live';
import { withWriteLock } from '$lib/storage/at-rest';
import { deleteDatasetLocked } from '$lib/storage/page-deletes';
import { IMPORT_LOCK } from '$lib/locks';

/** Pages see stored records through this state class, never storage/ (lint boundary). */
export type { DatasetRecord };

const ACTIVE_KEY = 'strata.activeDataset';

function readActive(): string | undefined {
	try {
		return localStorage.getItem(ACTIVE_KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

class Workspace {
	datasets = $state<DatasetRecord[]>([]);
	activeId = $state<string | undefined>(readActive());
	storageMode = $state<StorageMode>('indexeddb');
	/** Set when the stored workspace could not be opened (a newer schema, quota…): the app shows why, and waits. */
	openError = $state<{ reason: OpenFailure; detail: string } | undefined>();
	/** True once the first list has arrived from the store. */
	ready = $state(false);
	/** The chosen dataset, or the newest when none is chosen (or the chosen one was deleted). */
	active = $derived(this.datasets.find((d) => d.id === this.activeId) ?? this.datasets[0]);

	private started: Promise<void> | undefined;

	/** Opens the store, cleans up and starts listening; safe to call many times. */
	init(): Promise<void> {
		this.started ??= this.start();
		return this.started;
	}

	private async start(): Promise<void> {
		let opened: Awaited<ReturnType<typeof openDb>>;
		try {
			opened = await openDb();
		} catch (e) {
			this.openError = isStorageOpenError(e)
				? { reason: e.reason, detail: e.detail }
				: { reason: 'failed', detail: String(e) };
			return;
		}
		const { db, mode } = opened;
		this.storageMode = mode;
		const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
		try {
			if (locks) {
				// Only while holding the import lock: an 'importing' dataset may belong to a live import in another
				// tab (or to this tab's previous page, whose worker can hold the lock for a moment after a reload).
				// Waiting for the lock in the background is safe: whoever held it has finished or died by then.
				void locks
					.request(IMPORT_LOCK, async () => {
						await cleanUpUnfinishedImports(db);
					})
					.catch(() => undefined);
			} else await cleanUpUnfinishedImports(db, { startedBefore: Date.now() - STALE_IMPORT_MS });
		} catch {
			// A failed clean-up leaves hidden leftovers for the next start; it must not block the app.
		}
		watchDatasets(db, (list) => {
			this.datasets = list;
			this.ready = true;
		});
	}

	setActive(id: string): void {
		this.activeId = id;
		try {
			localStorage.setItem(ACTIVE_KEY, id);
		} catch {
			// Private mode: the choice lasts for this visit.
		}
	}

	async rename(id: string, name: string): Promise<void> {
		const { db } = await openDb();
		// The name is sealed at rest: a rename reseals the record, so it waits out an encryption change.
		await withWriteLock(db, () => renameDataset(db, id, name));
	}

	async remove(id: string): Promise<void> {
		const { db } = await openDb();
		await deleteDatasetLocked(db, id);
		if (this.activeId === id) {
			this.activeId = undefined;
			try {
				localStorage.removeItem(ACTIVE_KEY);
			} catch {
				// nothing to forget
			}
		}
	}
}

export const workspace = new Workspace();
if (typeof window !== 'undefined') void workspace.init();
