// Where full row chunks are stored. Storing a 50,000-row chunk makes IndexedDB copy it on the calling thread
// (a third of a 1M-line import's time when the import worker did it, measured with the CPU profiler), so in the
// browser a second worker stores them while the import worker goes on parsing (chunk-writer-client.ts). Tests,
// the in-memory fallback and an encrypted workspace (the key lives per thread) store them on the same thread
// (storage/import-write.ts, when no writer is given).
import type { BuiltChunk } from './column-builder';

export interface ChunkWriter {
	/** Stores one row chunk of the dataset; rejects with the storage error (a full disk keeps its name). */
	write(datasetId: string, chunk: BuiltChunk): Promise<void>;
	/** Releases the writer once every write has settled. */
	close(): void;
}
