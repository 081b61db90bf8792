// Messages between the import worker and its chunk-writer worker (import/chunk-writer-client.ts).
import type { TransferColumn } from '$lib/import/chunk-transfer';

export interface ChunkWriteRequest {
	id: number;
	datasetId: string;
	index: number;
	length: number;
	columns: Record<string, TransferColumn>;
}

export type ChunkWriteReply =
	{ id: number; ok: true } | { id: number; ok: false; message: string; quota: boolean; locked: boolean };
