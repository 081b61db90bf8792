// Raw baselines measured in the same browser run as Strata's own pipeline, so figures compare like with like:
// papaparse parsing a File with nothing else, and a naive Dexie bulkAdd of one record per row.
import Papa from 'papaparse';
import Dexie from 'dexie';

export function parseOnly(file: File): Promise<{ rows: number; ms: number }> {
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		let rows = 0;
		Papa.parse<string[]>(file, {
			chunkSize: 8 * 1024 * 1024,
			skipEmptyLines: true,
			chunk: (result) => {
				rows += result.data.length;
			},
			complete: () => resolve({ rows, ms: performance.now() - t0 }),
			error: (e) => reject(e)
		});
	});
}

export async function naiveBulkAdd(count: number): Promise<{ rows: number; ms: number }> {
	const db = new Dexie(`bench-naive-${Date.now()}`);
	db.version(1).stores({ rows: '++id, customer_id' });
	const rows = Array.from({ length: count }, (_, i) => ({
		customer_id: `C${String(i % 100000).padStart(6, '0')}`,
		customer_name: `Customer ${i % 100000}`,
		phone: '13800000000',
		order_id: `O${String(i).padStart(8, '0')}`,
		order_date: '2024-03-05',
		product: 'SKU-1-2',
		category: 'Home',
		quantity: 2,
		unit_price: 12.5,
		amount: 25,
		channel: 'Online',
		region: 'East'
	}));
	const t0 = performance.now();
	await db.table('rows').bulkAdd(rows);
	const ms = performance.now() - t0;
	await db.delete();
	return { rows: count, ms };
}
