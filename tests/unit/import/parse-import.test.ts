// The parse stage on its own: rows in, { rows, rejected, report } out, with no store at all — the chunks go to
// an in-memory target, so what storage is handed can be read directly.
import { describe, expect, it } from 'vitest';
import { parseImport, type PipelineSource, type RowSink } from '$lib/import/pipeline';
import type { ColumnSpec } from '$lib/domain/columns';
import { CHUNK_SIZE } from '$lib/import/column-builder';
import type { RejectedChunk, RowChunk } from '$lib/storage/import-write';

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' }
];

function source(rows: string[][], feedEnd?: (sink: RowSink) => Promise<void>): PipelineSource {
	return {
		name: 'orders',
		shape: 'transactions',
		columns: COLUMNS,
		source: { fileName: 'orders.csv', size: 100, kind: 'csv' },
		feed: async (sink) => {
			sink.begin(3);
			rows.forEach((row, i) => sink.push(row, i + 2));
			await (feedEnd ? feedEnd(sink) : sink.flush(100, 100));
			return { contentHash: 'h1' };
		}
	};
}

function memoryTarget() {
	const rows: RowChunk[] = [];
	const rejected: RejectedChunk[] = [];
	return {
		rows,
		rejected,
		write: async (r: readonly RowChunk[], x: readonly RejectedChunk[]) => {
			rows.push(...r);
			rejected.push(...x);
		}
	};
}

const ORDERS = [
	['A', '2024-01-02', '10'],
	['B', '2024-01-03', '20'],
	['', '2024-01-04', '5'],
	['A', 'bad', '1'],
	['A', '2024-01-05', '30']
];

describe('parseImport', () => {
	it('hands the imported rows and the rejected rows to the target and returns the report and counts', async () => {
		const target = memoryTarget();
		let clock = 0;
		const out = await parseImport(source(ORDERS), target, { now: () => (clock += 5) });
		if ('error' in out) throw new Error(out.error.key);
		expect(target.rows).toHaveLength(1);
		expect(target.rows[0].length).toBe(3);
		expect(Array.from(target.rows[0].columns.c2 as Float64Array)).toEqual([10, 20, 30]);
		expect(target.rejected).toHaveLength(1);
		expect(target.rejected[0].rejected.map((r) => [r.line, r.reason])).toEqual([
			[4, 'missingCustomerId'],
			[5, 'unparsableDate']
		]);
		expect(out.report.rowsRead).toBe(5);
		expect(out.report.rowsImported).toBe(3);
		expect(out.report.rowsRejected).toBe(2);
		expect(out.report.byReason).toEqual({ missingCustomerId: 1, unparsableDate: 1 });
		expect(out.report).not.toHaveProperty('datasetId');
		expect(out.counts).toMatchObject({ rowCount: 3, customerCount: 2, chunkCount: 1, contentHash: 'h1' });
		expect(out.dictionaries.find((d) => d.column === 'c0')?.values).toEqual(['A', 'B']);
	});

	it('returns an error, not a report, for a header with no rows and for rows that are all rejected', async () => {
		expect(await parseImport(source([]), memoryTarget(), {})).toEqual({
			error: { key: 'import.error.headerOnly' }
		});
		expect(await parseImport(source([['', '2024-01-01', '1']]), memoryTarget(), {})).toEqual({
			error: { key: 'import.error.noRows', params: { rejected: 1 } }
		});
	});

	it('stops at the next flush once cancelled, and lets the write in flight settle before returning', async () => {
		// One full chunk (CHUNK_SIZE rows) is written at the first flush; the cancel comes while it is in flight.
		const many = Array.from({ length: CHUNK_SIZE }, (_, i) => [`C${i}`, '2024-01-02', '1']);
		const signal = { aborted: false };
		const writes: string[] = [];
		const target = {
			write: (rows: readonly RowChunk[]) =>
				new Promise<void>((resolve) =>
					setTimeout(() => {
						writes.push(`${rows.length} chunk(s) of ${rows[0]?.length ?? 0} rows`);
						resolve();
					}, 30)
				)
		};
		const out = await parseImport(
			source(many, async (sink) => {
				await sink.flush(50, 100);
				signal.aborted = true;
				await sink.flush(100, 100);
			}),
			target,
			{ signal }
		);
		expect(out).toEqual({ error: { key: 'import.error.cancelled' } });
		expect(writes).toEqual([`1 chunk(s) of ${CHUNK_SIZE} rows`]);
	});

	it('lets a failed write (the store full) reach the caller as a thrown error', async () => {
		const full = new DOMException('full', 'QuotaExceededError');
		const target = { write: () => Promise.reject(full) };
		await expect(parseImport(source(ORDERS), target, {})).rejects.toBe(full);
	});
});
