import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { handleImportRequest } from '$lib/import/handle-request';
import type { ImportWorkerResponse } from '$lib/workers/import-protocol';

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
});
