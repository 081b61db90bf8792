import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { handleImportRequest } from '$lib/import/handle-request';
import type { ImportWorkerResponse } from '$lib/workers/import-protocol';
import type { ChunkWriter } from '$lib/import/chunk-writer';
import { appendRowChunk } from '$lib/storage/datasets';

/** A chunk writer standing in for the writer worker: stores on the same db and records what it did. */
function recordingWriter(db: StrataDb, log: string[]): () => ChunkWriter {
	return () => {
		log.push('open');
		return {
			write: async (datasetId, c) => {
				log.push(`write ${c.index}`);
				await appendRowChunk(db, datasetId, c.index, c.length, c.columns);
			},
			close: () => log.push('close')
		};
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('handleImportRequest', () => {
	it('answers busy, and writes nothing, when another tab holds the import lock', async () => {
		const request = vi.fn(async (_name: string, _opts: unknown, cb: (lock: unknown) => Promise<void>) =>
			cb(null)
		);
		vi.stubGlobal('navigator', { locks: { request } });
		const db = new StrataDb('busy');
		const posted: ImportWorkerResponse[] = [];
		await handleImportRequest(
			{ id: 3, type: 'demo', request: { variant: 'en', customers: 5 } },
			{ db, post: (m) => posted.push(m) }
		);
		expect(request.mock.calls[0][0]).toBe('strata-import');
		expect(posted).toEqual([{ id: 3, type: 'error', error: { key: 'import.error.busy' } }]);
		expect(await db.datasets.count()).toBe(0);
		await db.delete();
	});

	it('replies to a sniff with a preview carrying the request id', async () => {
		const db = new StrataDb('sniff');
		const posted: ImportWorkerResponse[] = [];
		await handleImportRequest(
			{ id: 9, type: 'sniff', file: new File(['a,b\n1,2\n'], 'x.csv') },
			{ db, post: (m) => posted.push(m) }
		);
		expect(posted).toHaveLength(1);
		expect(posted[0].id).toBe(9);
		expect(posted[0].type).toBe('preview');
		await db.delete();
	});

	it('stores the row chunks through the chunk writer it is given, and closes it', async () => {
		const db = new StrataDb('writer');
		const posted: ImportWorkerResponse[] = [];
		const log: string[] = [];
		await handleImportRequest(
			{ id: 4, type: 'demo', request: { variant: 'en', customers: 20 } },
			{ db, post: (m) => posted.push(m), openChunkWriter: recordingWriter(db, log) }
		);
		expect(posted.at(-1)?.type).toBe('done');
		expect(log).toEqual(['open', 'write 0', 'close']);
		expect(await db.chunks.filter((c) => c.table === 'rows').count()).toBe(1);
		await db.delete();
	});

	it('never hands chunks to another thread in an encrypted workspace (the key lives per thread)', async () => {
		const db = new StrataDb('encrypted');
		await db.settings.put({ key: 'encryption', value: { version: 1 } });
		const log: string[] = [];
		const posted: ImportWorkerResponse[] = [];
		await handleImportRequest(
			{ id: 5, type: 'demo', request: { variant: 'en', customers: 20 } },
			{ db, post: (m) => posted.push(m), openChunkWriter: recordingWriter(db, log) }
		);
		expect(log).toEqual([]);
		// This thread holds no key, so the import is refused rather than written in clear.
		expect(posted.at(-1)).toMatchObject({ type: 'error', error: { key: 'atRest.locked' } });
		expect(await db.chunks.count()).toBe(0);
		await db.delete();
	});
});
