// Answers one import-worker request. Plain code over a db instance, so the worker, the in-page fallback (when
// storage is in memory and a worker could not share it) and tests all run the same thing.
import type { StrataDb } from '$lib/storage/db';
import type { ImportWorkerRequest, ImportWorkerResponse } from '$lib/workers/import-protocol';
import { IMPORT_LOCK } from '$lib/locks';
import { isEncrypted, isLockedError, withWriteLock } from '$lib/storage/at-rest';
import type { ChunkWriter } from './chunk-writer';
import { importDemo, importFile } from './run-import';
import { sniffFile } from './sniff';
import type { PipelineDeps } from './pipeline';

export interface HandlerContext {
	db: StrataDb;
	post: (message: ImportWorkerResponse) => void;
	signal?: { readonly aborted: boolean };
	/** A writer on another thread for the row chunks (the import worker's); not used in an encrypted workspace. */
	openChunkWriter?: () => ChunkWriter;
}

type Locks = {
	request: (
		name: string,
		options: { ifAvailable: boolean },
		cb: (lock: unknown) => Promise<void>
	) => Promise<void>;
};

/** Runs `work` holding the import lock; `false` when another tab holds it. Without Web Locks, just runs. */
async function withImportLock(work: () => Promise<void>): Promise<boolean> {
	const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
	if (!locks) {
		await work();
		return true;
	}
	let acquired = false;
	await locks.request(IMPORT_LOCK, { ifAvailable: true }, async (lock) => {
		if (!lock) return;
		acquired = true;
		await work();
	});
	return acquired;
}

export async function handleImportRequest(msg: ImportWorkerRequest, ctx: HandlerContext): Promise<void> {
	const { id } = msg;
	try {
		if (msg.type === 'sniff') {
			const result = await sniffFile(msg.file, msg.overrides);
			ctx.post(
				'error' in result
					? { id, type: 'error', error: result.error }
					: { id, type: 'preview', preview: result.preview }
			);
			return;
		}
		const deps: PipelineDeps = {
			db: ctx.db,
			signal: ctx.signal,
			onStart: (datasetId) => ctx.post({ id, type: 'started', datasetId }),
			onProgress: (progress) => ctx.post({ id, type: 'progress', progress })
		};
		const run = async () => {
			// Under the lock the setting cannot change: only a workspace without encryption lets another thread
			// (which holds no key) store the chunks; an encrypted one seals them here.
			const chunkWriter =
				ctx.openChunkWriter && !(await isEncrypted(ctx.db)) ? ctx.openChunkWriter() : undefined;
			let outcome;
			try {
				const runDeps = chunkWriter ? { ...deps, chunkWriter } : deps;
				outcome =
					msg.type === 'demo'
						? await importDemo(msg.request, runDeps)
						: await importFile(
								msg.file,
								{ options: msg.options, columns: msg.columns, shape: msg.shape, name: msg.name },
								runDeps
							);
			} finally {
				chunkWriter?.close();
			}
			ctx.post(
				'error' in outcome ? { id, type: 'error', error: outcome.error } : { id, type: 'done', ...outcome }
			);
		};
		// The workspace lock (shared) after the import lock: an encryption change waits for the whole import.
		const acquired = await withImportLock(async () => {
			await withWriteLock(ctx.db, run);
		});
		if (!acquired) ctx.post({ id, type: 'error', error: { key: 'import.error.busy' } });
	} catch (error) {
		ctx.post({
			id,
			type: 'error',
			error: isLockedError(error)
				? { key: 'atRest.locked' }
				: { key: 'import.error.unexpected', params: { detail: String(error) } }
		});
	}
}
