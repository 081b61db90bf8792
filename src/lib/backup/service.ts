// The app's two backup actions on the real workspace: make a backup file (and prove it opens), and restore
// one under the restore lock, refusing while an import runs in any tab. Both return a message key on failure.
import { DB_NAME, StrataDb } from '$lib/storage/db';
import { isEncrypted } from '$lib/storage/at-rest';
import { openDb } from '$lib/storage/open-db';
import { deleteDatabase } from '$lib/storage/wipe';
import { LOCKS } from '$lib/locks';
import { withWorkspaceLock } from '$lib/workspace-lock';
import type { Bytes } from './bytes';
import { FILE_EXTENSION, type ErrorKey } from './format';
import { packBackup, snapshotWorkspace } from './pack';
import { restoreContent } from './restore';
import { unpackBackup } from './unpack';

export interface MadeBackup {
	file: Bytes;
	fileName: string;
	counts: Record<string, number>;
	encrypted: boolean;
}

export function backupFileName(at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `strata-backup-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}${FILE_EXTENSION}`;
}

/** Where a backup or restore is (a phase and the share of the whole job done), for the progress bar. */
export interface BackupProgress {
	phase: 'read' | 'pack' | 'verify' | 'restore';
	fraction: number;
}

interface JobOptions {
	onProgress?: (progress: BackupProgress) => void;
	/** Cancels between phases (a restore only until it starts replacing the workspace). */
	signal?: AbortSignal;
}

export interface MakeOptions extends JobOptions {
	/**
	 * A backup of an encrypted workspace is encrypted by default: without a passphrase it is refused unless the
	 * user opted out explicitly (after a warning). Sealed fields stay sealed in the file either way.
	 */
	allowPlain?: boolean;
	/** Tests: the workspace to back up (else this thread's). */
	db?: StrataDb;
}

/** Packs the workspace, then re-opens the very bytes produced (decrypt, decompress, every hash) before offering them. */
export async function makeBackup(
	appVersion: string,
	passphrase?: string,
	options: MakeOptions = {}
): Promise<MadeBackup | { error: ErrorKey }> {
	const db = options.db ?? (await openDb()).db;
	if (!passphrase && !options.allowPlain && (await isEncrypted(db)))
		return { error: 'backup.error.encryptedNeedsPassphrase' };
	const step = (phase: BackupProgress['phase'], fraction: number) => {
		options.signal?.throwIfAborted();
		options.onProgress?.({ phase, fraction });
	};
	const createdAt = Date.now();
	step('read', 0);
	const snapshot = await snapshotWorkspace(db);
	step('pack', 0.25);
	const packed = await packBackup(snapshot, { appVersion, passphrase, createdAt });
	step('verify', 0.7);
	const check = await unpackBackup(packed.file, passphrase);
	step('verify', 1);
	if ('error' in check) return check;
	const same = Object.keys(packed.hashes).every((name) => check.hashes[name] === packed.hashes[name]);
	if (!same) return { error: 'backup.error.corrupt' };
	return {
		file: packed.file,
		fileName: backupFileName(new Date(createdAt)),
		counts: packed.counts,
		encrypted: Boolean(passphrase)
	};
}

type Locks = Pick<LockManager, 'request'>;

/** Runs `fn` holding `name`, or returns undefined at once when another tab holds it. */
async function whenFree<T>(
	locks: Locks | undefined,
	name: string,
	fn: () => Promise<T>
): Promise<T | undefined> {
	if (!locks) return fn();
	return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? fn() : undefined)) as Promise<
		T | undefined
	>;
}

export type RestoreOutcome = { counts: Record<string, number> } | { error: ErrorKey };

/**
 * Reads and checks the whole file first (nothing is opened on a wrong passphrase or a damaged file), then
 * restores holding the restore and import locks and the workspace lock exclusive: no write or encryption change
 * runs mid-restore.
 */
export async function restoreBackup(
	file: Bytes,
	passphrase?: string,
	options: { allowEmpty?: boolean } & JobOptions = {}
): Promise<RestoreOutcome> {
	options.onProgress?.({ phase: 'read', fraction: 0 });
	const unpacked = await unpackBackup(file, passphrase);
	if ('error' in unpacked) return unpacked;
	options.signal?.throwIfAborted();
	options.onProgress?.({ phase: 'restore', fraction: 0.5 });
	const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
	const outcome = await whenFree(locks, LOCKS.restore, () =>
		whenFree(locks, LOCKS.import, () => withWorkspaceLock('exclusive', replace, { ifAvailable: true }))
	);
	return outcome ?? { error: 'backup.error.busy' };

	/** Replaces every table (settings included): exclusive, so no writer or encryption change is mid-way. */
	async function replace(): Promise<RestoreOutcome> {
		if ('error' in unpacked) return unpacked;
		// The last moment to cancel: from here the workspace is replaced (through staging) or left as it was.
		options.signal?.throwIfAborted();
		const { db, mode } = await openDb();
		// In memory-only mode (no IndexedDB) the staging database must live in the same fake factory.
		const deps =
			mode === 'indexeddb'
				? undefined
				: { indexedDB: db._options.indexedDB as IDBFactory, IDBKeyRange: db._options.IDBKeyRange };
		return restoreContent(unpacked.content, {
			live: db,
			allowEmpty: options.allowEmpty,
			openStaging: async (name) => {
				const staging = new StrataDb(name, deps);
				await staging.open();
				return staging;
			},
			deleteDatabase: (name) =>
				name === DB_NAME ? Promise.resolve() : deleteDatabase(name, undefined, deps?.indexedDB)
		});
	}
}
