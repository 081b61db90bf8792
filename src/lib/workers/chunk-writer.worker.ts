// Stores row chunks for the import worker, so IndexedDB's copy of each chunk runs beside the parsing. A thin switch.
import { unpackColumns } from '$lib/import/chunk-transfer';
import { isLockedError } from '$lib/storage/at-rest';
import { appendRowChunk, isQuotaError } from '$lib/storage/datasets';
import { openDb } from '$lib/storage/open-db';
import type { ChunkWriteReply, ChunkWriteRequest } from './chunk-writer-protocol';

const post = (message: ChunkWriteReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ChunkWriteRequest>) => {
	const { id, datasetId, index, length, columns } = event.data;
	try {
		const { db } = await openDb();
		await appendRowChunk(db, datasetId, index, length, unpackColumns(columns));
		post({ id, ok: true });
	} catch (error) {
		post({
			id,
			ok: false,
			message: error instanceof Error ? error.message : String(error),
			quota: isQuotaError(error),
			locked: isLockedError(error)
		});
	}
};
