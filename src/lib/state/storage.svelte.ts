// Settings → Storage and Backup as reactive state: persistence and usage from the browser, "delete all data",
// and making / restoring a backup. Everything here acts on this origin's storage only.
import { version } from '$app/environment';
import { MAX_FILE_BYTES, type ErrorKey } from '$lib/backup/format';
import type { BackupProgress } from '$lib/backup/service';
import { peekBackup } from '$lib/backup/unpack';
import { downloadFile } from '$lib/export/download';
import { openDb } from '$lib/storage/open-db';
import { readStorageState, requestPersistence, type Usage } from '$lib/storage/quota';
import { wipeEverything } from '$lib/storage/wipe';

export { formatBytes } from '$lib/storage/quota';
import { LOCKS, tabs } from './tabs.svelte';
import { backupClient } from './backup-worker';

export type BackupPhase = 'idle' | 'packing' | 'verified' | 'reading' | 'restoring' | 'restored' | 'error';

class StorageState {
	persisted = $state<boolean | undefined>();
	usage = $state<Usage | undefined>();
	/** False when the browser has no StorageManager (then persistence and usage are not shown). */
	supported = $state(true);
	wiping = $state(false);
	/** Set while another tab keeps the database open and the delete waits for it. */
	waitingForTabs = $state(false);

	async refresh(): Promise<void> {
		this.supported = typeof navigator !== 'undefined' && Boolean(navigator.storage);
		const state = await readStorageState();
		this.persisted = state.persisted;
		this.usage = state.usage;
	}

	async persist(): Promise<void> {
		await requestPersistence();
		await this.refresh();
	}

	/** Set when an import or restore runs in some tab: deleting under it would leave its half-written records. */
	deleteBusy = $state(false);

	/** Deletes databases, caches and 'strata.' settings, tells other tabs, and reloads into a clean app. */
	async deleteAll(): Promise<void> {
		this.deleteBusy = false;
		const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
		if (!locks) return this.wipe();
		const done = await locks.request(LOCKS.restore, { ifAvailable: true }, async (restoreLock) =>
			restoreLock
				? locks.request(LOCKS.import, { ifAvailable: true }, async (importLock) =>
						importLock ? (await this.wipe(), true) : false
					)
				: false
		);
		if (!done) this.deleteBusy = true;
	}

	private async wipe(): Promise<void> {
		this.wiping = true;
		try {
			const { db, mode } = await openDb();
			await wipeEverything({
				db,
				indexedDB: mode === 'indexeddb' ? indexedDB : undefined,
				caches: typeof caches !== 'undefined' ? caches : undefined,
				storage: localStorage,
				onBlocked: () => (this.waitingForTabs = true)
			});
		} finally {
			// Even a partial wipe leaves this page's database closed: only a reload gives a working app again.
			tabs.announce({ type: 'wiped' });
			location.reload();
		}
	}
}

class BackupState {
	phase = $state<BackupPhase>('idle');
	error = $state<ErrorKey | undefined>();
	/** The verified file on offer. */
	download = $state.raw<{
		file: Uint8Array<ArrayBuffer>;
		fileName: string;
		size: number;
		encrypted: boolean;
	}>();
	counts = $state<Record<string, number> | undefined>();
	/** Where the running backup or restore is (it runs in the backup worker). */
	progress = $state<BackupProgress | undefined>();
	private running: AbortController | undefined;
	/** Whether the chosen restore file is encrypted (asks for its passphrase); undefined until a file is read. */
	restoreEncrypted = $state<boolean | undefined>();
	private restoreBytes: Uint8Array<ArrayBuffer> | undefined;

	get busy(): boolean {
		return this.phase === 'packing' || this.phase === 'reading' || this.phase === 'restoring';
	}

	private fail(error: ErrorKey): void {
		this.phase = 'error';
		this.error = error;
	}

	/** Stops the running backup, or a restore that has not started replacing the workspace. */
	cancel(): void {
		this.running?.abort();
	}

	private start(): AbortController {
		this.running?.abort();
		this.progress = undefined;
		this.running = new AbortController();
		return this.running;
	}

	private onProgress = (p: BackupProgress) => (this.progress = p);

	/** A cancelled job goes back to idle (nothing was changed); any other error is shown. */
	private failOrIdle(outcome: { error: { key: string }; aborted?: true }): void {
		this.progress = undefined;
		if (outcome.aborted || outcome.error.key === 'backup.cancelled') {
			this.phase = 'idle';
			this.error = undefined;
			return;
		}
		this.fail(outcome.error.key as ErrorKey);
	}

	/** `allowPlain`: the user explicitly chose a backup without a passphrase of an encrypted workspace. */
	async create(passphrase?: string, options: { allowPlain?: boolean } = {}): Promise<void> {
		this.clearDownload();
		this.phase = 'packing';
		this.error = undefined;
		const { signal } = this.start();
		try {
			const out = await backupClient.call(
				'make',
				{ appVersion: version, passphrase: passphrase || undefined, allowPlain: options.allowPlain },
				{ signal, onEvent: this.onProgress }
			);
			if ('error' in out) return this.failOrIdle(out);
			const made = out.value;
			this.progress = undefined;
			this.download = {
				file: made.file,
				fileName: made.fileName,
				size: made.file.byteLength,
				encrypted: made.encrypted
			};
			this.counts = made.counts;
			this.phase = 'verified';
		} catch {
			this.fail('backup.error.write');
		}
	}

	/** Makes a backup and hands it straight to the download (in-memory mode's one-click rescue); false on failure. */
	async downloadNow(): Promise<boolean> {
		// A rescue of a memory workspace about to vanish: losing the data is worse than a file without its own
		// passphrase, and any field sealed at rest stays sealed in it.
		await this.create(undefined, { allowPlain: true });
		if (this.phase !== 'verified') return false;
		this.save();
		return true;
	}

	clearDownload(): void {
		this.download = undefined;
	}

	/** Hands the verified bytes to the browser's download (an object URL: nothing leaves the device). */
	save(): void {
		if (this.download) downloadFile(this.download.file, this.download.fileName, 'application/octet-stream');
	}

	async choose(file: File | undefined): Promise<void> {
		this.restoreBytes = undefined;
		this.restoreEncrypted = undefined;
		this.error = undefined;
		this.phase = 'idle';
		if (!file) return;
		// Refused from its size alone: a file over the stated cap is never read into memory.
		if (file.size > MAX_FILE_BYTES) return this.fail('backup.error.tooLarge');
		this.phase = 'reading';
		const bytes = new Uint8Array(await file.arrayBuffer());
		const peek = peekBackup(bytes);
		if ('error' in peek) return this.fail(peek.error);
		this.restoreBytes = bytes;
		this.restoreEncrypted = Boolean(peek.header.encryption);
		this.counts = peek.header.counts;
		this.phase = 'idle';
	}

	get canRestore(): boolean {
		return this.restoreBytes !== undefined && !this.busy;
	}

	async restore(passphrase?: string, options: { allowEmpty?: boolean } = {}): Promise<void> {
		if (!this.restoreBytes) return;
		this.phase = 'restoring';
		this.error = undefined;
		const { signal } = this.start();
		try {
			const outcome = await backupClient.call(
				'restore',
				{ file: this.restoreBytes, passphrase: passphrase || undefined, allowEmpty: options.allowEmpty },
				{ signal, onEvent: this.onProgress }
			);
			if ('error' in outcome) {
				// The workspace was replaced: other tabs must reload even though the check failed.
				if (outcome.error.key === 'backup.error.verifyAfterCommit') tabs.announce({ type: 'restored' });
				return this.failOrIdle(outcome);
			}
			this.progress = undefined;
			this.counts = outcome.value.counts;
			this.phase = 'restored';
			tabs.announce({ type: 'restored' });
			tabs.reloadSoon('tabs.notice.restoredHere');
		} catch {
			this.fail('backup.error.write');
		}
	}
}

export const storage = new StorageState();
export const backup = new BackupState();
