// Reads a backup file back into records, checking everything before anything is written: magic and version,
// passphrase, gzip's checksum, the header hash and every table's content hash. Fails with a message key.
import { fromUtf8, gunzip, sha256Hex, TooLargeError, type Bytes } from './bytes';
import { decodeTable } from './codec';
import { MAX_ITERATIONS, open, unlock } from './crypto';
import {
	checkTrailer,
	MAX_BODY_BYTES,
	MAX_FILE_BYTES,
	parseFile,
	readBody,
	type BackupContent,
	type BackupHeader,
	type ErrorKey
} from './format';
import { migrateBackup } from './migrate';

export type Unpacked =
	| { content: BackupContent; counts: Record<string, number>; hashes: Record<string, string> }
	| { error: ErrorKey };

/** The clear header (to ask for a passphrase only when needed), or why the file cannot be read. */
export function peekBackup(file: Bytes): { header: BackupHeader } | { error: ErrorKey } {
	const parsed = parseFile(file);
	return 'error' in parsed ? parsed : { header: parsed.header };
}

export interface UnpackLimits {
	maxFileBytes?: number;
	maxBodyBytes?: number;
}

export async function unpackBackup(
	file: Bytes,
	passphrase?: string,
	limits: UnpackLimits = {}
): Promise<Unpacked> {
	if (file.byteLength > (limits.maxFileBytes ?? MAX_FILE_BYTES)) return { error: 'backup.error.tooLarge' };
	const parsed = parseFile(file);
	if ('error' in parsed) return parsed;
	if (!(await checkTrailer(file))) return { error: 'backup.error.corrupt' };
	const { header, headerBytes } = parsed;
	let packed = parsed.payload;
	if (header.encryption) {
		const params = header.encryption;
		if (!passphrase) return { error: 'backup.error.passphraseNeeded' };
		if (!Number.isInteger(params.iterations) || params.iterations < 1 || params.iterations > MAX_ITERATIONS)
			return { error: 'backup.error.corrupt' };
		let key: CryptoKey | undefined;
		try {
			key = await unlock(passphrase, params);
		} catch {
			return { error: 'backup.error.corrupt' };
		}
		if (!key) return { error: 'backup.error.passphrase' };
		try {
			packed = await open(key, params, packed, headerBytes);
		} catch {
			return { error: 'backup.error.corrupt' };
		}
	}
	try {
		const { manifest, tables } = readBody(await gunzip(packed, limits.maxBodyBytes ?? MAX_BODY_BYTES));
		if (manifest.headerHash !== (await sha256Hex(headerBytes))) return { error: 'backup.error.corrupt' };
		const decoded: Record<string, unknown[]> = {};
		const counts: Record<string, number> = {};
		const hashes: Record<string, string> = {};
		for (const [i, entry] of manifest.tables.entries()) {
			const { json, bytes } = tables[i];
			const hash = await sha256Hex(json, bytes);
			if (hash !== entry.hash) return { error: 'backup.error.corrupt' };
			const records = decodeTable(fromUtf8.decode(json), bytes);
			if (records.length !== entry.count) return { error: 'backup.error.corrupt' };
			decoded[entry.name] = records;
			counts[entry.name] = entry.count;
			hashes[entry.name] = hash;
		}
		const migrated = migrateBackup(
			{ header, dbVersion: manifest.dbVersion, tables: decoded },
			header.formatVersion
		);
		if ('error' in migrated) return migrated;
		return { content: migrated.content, counts, hashes };
	} catch (error) {
		if (error instanceof TooLargeError) return { error: 'backup.error.tooLarge' };
		// Bad gzip, truncated body, invalid UTF-8 or JSON, an offset out of range: all a damaged file.
		return { error: 'backup.error.corrupt' };
	}
}
