// A row chunk in the form that crosses to the chunk-writer worker cheaply: typed arrays are transferred (no
// copy), and each text column becomes one joined string plus its cell ends, which the structured clone copies
// in one piece instead of walking 50,000 separate strings. The writer turns it back into the stored form.
import type { ColumnData } from '$lib/domain/columns';

/** A text column as one string: cell i is joined.substring(ends[i - 1] ?? 0, ends[i]). */
export interface PackedText {
	joined: string;
	ends: Int32Array;
}

export type TransferColumn = Exclude<ColumnData, string[]> | PackedText | string[];

/** Joined text longer than this stays an array of cells (V8 caps a string near 2^29 characters). */
const MAX_JOINED_CHARS = 64 * 1024 * 1024;

export function packText(cells: readonly string[]): PackedText | undefined {
	const ends = new Int32Array(cells.length);
	let at = 0;
	for (let i = 0; i < cells.length; i++) {
		at += cells[i].length;
		if (at > MAX_JOINED_CHARS) return undefined;
		ends[i] = at;
	}
	return { joined: cells.join(''), ends };
}

export function unpackText(packed: PackedText): string[] {
	const { joined, ends } = packed;
	const out = new Array<string>(ends.length);
	let from = 0;
	for (let i = 0; i < ends.length; i++) {
		out[i] = joined.substring(from, ends[i]);
		from = ends[i];
	}
	return out;
}

/** The chunk's columns ready for postMessage, and the buffers to transfer with them. */
export function packColumns(columns: Record<string, ColumnData>): {
	columns: Record<string, TransferColumn>;
	transfer: ArrayBuffer[];
} {
	const out: Record<string, TransferColumn> = {};
	const transfer: ArrayBuffer[] = [];
	for (const [key, data] of Object.entries(columns)) {
		if (Array.isArray(data)) {
			const packed = packText(data);
			out[key] = packed ?? data;
			if (packed) transfer.push(packed.ends.buffer as ArrayBuffer);
		} else {
			out[key] = data;
			transfer.push(data.buffer as ArrayBuffer);
		}
	}
	return { columns: out, transfer };
}

export function unpackColumns(columns: Record<string, TransferColumn>): Record<string, ColumnData> {
	const out: Record<string, ColumnData> = {};
	for (const [key, data] of Object.entries(columns)) {
		out[key] = Array.isArray(data) || ArrayBuffer.isView(data) ? data : unpackText(data);
	}
	return out;
}
