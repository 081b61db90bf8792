// Optional backup encryption: AES-GCM 256 with a key stretched from the passphrase by PBKDF2-SHA-256
// (600,000 iterations, OWASP 2023), a random 16-byte salt and 12-byte IV, all kept in the file's clear header.
import { fromBase64, sha256Hex, toBase64, utf8, type Bytes } from './bytes';

export const PBKDF2_ITERATIONS = 600_000;
/** Above this a header is treated as damaged rather than making the browser grind for minutes. */
export const MAX_ITERATIONS = 10_000_000;

export interface EncryptionParams {
	alg: 'AES-GCM-256';
	kdf: 'PBKDF2-SHA-256';
	iterations: number;
	salt: string;
	iv: string;
	/**
	 * 16 hex digits derived from the passphrase (not from the data): a wrong passphrase is told apart from a
	 * damaged file. Guessing through it costs the same PBKDF2 work as guessing through the ciphertext.
	 */
	check: string;
}

interface Keys {
	key: CryptoKey;
	check: string;
}

async function deriveKeys(passphrase: string, salt: Bytes, iterations: number): Promise<Keys> {
	const secret = await crypto.subtle.importKey(
		'raw',
		utf8.encode(passphrase.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const master = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		secret,
		256
	);
	// One PBKDF2 run, split by HKDF into the AES key and the check value (two PBKDF2 runs would double the wait).
	const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveKey', 'deriveBits']);
	const info = (label: string) => ({
		name: 'HKDF',
		hash: 'SHA-256',
		salt: new Uint8Array(0),
		info: utf8.encode(label)
	});
	const key = await crypto.subtle.deriveKey(
		info('strata-backup/aes-gcm'),
		hkdf,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
	const checkBits = new Uint8Array(await crypto.subtle.deriveBits(info('strata-backup/check'), hkdf, 256));
	return { key, check: (await sha256Hex(checkBits)).slice(0, 16) };
}

export async function newEncryption(
	passphrase: string,
	iterations = PBKDF2_ITERATIONS
): Promise<{ params: EncryptionParams; key: CryptoKey }> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const { key, check } = await deriveKeys(passphrase, salt, iterations);
	return {
		key,
		params: {
			alg: 'AES-GCM-256',
			kdf: 'PBKDF2-SHA-256',
			iterations,
			salt: toBase64(salt),
			iv: toBase64(iv),
			check
		}
	};
}

/** The key for a file's params, or undefined when the passphrase does not match. */
export async function unlock(passphrase: string, params: EncryptionParams): Promise<CryptoKey | undefined> {
	const { key, check } = await deriveKeys(passphrase, fromBase64(params.salt), params.iterations);
	return check === params.check ? key : undefined;
}

/** `header` is authenticated too: changing the clear header (iterations, dates) makes decryption fail. */
export async function seal(
	key: CryptoKey,
	params: EncryptionParams,
	plain: Bytes,
	header: Bytes
): Promise<Bytes> {
	const iv = fromBase64(params.iv);
	return new Uint8Array(
		await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, plain)
	);
}

/** Rejects when the ciphertext or the header was changed. */
export async function open(
	key: CryptoKey,
	params: EncryptionParams,
	sealed: Bytes,
	header: Bytes
): Promise<Bytes> {
	const iv = fromBase64(params.iv);
	return new Uint8Array(
		await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header }, key, sealed)
	);
}
