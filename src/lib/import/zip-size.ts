// Refuses a workbook before inflating it when its zip directory declares more than a tab can hold: a 1 MB
// "zip bomb" that inflates to 1 GB gets a clear message in milliseconds instead of freezing or killing the tab.
// Reads only the end-of-central-directory record and the central directory (a few KB), as the zip format allows.
import type { MessageRef } from './types';

/** Declared uncompressed size above which a workbook is refused (SheetJS holds it all as strings). */
export const MAX_INFLATED_MB = 800;
const MAX_INFLATED_BYTES = MAX_INFLATED_MB * 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const TAIL = 22 + 65535;
/** Deflate cannot make data much bigger: a declared size far below the compressed size is a lie. */
const STORED_SLACK = 1.01;

interface EndRecord {
	entries: number;
	size: number;
	offset: number;
}

/** The end-of-central-directory record, searched backwards from the end of `tail`. */
function findEnd(tail: Uint8Array): EndRecord | null {
	const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
	for (let i = tail.length - 22; i >= 0; i--) {
		if (view.getUint32(i, true) !== EOCD) continue;
		return {
			entries: view.getUint16(i + 10, true),
			size: view.getUint32(i + 12, true),
			offset: view.getUint32(i + 16, true)
		};
	}
	return null;
}

/**
 * Sum of the uncompressed sizes the central directory declares: Infinity for a ZIP64 size (over 4 GB), null
 * when the directory is damaged or an entry claims to be much smaller than its compressed data.
 */
export function declaredInflatedBytes(dir: Uint8Array, entries: number): number | null {
	const d = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
	let total = 0;
	let p = 0;
	for (let e = 0; e < entries; e++) {
		if (p + 46 > dir.length || d.getUint32(p, true) !== CENTRAL) return null;
		const compressed = d.getUint32(p + 20, true);
		const inflated = d.getUint32(p + 24, true);
		if (compressed === 0xffffffff || inflated === 0xffffffff) return Infinity;
		if (inflated * STORED_SLACK + 1024 < compressed) return null;
		total += inflated;
		p += 46 + d.getUint16(p + 28, true) + d.getUint16(p + 30, true) + d.getUint16(p + 32, true);
	}
	return total;
}

/** An error when the workbook's zip directory is unreadable or declares more than MAX_INFLATED_MB. */
export async function checkZipSize(file: Blob): Promise<MessageRef | undefined> {
	const tailStart = Math.max(0, file.size - TAIL);
	const tail = new Uint8Array(await file.slice(tailStart).arrayBuffer());
	const end = findEnd(tail);
	if (!end) return { key: 'import.error.workbookNotZip' };
	let inflated: number | null;
	if (end.size === 0xffffffff || end.offset === 0xffffffff || end.entries === 0xffff) inflated = Infinity;
	else if (end.size > 64 * 1024 * 1024 || end.offset + end.size > file.size) inflated = null;
	else {
		const dir =
			end.offset >= tailStart
				? tail.subarray(end.offset - tailStart, end.offset - tailStart + end.size)
				: new Uint8Array(await file.slice(end.offset, end.offset + end.size).arrayBuffer());
		inflated = declaredInflatedBytes(dir, end.entries);
	}
	if (inflated === null) return { key: 'import.error.workbookNotZip' };
	if (inflated > MAX_INFLATED_BYTES) {
		const mb = Number.isFinite(inflated) ? Math.round(inflated / (1024 * 1024)) : '4096+';
		return { key: 'import.error.workbookInflates', params: { mb, cap: MAX_INFLATED_MB } };
	}
	return undefined;
}
