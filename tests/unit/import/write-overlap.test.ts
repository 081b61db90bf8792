// The import keeps parsing while a row chunk is being stored: only the next full chunk waits for the write.
// (Waiting on every batch left the import worker idle for each write's commit in the 1M-line bench.)
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { importFile } from '$lib/import/run-import';
import type { ChunkWriter } from '$lib/import/chunk-writer';
import { CHUNK_SIZE } from '$lib/import/column-builder';
import { appendRowChunk, readColumns } from '$lib/storage/datasets';
import type { ImportSpec } from '$lib/import/types';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`overlap-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

const spec: ImportSpec = {
	name: 'orders',
	shape: 'transactions',
	columns: [
		{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
		{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
		{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' }
	],
	options: { encoding: 'utf-8', delimiter: ',', headerRow: 0, firstRowIsData: false }
};

describe('storing a chunk while parsing', () => {
	it('reads on past the first chunk while its write is still pending, and stores every row', async () => {
		const rows = CHUNK_SIZE + CHUNK_SIZE / 2;
		const lines = ['id,date,amount'];
		for (let i = 0; i < rows; i++) lines.push(`C${i % 300},2024-01-${1 + (i % 28)},${i % 500}`);
		const file = new File([lines.join('\n') + '\n'], 'o.csv');
		let rowsSeen = 0;
		let seenWhileFirstPending = 0;
		let release: () => void = () => {};
		const released = new Promise<void>((r) => (release = r));
		const writer: ChunkWriter = {
			async write(datasetId, chunk) {
				if (chunk.index === 0) {
					// Held until parsing has gone a block or more past the chunk (or 5 s, so a stall fails, not hangs).
					const timer = setTimeout(release, 5000);
					await released;
					clearTimeout(timer);
					seenWhileFirstPending = rowsSeen;
				}
				await appendRowChunk(db, datasetId, chunk.index, chunk.length, chunk.columns);
			},
			close: () => {}
		};
		const out = await importFile(file, spec, {
			db,
			chunkWriter: writer,
			blockSize: 64 * 1024,
			progressIntervalMs: 0,
			onProgress: (p) => {
				rowsSeen = p.rows;
				if (p.rows > CHUNK_SIZE + 5000) release();
			}
		});
		if ('error' in out) throw new Error(out.error.key);
		expect(seenWhileFirstPending).toBeGreaterThan(CHUNK_SIZE + 5000);
		expect(out.report.rowsImported).toBe(rows);
		const cols = await readColumns(db, out.datasetId, ['c2']);
		expect((cols.c2 as Float64Array).length).toBe(rows);
		expect((cols.c2 as Float64Array)[rows - 1]).toBe((rows - 1) % 500);
	});
});
