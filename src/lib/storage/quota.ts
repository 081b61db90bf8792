// What the browser grants Strata: whether storage is persistent (not evicted under disk pressure) and how
// much of the origin's quota is used, with a warning from 80% — imports fail with a full disk.
export const NEARLY_FULL = 0.8;

export interface Usage {
	usage: number;
	quota: number;
	/** usage / quota, 0 when the quota is unknown. */
	ratio: number;
	nearlyFull: boolean;
}

export function describeUsage(usage: number, quota: number): Usage {
	const ratio = quota > 0 ? Math.min(1, usage / quota) : 0;
	return { usage, quota, ratio, nearlyFull: quota > 0 && usage / quota > NEARLY_FULL };
}

export interface StorageState {
	/** undefined when the browser does not say (no StorageManager). */
	persisted: boolean | undefined;
	usage: Usage | undefined;
}

type Manager = Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>;

function manager(given?: Manager): Manager | undefined {
	if (given) return given;
	return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

export async function readStorageState(given?: Manager): Promise<StorageState> {
	const m = manager(given);
	if (!m) return { persisted: undefined, usage: undefined };
	const [persisted, estimate] = await Promise.all([
		m.persisted?.().catch(() => undefined),
		m.estimate?.().catch(() => undefined)
	]);
	return {
		persisted,
		usage: estimate ? describeUsage(estimate.usage ?? 0, estimate.quota ?? 0) : undefined
	};
}

/** Asks the browser to keep Strata's data under disk pressure; the answer is the browser's (it may say no). */
export async function requestPersistence(given?: Manager): Promise<boolean | undefined> {
	const m = manager(given);
	if (!m?.persist) return undefined;
	try {
		return await m.persist();
	} catch {
		return false;
	}
}

/** Bytes in the user's language: 1.5 MB, 230 KB. */
export function formatBytes(bytes: number, locale: string): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
