// An incremental 64-bit content hash (two independent 32-bit murmur-style lanes) computed while a file streams,
// so a re-import of the same bytes is recognised without a second pass. Not cryptographic: it only spots repeats.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function mixWord(h: number, k: number): number {
	k = Math.imul(k, C1);
	k = (k << 15) | (k >>> 17);
	k = Math.imul(k, C2);
	h ^= k;
	h = (h << 13) | (h >>> 19);
	return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finalMix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export class ContentHasher {
	private a = 0x9747b28c | 0;
	private b = 0x5bd1e995 | 0;
	private length = 0;
	/** Bytes (0–3) left over from the previous update, waiting to complete a 32-bit word. */
	private carry = new Uint8Array(4);
	private carryLength = 0;

	update(bytes: Uint8Array): void {
		this.length += bytes.length;
		let i = 0;
		while (this.carryLength > 0 && this.carryLength < 4 && i < bytes.length)
			this.carry[this.carryLength++] = bytes[i++];
		if (this.carryLength === 4) {
			this.word(this.carry[0] | (this.carry[1] << 8) | (this.carry[2] << 16) | (this.carry[3] << 24));
			this.carryLength = 0;
		}
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		const end = i + ((bytes.length - i) & ~3);
		let a = this.a;
		let b = this.b;
		for (; i < end; i += 4) {
			const k = view.getUint32(i, true);
			a = mixWord(a, k);
			// The second lane sees each word rotated and salted, so the two lanes are independent.
			b = mixWord(b, ((k << 7) | (k >>> 25)) ^ 0x27d4eb2f);
		}
		this.a = a;
		this.b = b;
		while (i < bytes.length) this.carry[this.carryLength++] = bytes[i++];
	}

	private word(k: number): void {
		this.a = mixWord(this.a, k);
		this.b = mixWord(this.b, ((k << 7) | (k >>> 25)) ^ 0x27d4eb2f);
	}

	/** Hex digest (16 characters). Does not change the state, so it can be read mid-stream. */
	digest(): string {
		let tail = 0;
		for (let j = 0; j < this.carryLength; j++) tail |= this.carry[j] << (8 * j);
		let a = this.a;
		let b = this.b;
		if (this.carryLength > 0) {
			a ^= Math.imul(tail, C1);
			b ^= Math.imul(tail ^ 0x27d4eb2f, C2);
		}
		a = finalMix(a ^ this.length ^ (this.length / 0x100000000));
		b = finalMix(b ^ Math.imul(this.length | 0, 31) ^ (this.length / 0x100000000));
		return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
	}
}

export function hashBytes(bytes: Uint8Array): string {
	const hasher = new ContentHasher();
	hasher.update(bytes);
	return hasher.digest();
}

export function hashString(text: string): string {
	return hashBytes(new TextEncoder().encode(text));
}
