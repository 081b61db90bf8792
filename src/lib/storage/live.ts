// Live views of the store for the page: Dexie liveQuery re-runs when any tab changes the tables it read
// (IndexedDB change events are broadcast across tabs), so the dataset list stays current everywhere.
import { liveQuery } from 'dexie';
import type { DatasetRecord, StrataDb } from './db';
import { listDatasets } from './datasets';

export function watchDatasets(
	db: StrataDb,
	onChange: (datasets: DatasetRecord[]) => void,
	onError?: (error: unknown) => void
): () => void {
	const subscription = liveQuery(() => listDatasets(db)).subscribe({
		next: onChange,
		error: (e: unknown) => onError?.(e)
	});
	return () => subscription.unsubscribe();
}
