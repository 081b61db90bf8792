// The import worker: a thin switch from messages to the import modules. Cancel = the page terminates it.
/// <reference lib="webworker" />
import { handleImportRequest } from '$lib/import/handle-request';
import { workerChunkWriter } from '$lib/import/chunk-writer-client';
import { setSessionKey } from '$lib/storage/at-rest';
import { openDb } from '$lib/storage/open-db';
import type { ImportWorkerRequest, ImportWorkerResponse, KeyMessage } from './protocol';

const post = (message: ImportWorkerResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ImportWorkerRequest | KeyMessage>) => {
	if (event.data.type === 'key') return setSessionKey(event.data.key);
	const { db, mode } = await openDb();
	// Row chunks are stored by a second worker while this one parses (a memory store cannot be shared with it).
	const openChunkWriter = mode === 'indexeddb' ? workerChunkWriter : undefined;
	await handleImportRequest(event.data, { db, post, openChunkWriter });
};
