// The result-route benchmark's in-page half: seeds a 100,000-customer dataset straight into the app's store
// (the demo generator is far slower than the import it would feed), and times the two ways a page can get the
// per-customer columns of a tiering: re-reading the stored record on the main thread, or receiving them from a
// worker as transferred typed arrays.
import { openDb } from '$lib/storage/open-db';
import {
	appendRowChunk,
	commitDataset,
	createDataset,
	writeDictionaries,
	writeReport
} from '$lib/storage/datasets';
import { getResult } from '$lib/storage/results';
import { fromColumns } from '$lib/domain/tiering-record';
import type { TieringView } from '$lib/domain/tiering-types';
import type { ColumnSpec } from '$lib/domain/columns';
import { IMPORT_LOCK } from '$lib/locks';
import { makeTransactions } from './tiering-bench';

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'customer', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' }
];
const CHUNK = 50_000;

/** Under the import lock, as a real import: the page's start-up clean-up would discard an unlocked one. */
export function seedResultsDataset(customers = 100_000, lines = 1_000_000): Promise<string> {
	return navigator.locks.request(IMPORT_LOCK, () => seed(customers, lines));
}

async function seed(customers: number, lines: number): Promise<string> {
	const { db } = await openDb();
	const tx = makeTransactions(lines, customers);
	const id = await createDataset(db, {
		name: `bench ${customers}`,
		shape: 'transactions',
		contentHash: '',
		source: { fileName: 'bench.csv', size: lines, kind: 'csv' },
		columns: COLUMNS
	});
	let chunks = 0;
	for (let start = 0; start < lines; start += CHUNK, chunks++) {
		const end = Math.min(lines, start + CHUNK);
		await appendRowChunk(db, id, chunks, end - start, {
			c0: tx.customer.slice(start, end),
			c1: tx.date.slice(start, end),
			c2: tx.amount.slice(start, end)
		});
	}
	const ids = Array.from({ length: customers }, (_, i) => `C${String(i).padStart(6, '0')}`);
	await writeDictionaries(db, id, [{ column: 'c0', values: ids }]);
	await writeReport(db, {
		datasetId: id,
		rowsRead: lines,
		rowsImported: lines,
		rowsRejected: 0,
		byReason: {},
		duplicateIds: 0,
		columns: [],
		notes: [],
		durationMs: 0
	});
	await commitDataset(db, id, { rowCount: lines, customerCount: customers, chunkCount: chunks });
	return id;
}

/** Drops the stored tiering, so the next Overview computes it. */
export async function dropStoredTiering(datasetId: string): Promise<void> {
	const { db } = await openDb();
	await db.results.where('datasetId').equals(datasetId).delete();
}

/** Sum of main-thread long tasks (> 50 ms) while `work` runs, and its wall time. */
async function mainThreadCost(work: () => Promise<unknown>): Promise<{ wallMs: number; longTaskMs: number }> {
	let longTaskMs = 0;
	const observer = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) longTaskMs += e.duration;
	});
	observer.observe({ type: 'longtask', buffered: false });
	const t0 = performance.now();
	await work();
	const wallMs = performance.now() - t0;
	// Long-task entries are delivered after the task: give them a frame.
	await new Promise((r) => setTimeout(r, 50));
	observer.disconnect();
	return { wallMs, longTaskMs };
}

/** Route 1: what state/strategies.svelte.ts did — read and decode the stored tiering record on this thread. */
export async function rereadStoredTiering(datasetId: string) {
	const { db } = await openDb();
	let columns = 0;
	const cost = await mainThreadCost(async () => {
		const record = await getResult(db, datasetId, 'tiering');
		if (!record?.columns) throw new Error('no stored tiering');
		const stored = fromColumns(record.columns, record.meta as TieringView);
		columns = Object.keys(stored.numbers).length;
	});
	return { ...cost, columns };
}

/** Route 2: the same number columns copied in a worker and transferred to this thread. */
export async function receiveFromWorker(customers = 100_000, columns = 26) {
	const source = `
		const cols = Array.from({ length: ${columns} }, (_, k) => Float64Array.from({ length: ${customers} }, (_, i) => i * k));
		onmessage = () => {
			const copies = cols.map((c) => c.slice());
			postMessage(copies, copies.map((c) => c.buffer));
		};`;
	const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
	const ask = () =>
		new Promise<Float64Array[]>((resolve) => {
			worker.onmessage = (e: MessageEvent<Float64Array[]>) => resolve(e.data);
			worker.postMessage(0);
		});
	await ask(); // warm: the worker has built its columns
	let received = 0;
	const cost = await mainThreadCost(async () => {
		received = (await ask()).length;
	});
	worker.terminate();
	return { ...cost, columns: received };
}
