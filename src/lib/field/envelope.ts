// The file around a field pack or a contact log: one JSON document with what it is, its version and date in
// the clear, and the body either inline or gzip'd and sealed with a passphrase by the backup's AES-GCM
// (src/lib/backup/crypto.ts, used as is). The clear header is authenticated, so editing it breaks the seal.
import { fromBase64, fromUtf8, gunzip, gzip, toBase64, TooLargeError, utf8 } from '$lib/backup/bytes';
import { MAGIC as BACKUP_MAGIC } from '$lib/backup/format';
import {
	MAX_ITERATIONS,
	newEncryption,
	open,
	PBKDF2_ITERATIONS,
	seal,
	unlock,
	type EncryptionParams
} from '$lib/backup/crypto';

/** A file above this is refused from its size alone; a sealed body may not inflate past MAX_BODY_BYTES. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_BODY_BYTES = 256 * 1024 * 1024;

export interface Envelope {
	format: string;
	version: number;
	createdAt: number;
	encryption: EncryptionParams | null;
	body?: unknown;
	sealed?: string;
}

export type ReadFailure = { error: string; params?: Record<string, string | number> };
export type Read = { body: unknown; createdAt: number; encrypted: boolean } | ReadFailure;

const aad = (e: Pick<Envelope, 'format' | 'version' | 'createdAt' | 'encryption'>) =>
	utf8.encode(JSON.stringify([e.format, e.version, e.createdAt, e.encryption]));

export async function writeEnvelope(
	format: string,
	version: number,
	body: unknown,
	passphrase?: string,
	createdAt = Date.now(),
	iterations = PBKDF2_ITERATIONS
): Promise<Uint8Array<ArrayBuffer>> {
	if (!passphrase) return utf8.encode(JSON.stringify({ format, version, createdAt, encryption: null, body }));
	const { params, key } = await newEncryption(passphrase, iterations);
	const head = { format, version, createdAt, encryption: params };
	const sealed = await seal(key, params, await gzip(utf8.encode(JSON.stringify(body))), aad(head));
	return utf8.encode(JSON.stringify({ ...head, sealed: toBase64(sealed) }));
}

const isParams = (p: unknown): p is EncryptionParams => {
	const e = p as Partial<EncryptionParams> | null;
	return (
		!!e &&
		e.alg === 'AES-GCM-256' &&
		e.kdf === 'PBKDF2-SHA-256' &&
		Number.isInteger(e.iterations) &&
		(e.iterations ?? 0) >= 1 &&
		(e.iterations ?? 0) <= MAX_ITERATIONS &&
		typeof e.salt === 'string' &&
		typeof e.iv === 'string' &&
		typeof e.check === 'string'
	);
};

/**
 * Reads a file written by writeEnvelope, checking what it is before anything else: size, the format and its
 * version, then the passphrase. `kinds` maps each format this reader knows to its message key, so opening a
 * contact log where a pack was expected says so.
 */
export async function readEnvelope(
	bytes: Uint8Array<ArrayBuffer>,
	expect: { format: string; version: number; other: Record<string, string> },
	passphrase?: string
): Promise<Read> {
	if (bytes.byteLength > MAX_FILE_BYTES) return { error: 'field.error.tooLarge', params: { mb: 64 } };
	let text: string;
	try {
		text = fromUtf8.decode(bytes);
	} catch {
		return { error: 'field.error.notFile' };
	}
	if (text.startsWith(BACKUP_MAGIC)) return { error: 'field.error.isBackup' };
	let env: Envelope;
	try {
		env = JSON.parse(text) as Envelope;
	} catch {
		return { error: 'field.error.notFile' };
	}
	if (!env || typeof env !== 'object' || typeof env.format !== 'string')
		return { error: 'field.error.notFile' };
	if (env.format !== expect.format)
		return expect.other[env.format]
			? { error: 'field.error.wrongKind', params: { kind: expect.other[env.format] } }
			: { error: 'field.error.notFile' };
	if (!Number.isInteger(env.version) || env.version < 1 || !Number.isFinite(env.createdAt))
		return { error: 'field.error.corrupt' };
	if (env.version > expect.version) return { error: 'field.error.newer', params: { version: env.version } };
	if (env.encryption === null || env.encryption === undefined) {
		if (env.body === undefined) return { error: 'field.error.corrupt' };
		return { body: env.body, createdAt: env.createdAt, encrypted: false };
	}
	if (!isParams(env.encryption) || typeof env.sealed !== 'string') return { error: 'field.error.corrupt' };
	if (!passphrase) return { error: 'field.error.passphraseNeeded' };
	let key: CryptoKey | undefined;
	try {
		key = await unlock(passphrase, env.encryption);
	} catch {
		return { error: 'field.error.corrupt' };
	}
	if (!key) return { error: 'field.error.passphrase' };
	try {
		const plain = await open(key, env.encryption, fromBase64(env.sealed), aad(env));
		const body: unknown = JSON.parse(fromUtf8.decode(await gunzip(plain, MAX_BODY_BYTES)));
		return { body, createdAt: env.createdAt, encrypted: true };
	} catch (e) {
		if (e instanceof TooLargeError) return { error: 'field.error.tooLarge', params: { mb: 256 } };
		return { error: 'field.error.corrupt' };
	}
}
