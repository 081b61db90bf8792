// Tiny datasets written into a fresh (fake) IndexedDB the way an import stores them: columnar chunks plus
// dictionaries, committed. Values are chosen so every expected number can be worked out by hand.
import { StrataDb } from '$lib/storage/db';
import { appendRowChunk, commitDataset, createDataset, writeDictionaries } from '$lib/storage/datasets';
import type { ColumnData, ColumnSpec } from '$lib/domain/columns';

export const DAY = 86_400_000;
export const D0 = Date.UTC(2024, 0, 1);

let n = 0;
export async function freshDb(): Promise<StrataDb> {
	const db = new StrataDb(`ml-session-${n++}-${Math.random()}`);
	await db.open();
	return db;
}

export async function store(
	db: StrataDb,
	shape: 'customers' | 'transactions',
	columns: ColumnSpec[],
	data: Record<string, ColumnData>,
	dicts: Record<string, string[]>,
	customerCount: number
): Promise<string> {
	const id = await createDataset(db, {
		name: shape,
		shape,
		contentHash: `${shape}-${n}`,
		source: { fileName: `${shape}.csv`, size: 1, kind: 'csv' },
		columns
	});
	const rows = (Object.values(data)[0] as ArrayLike<unknown>).length;
	await appendRowChunk(db, id, 0, rows, data);
	await writeDictionaries(
		db,
		id,
		Object.entries(dicts).map(([column, values]) => ({ column, values }))
	);
	await commitDataset(db, id, { rowCount: rows, customerCount, chunkCount: 1 });
	return id;
}

export const spec = (
	key: string,
	header: string,
	role: ColumnSpec['role'],
	type: ColumnSpec['type'],
	source: number
): ColumnSpec => ({
	key,
	header,
	role,
	type,
	source
});

/**
 * Six customers, one row each: id, name (text), churned (yes/no, one missing), monthly charge, plan (category),
 * signed up (date). Customers 0, 2, 4 churned; 5 has no label.
 */
export async function customerDataset(db: StrataDb): Promise<string> {
	return store(
		db,
		'customers',
		[
			spec('c0', 'id', 'customerId', 'category', 0),
			spec('c1', 'name', 'customerName', 'text', 1),
			spec('c2', 'churned', 'churn', 'boolean', 2),
			spec('c3', 'monthly charge', 'numeric', 'number', 3),
			spec('c4', 'plan', 'categorical', 'category', 4),
			spec('c5', 'signed up', 'signupDate', 'date', 5)
		],
		{
			c0: Int32Array.from([0, 1, 2, 3, 4, 5]),
			c1: ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'],
			c2: Int8Array.from([1, 0, 1, 0, 1, -1]),
			c3: Float64Array.from([70, 20, 90, 25, 80, NaN]),
			c4: Int32Array.from([0, 1, 0, 1, 0, -1]),
			c5: Float64Array.from([D0, D0 - 10 * DAY, D0 - 2 * DAY, D0 - 30 * DAY, D0, D0 - 5 * DAY])
		},
		{ c0: ['A', 'B', 'C', 'D', 'E', 'F'], c4: ['monthly', 'yearly'] },
		6
	);
}

/**
 * Order lines of three customers (ids X, Y, Z) over 200 days. With cutoff = day 100 and a 50-day window:
 * X buys on days 10, 90 and again on day 120 (stays); Y buys on days 50, 80 and never after (churns);
 * Z buys first on day 110 (no purchase up to the cutoff: not in the training rows); day 200 ends the data.
 */
export async function orderDataset(db: StrataDb): Promise<string> {
	const days = [10, 90, 120, 50, 80, 110, 200];
	return store(
		db,
		'transactions',
		[
			spec('c0', 'customer', 'customerId', 'category', 0),
			spec('c1', 'date', 'orderDate', 'date', 1),
			spec('c2', 'amount', 'amount', 'number', 2)
		],
		{
			c0: Int32Array.from([0, 0, 0, 1, 1, 2, 2]),
			c1: Float64Array.from(days, (d) => D0 + d * DAY),
			c2: Float64Array.from([100, 300, 1000, 40, 60, 5, 7])
		},
		{ c0: ['X', 'Y', 'Z'] },
		3
	);
}
