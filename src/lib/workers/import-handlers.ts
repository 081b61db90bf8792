// The import worker's handlers: each runs import/handle-request (which takes the import and write locks) and
// turns its posts into events and one result. Runs in the worker, or in the page when storage is in memory.
import { handleImportRequest } from '$lib/import/handle-request';
import { workerChunkWriter } from '$lib/import/chunk-writer-client';
import { openDb } from '$lib/storage/open-db';
import type { ImportApi, ImportEvent, ImportWorkerRequest, ImportWorkerResponse } from './import-protocol';
import type { HandlerResult, Handlers, JobContext, RunOptions } from './rpc';

/**
 * Off: measured with `BENCH_ONLY=import` on the 2-core machine, quiet, 2026-12-02, 1M lines, same build: 20.68 s with
 * the second worker vs 13.98 s without (the third busy thread competes with the parser for two cores). Kept, with
 * its tests, for machines with more cores; turn on only with a bench run that shows it faster.
 */
const STORE_CHUNKS_IN_SECOND_WORKER = false;

async function handle(
	request: ImportWorkerRequest,
	ctx: JobContext<ImportEvent>
): Promise<HandlerResult<never>> {
	const { db, mode } = await openDb();
	let final: ImportWorkerResponse | undefined;
	await handleImportRequest(request, {
		db,
		signal: ctx.signal,
		// A second worker may store row chunks while this one parses (never with a memory store, which it cannot share).
		openChunkWriter: mode === 'indexeddb' && STORE_CHUNKS_IN_SECOND_WORKER ? workerChunkWriter : undefined,
		post: (reply) => {
			if (reply.type === 'started') ctx.emit({ type: 'started', datasetId: reply.datasetId });
			else if (reply.type === 'progress') ctx.emit({ type: 'progress', progress: reply.progress });
			else final = reply;
		}
	});
	if (!final || final.type === 'started' || final.type === 'progress')
		return { error: { key: 'import.error.unexpected', params: { detail: '' } } };
	if (final.type === 'error') return { error: final.error };
	const { id: _id, type: _type, ...value } = final;
	return { value: (final.type === 'preview' ? final.preview : value) as never };
}

export const importHandlers: Handlers<ImportApi> = {
	sniff: (args, ctx) => handle({ id: 0, type: 'sniff', ...args }, { signal: ctx.signal, emit: () => {} }),
	import: (args, ctx) => handle({ id: 0, type: 'import', ...args }, ctx),
	demo: (args, ctx) => handle({ id: 0, type: 'demo', ...args }, ctx)
};

export const importRunOptions: RunOptions = {
	fail: (e) => ({ key: 'import.error.unexpected', params: { detail: String(e) } })
};
