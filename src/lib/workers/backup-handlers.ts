// The backup worker's handlers: make and restore, with progress and a cancel that stops between phases. Run in
// the worker, or in the page when storage is in memory (a memory store cannot be shared with a worker).
import { makeBackup, restoreBackup } from '$lib/backup/service';
import type { BackupApi } from './backup-protocol';
import { ok, type Handlers, type RunOptions } from './rpc';

export const backupHandlers: Handlers<BackupApi> = {
	async make({ appVersion, passphrase, allowPlain }, { signal, emit }) {
		const made = await makeBackup(appVersion, passphrase, { allowPlain, signal, onProgress: emit });
		if ('error' in made) return { error: { key: made.error } };
		return ok(made, [made.file.buffer]);
	},
	async restore({ file, passphrase, allowEmpty }, { signal, emit }) {
		const outcome = await restoreBackup(file, passphrase, { allowEmpty, signal, onProgress: emit });
		return 'error' in outcome ? { error: { key: outcome.error } } : ok(outcome);
	}
};

export const backupRunOptions: RunOptions = {
	fail: () => ({ key: 'backup.error.write' })
};
