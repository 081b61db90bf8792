// The one lock between writers of customer data and encryption changes. Imports, analyses, model saves and
// restores hold it shared; enabling, disabling or re-keying encryption hold it exclusive, so a write either
// finishes before the change or waits for it (issue #11: a disable under a running import stranded chunks).
import { LOCKS } from './locks';

export type LockMode = 'shared' | 'exclusive';

interface LockOptions {
	/** Return undefined at once instead of waiting when the lock is held in a conflicting mode. */
	ifAvailable?: boolean;
}

type Grant = () => void;

/**
 * A readers/writer queue for one thread, used only where Web Locks are missing (old browsers, node tests).
 * First come, first served: a shared request behind a waiting exclusive one waits too, so a change is not starved.
 */
class LocalLock {
	private holders = 0; // >0: that many shared holders; -1: one exclusive holder
	private queue: { mode: LockMode; grant: Grant }[] = [];

	private fits(mode: LockMode): boolean {
		return mode === 'exclusive' ? this.holders === 0 : this.holders >= 0;
	}

	private take(mode: LockMode): void {
		this.holders = mode === 'exclusive' ? -1 : this.holders + 1;
	}

	private release(): void {
		this.holders = this.holders === -1 ? 0 : this.holders - 1;
		while (this.queue.length && this.fits(this.queue[0].mode)) {
			const next = this.queue.shift()!;
			this.take(next.mode);
			next.grant();
		}
	}

	async run<T>(mode: LockMode, fn: () => Promise<T>, options: LockOptions): Promise<T | undefined> {
		if (this.queue.length === 0 && this.fits(mode)) this.take(mode);
		else if (options.ifAvailable) return undefined;
		else await new Promise<void>((grant) => this.queue.push({ mode, grant }));
		try {
			return await fn();
		} finally {
			this.release();
		}
	}
}

const local = new LocalLock();

type Locks = Pick<LockManager, 'request'>;

function webLocks(): Locks | undefined {
	return (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
}

/** Runs `fn` holding the workspace lock in `mode`; undefined when `ifAvailable` and it is taken. */
export async function withWorkspaceLock<T>(
	mode: LockMode,
	fn: () => Promise<T>,
	options: LockOptions = {}
): Promise<T | undefined> {
	const locks = webLocks();
	if (!locks) return local.run(mode, fn, options);
	let ran = false;
	let value: T | undefined;
	await locks.request(LOCKS.workspace, { mode, ifAvailable: options.ifAvailable ?? false }, async (lock) => {
		if (!lock) return;
		ran = true;
		value = await fn();
	});
	return ran ? value : undefined;
}
