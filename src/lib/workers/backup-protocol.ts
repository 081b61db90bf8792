// Every message between the page and the backup worker: making a verified backup file and restoring one run
// there, so encoding, gzip, hashing and decryption of a large workspace never freeze the page.
import type { BackupProgress, MadeBackup } from '$lib/backup/service';
import type { Method } from './rpc';

export type { BackupProgress, MadeBackup };

export type BackupApi = {
	make: Method<{ appVersion: string; passphrase?: string; allowPlain?: boolean }, MadeBackup, BackupProgress>;
	restore: Method<
		{ file: Uint8Array<ArrayBuffer>; passphrase?: string; allowEmpty?: boolean },
		{ counts: Record<string, number> },
		BackupProgress
	>;
};
