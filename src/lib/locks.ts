// Every Web Lock and cross-tab channel name Strata uses, in one place. Each lock is origin-wide: it is held by
// one tab (or worker) at a time, across all of the user's open Strata tabs.
export const LOCKS = {
	/** Held by the import worker for the whole of an import; start-up clean-up of unfinished imports waits on it. */
	import: 'strata-import',
	/** Held for a restore from backup: only one tab at a time replaces the workspace. */
	restore: 'strata-restore',
	/**
	 * Held shared by every writer of customer data (import, analysis, ML, restore) and exclusive by an encryption
	 * change (enable, disable, new passphrase): see workspace-lock.ts. Always taken after `import`/`restore`.
	 */
	workspace: 'strata-workspace'
} as const;

/** BroadcastChannel on which tabs announce workspace-wide changes (restore, delete all) to each other. */
export const TAB_CHANNEL = 'strata';

/** The name of the Web Lock held for a whole import, so only one tab imports at a time. */
export const IMPORT_LOCK = LOCKS.import;

export type TabMessage = { type: 'restored' } | { type: 'wiped' } | { type: 'encryption' };
