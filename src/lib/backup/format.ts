// The Strata backup file: "STRATA-BACKUP\n", a 4-byte little-endian header length, a JSON header in the clear
// (what it is, when, from which app, how it is packed), the gzip'd — optionally AES-GCM sealed — body, and a
// SHA-256 of all that as a 32-byte trailer, so any changed byte is caught (even gzip's unchecked padding bits).
import { concatBytes, fromUtf8, sha256Hex, toHex, utf8, type Bytes } from './bytes';
import type { EncryptionParams } from './crypto';

export const MAGIC = 'STRATA-BACKUP';
const MAGIC_LINE = utf8.encode(`${MAGIC}\n`);
/** Bump when the layout or meaning of a backup changes, and add a step to BACKUP_STEPS in migrate.ts. */
export const FORMAT_VERSION = 1;
export const FILE_EXTENSION = '.strata-backup';

/**
 * Limits stated before a restore reads anything (Settings shows them): a file above MAX_FILE_BYTES is refused
 * from its size alone, and decompression stops once the body passes MAX_BODY_BYTES (the page must hold it whole).
 */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;
export const MAX_BODY_BYTES = 1536 * 1024 * 1024;

/** Every table of db.ts, in the order they are written; a unit test keeps this in step with the schema. */
export const TABLES = [
	'datasets',
	'chunks',
	'dictionaries',
	'reports',
	'results',
	'definitions',
	'snapshots',
	'models',
	'annotations',
	'settings'
] as const;
export type TableName = (typeof TABLES)[number];

export interface BackupHeader {
	magic: typeof MAGIC;
	formatVersion: number;
	createdAt: number;
	appVersion: string;
	compression: 'gzip';
	encryption: EncryptionParams | null;
	/** Record counts, for display before unlocking; left out of encrypted files (they are content too). */
	counts?: Record<string, number>;
}

export interface TableEntry {
	name: string;
	count: number;
	/** SHA-256 (hex) of the table's JSON text followed by its bytes, as written. */
	hash: string;
	jsonBytes: number;
	binBytes: number;
}

/** The first part of the body: how to cut the rest into tables, and how to check them. */
export interface Manifest {
	/** SHA-256 of the clear header's bytes: a changed header is caught even in an unencrypted file. */
	headerHash: string;
	/** Schema version (db.ts + migrations.ts) the records were read at. */
	dbVersion: number;
	tables: TableEntry[];
}

/** The decoded content of a backup, after format migration. */
export interface BackupContent {
	header: BackupHeader;
	dbVersion: number;
	tables: Record<string, unknown[]>;
}

export type ErrorKey =
	| 'backup.error.notBackup'
	| 'backup.error.newer'
	| 'backup.error.passphraseNeeded'
	| 'backup.error.encryptedNeedsPassphrase'
	| 'backup.error.passphrase'
	| 'backup.error.corrupt'
	| 'backup.error.newerSchema'
	| 'backup.error.busy'
	| 'backup.error.quota'
	| 'backup.error.write'
	| 'backup.error.tooLarge'
	| 'backup.error.empty'
	| 'backup.error.verifyAfterCommit';

const TRAILER = 32;

export async function writeFile(header: Bytes, payload: Bytes): Promise<Bytes> {
	const length = new Uint8Array(4);
	new DataView(length.buffer).setUint32(0, header.byteLength, true);
	const content = concatBytes([MAGIC_LINE, length, header, payload]);
	return concatBytes([content, fromHex(await sha256Hex(content))]);
}

/** True when the trailer matches the rest of the file. */
export async function checkTrailer(file: Bytes): Promise<boolean> {
	if (file.byteLength < TRAILER) return false;
	const expected = toHex(file.subarray(file.byteLength - TRAILER));
	return (await sha256Hex(file.subarray(0, file.byteLength - TRAILER))) === expected;
}

function fromHex(hex: string): Bytes {
	const out = new Uint8Array(hex.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
	return out;
}

export type ParsedFile = { header: BackupHeader; headerBytes: Bytes; payload: Bytes } | { error: ErrorKey };

/** Splits a file into its clear header and body; says when it is not a Strata backup or is from a newer app. */
export function parseFile(file: Bytes): ParsedFile {
	const start = MAGIC_LINE.byteLength;
	if (file.byteLength < start + 4 || MAGIC_LINE.some((b, i) => file[i] !== b))
		return { error: 'backup.error.notBackup' };
	const length = new DataView(file.buffer, file.byteOffset).getUint32(start, true);
	if (start + 4 + length + TRAILER > file.byteLength) return { error: 'backup.error.corrupt' };
	const headerBytes = file.slice(start + 4, start + 4 + length);
	let header: BackupHeader;
	try {
		header = JSON.parse(fromUtf8.decode(headerBytes)) as BackupHeader;
	} catch {
		return { error: 'backup.error.corrupt' };
	}
	if (header?.magic !== MAGIC || !Number.isInteger(header.formatVersion))
		return { error: 'backup.error.corrupt' };
	if (header.formatVersion > FORMAT_VERSION) return { error: 'backup.error.newer' };
	return { header, headerBytes, payload: file.slice(start + 4 + length, file.byteLength - TRAILER) };
}

/** Body = 4-byte manifest length, manifest JSON, then each table's JSON text and bytes in manifest order. */
export function writeBody(manifest: Manifest, tables: { json: Uint8Array; bytes: Uint8Array }[]): Bytes {
	const m = utf8.encode(JSON.stringify(manifest));
	const length = new Uint8Array(4);
	new DataView(length.buffer).setUint32(0, m.byteLength, true);
	return concatBytes([length, m, ...tables.flatMap((t) => [t.json, t.bytes])]);
}

/** Throws on a malformed body (the caller reports 'backup.error.corrupt'). */
export function readBody(body: Bytes): { manifest: Manifest; tables: { json: Bytes; bytes: Bytes }[] } {
	const length = new DataView(body.buffer, body.byteOffset).getUint32(0, true);
	const manifest = JSON.parse(fromUtf8.decode(body.subarray(4, 4 + length))) as Manifest;
	if (!Array.isArray(manifest?.tables)) throw new TypeError('no table list');
	let at = 4 + length;
	const tables = manifest.tables.map((t) => {
		const json = body.subarray(at, at + t.jsonBytes);
		const bytes = body.subarray(at + t.jsonBytes, at + t.jsonBytes + t.binBytes);
		at += t.jsonBytes + t.binBytes;
		if (at > body.byteLength) throw new RangeError('body is shorter than its manifest');
		return { json: json as Bytes, bytes: bytes as Bytes };
	});
	if (at !== body.byteLength) throw new RangeError('body is longer than its manifest');
	return { manifest, tables };
}
