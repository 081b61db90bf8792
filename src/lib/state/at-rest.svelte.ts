// Encryption at rest as page state: whether the workspace is encrypted and whether this page holds the key.
// The key lives only in memory (at-rest.ts); a reload locks again. Workers get it through shareKeyWith.
import { tabs } from './tabs.svelte';
import { isEncrypted, sessionKey } from '$lib/storage/at-rest';
import {
	changePassphrase,
	disableEncryption,
	enableEncryption,
	finishPendingChange,
	unlock
} from '$lib/storage/at-rest-change';
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
			// Finishes a change (enable, disable, new passphrase) that a closed tab or crash cut short, and seals
			// what a thread without the key left plain; a no-op otherwise.
			void finishPendingChange(db).catch((e: unknown) => console.error(e));
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

	/** True after a passphrase change succeeded on this page (the form clears itself). */
	changed = $state(false);

	async changePassphrase(current: string, next: string): Promise<void> {
		this.changed = false;
		await this.run(async (db) => {
			const outcome = await changePassphrase(db, current, next);
			if ('error' in outcome) {
				this.error = 'atRest.change.wrong';
				return;
			}
			this.changed = true;
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
