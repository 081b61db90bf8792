// The chunk-writer path (import/chunk-writer.ts, chunk-transfer.ts): a chunk packed for another thread comes back
// cell for cell, and an import whose chunks go through a writer "on another thread" (structuredClone with the
// buffers transferred, as postMessage does) stores exactly what the in-thread import stores.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { StrataDb } from '$lib/storage/db';
import { appendRowChunk, readColumns, readRejected } from '$lib/storage/datasets';
import { importFile } from '$lib/import/run-import';
import { packColumns, packText, unpackColumns, unpackText } from '$lib/import/chunk-transfer';
import type { ChunkWriter } from '$lib/import/chunk-writer';
import type { ColumnSpec } from '$lib/domain/columns';
import type { ImportSpec } from '$lib/import/types';

const SEED = Number(process.env.FC_SEED ?? 20261202);

describe('packText / unpackText', () => {
	it('keeps empty cells, Chinese text and cells that are substrings of each other apart', () => {
		const cells = ['', '张三', 'a', '', 'ab', '😀x', ''];
		const packed = packText(cells);
		expect(packed?.joined).toBe('张三aab😀x');
		expect(Array.from(packed?.ends ?? [])).toEqual([0, 2, 3, 3, 5, 8, 8]);
		expect(unpackText(packed!)).toEqual(cells);
	});

	test.prop([fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 30 })], {
		seed: SEED,
		numRuns: 100
	})(
		'gives back every cell exactly, lone surrogates included',
		(cells) => {
			expect(unpackText(packText(cells)!)).toEqual(cells);
		},
		30_000
	);
});

describe('packColumns', () => {
	it('transfers every typed array and the cell ends, and unpacks to the same columns', () => {
		const columns = {
			a: new Float64Array([1.5, NaN]),
			b: new Int32Array([3, -1]),
			c: new Int8Array([1, -1]),
			d: ['x', '']
		};
		const { columns: packed, transfer } = packColumns(columns);
		expect(transfer).toHaveLength(4);
		const moved = structuredClone(packed, { transfer });
		expect(columns.a.length).toBe(0); // detached: the buffers moved, nothing was copied
		expect(unpackColumns(moved)).toEqual({
			a: new Float64Array([1.5, NaN]),
			b: new Int32Array([3, -1]),
			c: new Int8Array([1, -1]),
			d: ['x', '']
		});
	});
});

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`writer-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

/** Stores chunks the way the writer worker does: packed, moved across (structured clone), unpacked, added. */
function clonedWriter(log: number[]): ChunkWriter {
	return {
		async write(datasetId, chunk) {
			const { columns, transfer } = packColumns(chunk.columns);
			const moved = structuredClone(columns, { transfer });
			await new Promise((r) => setTimeout(r, 1));
			log.push(chunk.index);
			await appendRowChunk(db, datasetId, chunk.index, chunk.length, unpackColumns(moved));
		},
		close: () => {}
	};
}

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' },
	{ key: 'c3', header: 'note', source: 3, role: 'text', type: 'text' }
];
const spec: ImportSpec = {
	name: 'orders',
	shape: 'transactions',
	columns: COLUMNS,
	options: { encoding: 'utf-8', delimiter: ',', headerRow: 0, firstRowIsData: false }
};

describe('an import whose chunks are stored by a writer on another thread', () => {
	it('stores the same columns and rejected rows as one stored on the import thread', async () => {
		const lines = ['id,date,amount,note'];
		for (let i = 0; i < 2500; i++)
			lines.push(
				i % 97 === 5 ? `,2024-01-02,1,no id` : `C${i % 40},2024-01-${1 + (i % 28)},${i}.5,"备注 ${i}, x"`
			);
		const csv = lines.join('\n') + '\n';
		const log: number[] = [];
		const viaWriter = await importFile(new File([csv], 'o.csv'), spec, {
			db,
			chunkWriter: clonedWriter(log),
			blockSize: 4096
		});
		const inThread = await importFile(new File([csv], 'o.csv'), spec, { db, blockSize: 4096 });
		if ('error' in viaWriter || 'error' in inThread) throw new Error(JSON.stringify([viaWriter, inThread]));
		expect(viaWriter.report.rowsImported).toBe(2474);
		expect(viaWriter.report.rowsRejected).toBe(26);
		const keys = ['c0', 'c1', 'c2', 'c3'];
		const a = await readColumns(db, viaWriter.datasetId, keys);
		const b = await readColumns(db, inThread.datasetId, keys);
		expect(a).toEqual(b);
		expect((a.c3 as string[])[1]).toBe('备注 1, x');
		expect(await readRejected(db, viaWriter.datasetId)).toEqual(await readRejected(db, inThread.datasetId));
	});

	it('fails the import with the storage message and leaves nothing behind when the writer fails', async () => {
		const failing: ChunkWriter = {
			write: async () => {
				const e = new Error('disk full');
				e.name = 'QuotaExceededError';
				throw e;
			},
			close: () => {}
		};
		const out = await importFile(new File(['id,date,amount,note\nA,2024-01-02,1,x\n'], 'o.csv'), spec, {
			db,
			chunkWriter: failing
		});
		expect('error' in out && out.error).toMatchObject({ key: 'import.error.quota' });
		expect(await db.chunks.count()).toBe(0);
		expect(await db.datasets.count()).toBe(0);
	});
});
