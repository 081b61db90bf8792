// The page's one client of the backup worker: a backup or restore of a 1M-line workspace encodes, gzips,
// hashes and decrypts tens of MB, which froze the page for seconds on the main thread. In memory mode (no
// IndexedDB) the same handlers run in the page: a memory store cannot be shared with a worker.
import { shareKeyWith } from '$lib/storage/at-rest';
import type { BackupApi } from '$lib/workers/backup-protocol';
import { WorkerClient } from '$lib/workers/client';
import { spawnBackupWorker } from '$lib/workers/spawn';
import { workspace } from './workspace.svelte';

export const backupClient = new WorkerClient<BackupApi>({
	create: spawnBackupWorker,
	// The worker opens the store itself: it needs the at-rest key and the page's word on where data lives.
	onStart: (worker) => shareKeyWith(worker as Worker),
	crashed: { key: 'backup.error.write' },
	cancelled: { key: 'backup.cancelled' },
	idleMs: 30_000,
	// A backup stops at once; a restore checks its signal up to the commit and then finishes (never terminated
	// mid-replacement, which the staging database makes safe anyway).
	cancelGraceMs: undefined,
	local: async () => {
		await workspace.init();
		if (workspace.storageMode !== 'memory') return undefined;
		const { backupHandlers, backupRunOptions } = await import('$lib/workers/backup-handlers');
		return { handlers: backupHandlers, options: backupRunOptions };
	}
});
