// Byte helpers for the backup file, on platform APIs only (WebCrypto digest, CompressionStream gzip),
// which browsers and Node 20 both provide — no compression or crypto dependency ships with the app.

export type Bytes = Uint8Array<ArrayBuffer>;

export const utf8 = new TextEncoder();
/** `fatal`: a damaged file must fail loudly, not decode into replacement characters. */
export const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

export function concatBytes(parts: readonly Uint8Array[]): Bytes {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.byteLength;
	}
	return out;
}

export function toHex(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += b.toString(16).padStart(2, '0');
	return s;
}

export function toBase64(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return btoa(s);
}

export function fromBase64(text: string): Bytes {
	const s = atob(text);
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out;
}

export async function sha256Hex(...parts: Uint8Array[]): Promise<string> {
	const data =
		parts.length === 1 && parts[0].buffer instanceof ArrayBuffer ? (parts[0] as Bytes) : concatBytes(parts);
	return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
}

async function pipe(bytes: Bytes, transform: CompressionStream | DecompressionStream): Promise<Bytes> {
	const stream = new Blob([bytes]).stream().pipeThrough(transform);
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const gzip = (bytes: Bytes) => pipe(bytes, new CompressionStream('gzip'));

/** The output of a gunzip passed its cap: a gzip bomb, or a backup larger than this app restores. */
export class TooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`more than ${limit} bytes once decompressed`);
		this.name = 'TooLargeError';
	}
}

/**
 * Rejects on damaged input (gzip checks its CRC-32 and length trailer), and with TooLargeError as soon as the
 * output passes `maxBytes`: streamed with a running count, so a small file that inflates to gigabytes stops early.
 */
export async function gunzip(bytes: Bytes, maxBytes = Infinity): Promise<Bytes> {
	const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
	const parts: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel().catch(() => undefined);
			throw new TooLargeError(maxBytes);
		}
		parts.push(value);
	}
	return concatBytes(parts);
}
