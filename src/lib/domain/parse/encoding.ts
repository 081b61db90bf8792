// Works out how a file's bytes are text: BOM, then UTF-16 by its zero bytes, then strict UTF-8, else GB18030
// (the superset of GBK that Excel on Chinese Windows writes), Big5 (Traditional Chinese Windows: Taiwan, Hong
// Kong), Shift_JIS (Japanese Windows) or Windows-1252 (Excel on Western Windows), told apart by how their high
// bytes pair up. EUC-KR cannot be told from GB2312 by structure alone, so it is offered, never guessed. Also
// routes files by content, not by extension.

export type TextEncoding =
	'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr' | 'windows-1252';
export type FileKind = 'zip' | 'ole' | 'text' | 'binary';

export interface EncodingGuess {
	encoding: TextEncoding;
	bom: boolean;
	/** False when the guess rests on little evidence (pure ASCII) or decoding looked wrong. */
	confident: boolean;
	/** UTF-8 for whole lines with Chinese text, then bytes that are not: two exports in one file. */
	mixed?: boolean;
}

const SAMPLE = 64 * 1024;

/** UTF-16 without a BOM shows ASCII characters as a zero byte beside each character byte. */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.2 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.2 && oddZeros < pairs * 0.05) return 'utf-16be';
	return null;
}

function isAscii(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
	return true;
}

/**
 * `whole`: the bytes are the entire file. A file that is plain ASCII to its end reads the same in every offered
 * encoding, so the guess is sure; when only the head was seen, a later byte may still say otherwise.
 */
export function detectEncoding(bytes: Uint8Array, options: { whole?: boolean } = {}): EncodingGuess {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { encoding: 'utf-8', bom: true, confident: true };
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
		return { encoding: 'utf-16le', bom: true, confident: true };
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
		return { encoding: 'utf-16be', bom: true, confident: true };
	const utf16 = utf16ByZeros(bytes);
	if (utf16) return { encoding: utf16, bom: false, confident: true };

	const sample = bytes.subarray(0, SAMPLE);
	if (isAscii(sample))
		return { encoding: 'utf-8', bom: false, confident: options.whole === true && isAscii(bytes) };
	try {
		// stream: true holds back a multi-byte character cut by the end of the sample instead of failing on it.
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
		return { encoding: 'utf-8', bom: false, confident: true };
	} catch {
		if (utf8Head(sample)) return { encoding: 'utf-8', bom: false, confident: false, mixed: true };
		// Before the Latin test: a Big5 or Shift_JIS second byte may be ASCII, which that test reads as a lone accent.
		const other = otherDoubleByte(sample);
		if (other) return { encoding: other, bom: false, confident: true };
		if (looksSingleByteLatin(sample)) return { encoding: 'windows-1252', bom: false, confident: true };
		const text = new TextDecoder('gb18030').decode(sample, { stream: true });
		return { encoding: 'gb18030', bom: false, confident: looksLikeChinese(text) };
	}
}

/** Length of the valid UTF-8 prefix of `bytes`, and how many multi-byte characters it holds. */
function validUtf8Prefix(bytes: Uint8Array): { end: number; multiByte: number } {
	let i = 0;
	let multiByte = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const n =
			b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (n === 0 || i + n > bytes.length) break;
		let ok = true;
		for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
		if (!ok) break;
		if (n > 1) multiByte++;
		i += n;
	}
	return { end: i, multiByte };
}

/**
 * True when whole lines at the start hold UTF-8 text with at least two multi-byte characters before the first
 * byte that is not UTF-8: GBK text passes as UTF-8 for a character by chance, never for whole lines.
 */
function utf8Head(sample: Uint8Array): boolean {
	const { end } = validUtf8Prefix(sample);
	if (end === 0) return false;
	const lastBreak = sample.lastIndexOf(0x0a, end - 1);
	if (lastBreak <= 0) return false;
	return validUtf8Prefix(sample.subarray(0, lastBreak)).multiByte >= 2;
}

/**
 * Western single-byte text (é, ü, ñ, £ in names and cities) puts a high byte between ASCII characters; Chinese
 * GBK text is pairs of high bytes (GB2312, which holds every common character, never uses an ASCII byte as the
 * second of a pair). Walking the sample pair by pair, a sample where at least 30 % of the high-byte units stand
 * alone before an ASCII byte is Windows-1252 (a superset of Latin-1): "José Núñez" has one lone é and one ú+ñ pair.
 */
export function looksSingleByteLatin(sample: Uint8Array): boolean {
	let units = 0;
	let alone = 0;
	for (let i = 0; i < sample.length; i++) {
		if (sample[i] < 0x80) continue;
		units++;
		if (i + 1 < sample.length && sample[i + 1] >= 0x80) i++;
		else alone++;
	}
	return units > 0 && alone >= units * 0.3;
}

/** True when `bytes` decode in `encoding` without a single invalid sequence. */
function decodesCleanly(bytes: Uint8Array, encoding: TextEncoding): boolean {
	try {
		new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/**
 * Big5 or Shift_JIS, when the pairs of high bytes say so and the whole sample decodes cleanly in it. GBK text
 * keeps both bytes of a common character at 0xA1 or above (GB2312); Big5 puts the second byte of about four
 * characters in ten in 0x40–0x7E, and Japanese text leads most pairs with 0x81–0x9F (kana are 0x82/0x83) — both
 * regions GBK reserves for rare characters. Thresholds sit far from what real GBK text shows (under 2 %). Western
 * text is kept out by requiring pairs of high bytes (most CJK characters; an accent is a lone high byte) and a
 * clean decode (an accent before a space, comma or digit is never a valid pair).
 */
export function otherDoubleByte(sample: Uint8Array): 'big5' | 'shift_jis' | null {
	let pairs = 0;
	let lowTrail = 0;
	let lowLead = 0;
	let highTrail = 0;
	for (let i = 0; i + 1 < sample.length; i++) {
		const lead = sample[i];
		if (lead < 0x80) continue;
		const trail = sample[++i];
		pairs++;
		if (trail >= 0x80) highTrail++;
		if (lead >= 0xa1 && trail >= 0x40 && trail <= 0x7e) lowTrail++;
		if (lead >= 0x81 && lead <= 0x9f) lowLead++;
	}
	if (pairs < 4 || highTrail < pairs * 0.3) return null;
	if (lowLead >= pairs * 0.4 && decodesCleanly(sample, 'shift_jis')) return 'shift_jis';
	if (lowTrail >= pairs * 0.15 && decodesCleanly(sample, 'big5')) return 'big5';
	return null;
}

/** Decoded GB18030 is trusted when it has no replacement characters and its non-ASCII is mostly CJK. */
function looksLikeChinese(text: string): boolean {
	let nonAscii = 0;
	let cjk = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0xfffd) return false;
		if (c < 0x80) continue;
		nonAscii++;
		if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
	}
	return nonAscii > 0 && cjk >= nonAscii * 0.8;
}

/** Text of the first bytes, for previews; drops a BOM and a character cut at the end. */
export function decodeSample(bytes: Uint8Array, encoding: TextEncoding, maxBytes = SAMPLE): string {
	return new TextDecoder(encoding).decode(bytes.subarray(0, maxBytes), { stream: true });
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	if (bytes.length < magic.length) return false;
	for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
	return true;
}

const BINARY_MAGIC: readonly (readonly number[])[] = [
	[0x25, 0x50, 0x44, 0x46], // %PDF
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0x47, 0x49, 0x46, 0x38], // GIF8
	[0xff, 0xd8, 0xff], // JPEG
	[0x1f, 0x8b], // gzip
	[0x37, 0x7a, 0xbc, 0xaf], // 7z
	[0x52, 0x61, 0x72, 0x21] // Rar!
];

/**
 * True for files that are not text: known binary signatures, or more than 5 % control bytes (NUL included)
 * outside UTF-16. A few NUL bytes in a text export are damage, not a binary file: the reader removes them.
 */
export function looksBinary(bytes: Uint8Array): boolean {
	if (sniffZipOrOle(bytes)) return true;
	for (const magic of BINARY_MAGIC) if (startsWith(bytes, magic)) return true;
	const head = bytes.subarray(0, 8192);
	if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) || utf16ByZeros(head)) return false;
	let control = 0;
	for (let i = 0; i < head.length; i++) {
		const b = head[i];
		// Tab, LF, FF, CR and ESC appear in real text files; other C0 controls rarely do.
		if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
	}
	return control > head.length * 0.05;
}

function sniffZipOrOle(bytes: Uint8Array): 'zip' | 'ole' | null {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
		return 'zip';
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
	return null;
}

/** Routes a file by content: XLSX is a ZIP, legacy .xls is an OLE compound file. */
export function sniffFileKind(bytes: Uint8Array): FileKind {
	const container = sniffZipOrOle(bytes);
	if (container) return container;
	return looksBinary(bytes) ? 'binary' : 'text';
}
