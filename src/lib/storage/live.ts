// Live views of the store for the page: Dexie liveQuery re-runs when any tab changes the tables it read
// (IndexedDB change events are broadcast across tabs), so the dataset list stays current everywhere.
import { liveQuery } from 'dexie';
import type { DatasetRecord, StrataDb } from './db';
import { listDatasets } from './datasets';
import { onSessionKey } from './at-rest';

// Dataset names are sealed at rest, so the list is read again whenever this page's key changes (an unlock).
export function watchDatasets(
	db: StrataDb,
	onChange: (datasets: DatasetRecord[]) => void,
	onError?: (error: unknown) => void
): () => void {
	let subscription: { unsubscribe(): void } | undefined;
	const start = () => {
		subscription?.unsubscribe();
		subscription = liveQuery(() => listDatasets(db)).subscribe({
			next: onChange,
			error: (e: unknown) => onError?.(e)
		});
	};
	start();
	const stop = onSessionKey(start);
	return () => {
		stop();
		subscription?.unsubscribe();
	};
}
