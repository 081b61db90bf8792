// A small workspace touching every table and every awkward value a backup must keep: NaN, -0, ±Infinity,
// Int8 extremes, typed arrays sharing a buffer, ArrayBuffers, undefined fields and keys that start with '$'.
import type { StrataDb } from '$lib/storage/db';
import { webcrypto } from 'node:crypto';

export async function fillWorkspace(db: StrataDb): Promise<void> {
	const shared = new Float64Array([7, 8, 9, 10]);
	await db.datasets.bulkAdd([
		{
			id: 'd1',
			name: '春季 orders',
			status: 'committed',
			shape: 'transactions' as never,
			createdAt: 1_700_000_000_000,
			contentHash: 'abc',
			source: { fileName: 'a.csv', size: 10, kind: 'csv' },
			columns: [],
			rowCount: 4,
			customerCount: 2,
			chunkCount: 1
		},
		{
			id: 'd2',
			name: 'Demo',
			status: 'committed',
			shape: 'customers' as never,
			createdAt: 1_700_000_000_001,
			contentHash: 'def',
			source: { fileName: 'demo', size: 0, kind: 'demo' },
			columns: [],
			rowCount: 0,
			customerCount: 0,
			chunkCount: 0,
			previousDatasetId: 'd1'
		}
	]);
	await db.chunks.bulkAdd([
		{
			datasetId: 'd1',
			table: 'rows',
			index: 0,
			length: 4,
			columns: {
				amount: new Float64Array([1.5, NaN, -0, Infinity]),
				flag: new Int8Array([-128, -1, 0, 127]),
				code: new Int32Array([-2147483648, 0, 1, 2147483647]),
				// A view into the middle of a larger buffer: only its own two values belong to the record.
				tail: shared.subarray(1, 3),
				id: ['A1', 'A2', '', '<script>']
			}
		},
		{
			datasetId: 'd1',
			table: 'rejects',
			index: 0,
			length: 1,
			rejected: [{ line: 3, reason: 'amount', raw: ['=1+1'] } as never]
		}
	]);
	await db.dictionaries.add({ datasetId: 'd1', column: 'city', values: ['上海', 'Berlin'] });
	await db.reports.add({
		datasetId: 'd1',
		rowsRead: 5,
		rowsImported: 4,
		rowsRejected: 1,
		byReason: { amount: 1 },
		duplicateIds: 0,
		columns: [{ key: 'amount', header: '金额', missing: 0, invalid: 1 }],
		notes: [{ key: 'import.note', params: { n: 1 } }],
		durationMs: 12.5
	});
	await db.results.add({
		datasetId: 'd1',
		kind: 'tiers',
		inputHash: 'h',
		computedAt: 1,
		// Float32Array is not a ColumnData kind today; a backup must still keep whatever a record holds.
		columns: { score: new Float32Array([0.25, NaN]) as unknown as Float64Array },
		meta: { auc: NaN, lift: -Infinity, zero: -0, missing: undefined, list: [1, undefined, null] }
	});
	await db.definitions.add({
		datasetId: 'd1',
		kind: 'rules',
		value: { $ta: 'not a tag', $n: 'x', nested: { $o: 1 } },
		updatedAt: 2
	});
	const iv = webcrypto.getRandomValues(new Uint8Array(12));
	await db.snapshots.add({
		id: 's1',
		datasetId: 'd1',
		createdAt: 3,
		analysisDate: 4,
		definitions: null,
		sealed: { iv, data: new Uint8Array([1, 2, 3, 255]).buffer }
	});
	await db.models.add({
		id: 'm1',
		datasetId: 'd1',
		createdAt: 5,
		kind: 'logistic',
		name: 'churn',
		metrics: { auc: 0.8125 },
		pipeline: { means: new Float64Array([0.1, 0.2]) },
		artifacts: { weightData: new Float32Array([1, -1]).buffer, big: 2n ** 70n, when: new Date(86_400_000) }
	});
	await db.annotations.add({ datasetId: 'd1', customerId: 'A1', kind: 'contacted', value: 6, updatedAt: 6 });
	await db.settings.bulkAdd([
		{ key: 'empty', value: undefined },
		{ key: 'theme', value: 'dark' }
	]);
}

/**
 * The test's own fingerprint of a database, independent of the backup codec: every record of every table,
 * written out with typed arrays as (kind, raw bytes in hex) so NaN payloads and -0 count.
 */
export async function fingerprint(db: StrataDb): Promise<string> {
	const out: string[] = [];
	for (const table of db.tables.map((t) => t.name).sort()) {
		out.push(`#${table}`);
		for (const record of await db.table(table).toArray()) out.push(canon(record));
	}
	return out.join('\n');
}

function hex(bytes: Uint8Array): string {
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function canon(v: unknown): string {
	if (v === undefined) return 'undef';
	if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
	if (typeof v === 'bigint') return `${v}n`;
	if (typeof v !== 'object' || v === null) return JSON.stringify(v);
	if (v instanceof ArrayBuffer) return `AB(${hex(new Uint8Array(v))})`;
	if (ArrayBuffer.isView(v))
		return `${v.constructor.name}(${hex(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))})`;
	if (v instanceof Date) return `Date(${v.getTime()})`;
	if (Array.isArray(v)) return `[${Array.from(v, canon).join(',')}]`;
	return `{${Object.keys(v)
		.sort()
		.map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`)
		.join(',')}}`;
}

/** Recomputes the SHA-256 trailer, to show the checks behind it work on their own too. */
export async function retrail(file: Uint8Array<ArrayBuffer>) {
	const out = file.slice();
	const digest = await crypto.subtle.digest('SHA-256', out.subarray(0, out.length - 32));
	out.set(new Uint8Array(digest), out.length - 32);
	return out;
}
