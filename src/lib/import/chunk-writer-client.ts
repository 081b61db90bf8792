// The import worker's side of the chunk-writer worker: posts each chunk (typed arrays transferred, text packed,
// chunk-transfer.ts) and settles its promise when the writer has stored it. Terminating the import worker (cancel)
// ends this worker with it; the page then discards the half-written dataset as before.
import { spawnChunkWriterWorker } from '$lib/workers/spawn-nested';
import type { ChunkWriteReply, ChunkWriteRequest } from '$lib/workers/chunk-writer-protocol';
import { LockedError } from '$lib/storage/at-rest';
import { packColumns } from './chunk-transfer';
import type { ChunkWriter } from './chunk-writer';

export function workerChunkWriter(): ChunkWriter {
	const worker = spawnChunkWriterWorker();
	const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
	let nextId = 1;
	const failAll = (error: Error) => {
		for (const p of pending.values()) p.reject(error);
		pending.clear();
	};
	worker.onmessage = (event: MessageEvent<ChunkWriteReply>) => {
		const reply = event.data;
		const p = pending.get(reply.id);
		pending.delete(reply.id);
		if (!p) return;
		if (reply.ok) return p.resolve();
		if (reply.locked) return p.reject(new LockedError());
		// describeStorageError recognises a full disk by the error's name.
		const error = new Error(reply.message);
		if (reply.quota) error.name = 'QuotaExceededError';
		p.reject(error);
	};
	worker.onerror = (event) => {
		event.preventDefault();
		failAll(new Error(`chunk writer: ${event.message}`));
	};
	return {
		write(datasetId, chunk) {
			const id = nextId++;
			const { columns, transfer } = packColumns(chunk.columns);
			const message: ChunkWriteRequest = { id, datasetId, index: chunk.index, length: chunk.length, columns };
			return new Promise<void>((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.postMessage(message, transfer);
			});
		},
		close() {
			failAll(new Error('chunk writer closed'));
			worker.terminate();
		}
	};
}
