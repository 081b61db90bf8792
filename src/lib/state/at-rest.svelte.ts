// Encryption at rest as page state: whether the workspace is encrypted and whether this page holds the key.
// The key lives only in memory (at-rest.ts); a reload locks again. Workers get it through shareKeyWith.
import { tabs } from './tabs.svelte';
import {
	disableEncryption,
	enableEncryption,
	isEncrypted,
	sealRemaining,
	sessionKey,
	unlock
} from '$lib/storage/at-rest';
import { openDb } from '$lib/storage/open-db';

export type AtRestStatus = 'checking' | 'off' | 'locked' | 'unlocked';

class AtRestState {
	status = $state<AtRestStatus>('checking');
	busy = $state(false);
	/** A message key in the UI language (wrong passphrase, failure), shown by the form that acted. */
	error = $state<string | undefined>();
	detail = $state('');
	private checked: Promise<void> | undefined;

	/** Reads the setting once per page load. */
	check(): Promise<void> {
		this.checked ??= (async () => {
			try {
				const { db } = await openDb();
				const encrypted = await isEncrypted(db);
				this.status = encrypted ? (sessionKey() ? 'unlocked' : 'locked') : 'off';
			} catch {
				// No readable settings table: behave as before the feature existed.
				this.status = 'off';
			}
		})();
		return this.checked;
	}

	async unlock(passphrase: string): Promise<void> {
		this.busy = true;
		this.error = undefined;
		try {
			const { db } = await openDb();
			const outcome = await unlock(db, passphrase);
			if ('error' in outcome) {
				this.error = 'atRest.lock.wrong';
				return;
			}
			this.status = 'unlocked';
			// Finishes an enable that a closed tab or crash cut short; harmless when everything is sealed.
			void sealRemaining(db).catch((e: unknown) => console.error(e));
		} finally {
			this.busy = false;
		}
	}

	async enable(passphrase: string): Promise<void> {
		await this.run(async (db) => {
			await enableEncryption(db, passphrase);
			this.status = 'unlocked';
			tabs.announce({ type: 'encryption' });
		});
	}

	async disable(): Promise<void> {
		await this.run(async (db) => {
			await disableEncryption(db);
			this.status = 'off';
			tabs.announce({ type: 'encryption' });
		});
	}

	private async run(fn: (db: Awaited<ReturnType<typeof openDb>>['db']) => Promise<void>): Promise<void> {
		this.busy = true;
		this.error = undefined;
		try {
			await fn((await openDb()).db);
		} catch (e) {
			this.error = 'atRest.failed';
			this.detail = e instanceof Error ? e.message : String(e);
		} finally {
			this.busy = false;
		}
	}
}

export const atRest = new AtRestState();
