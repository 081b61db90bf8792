// Records ↔ (JSON text + one byte blob), losslessly: typed arrays and ArrayBuffers go into the blob as raw
// bytes (NaN payloads, -0 and Int8 values survive), and JSON's gaps (NaN, ±Infinity, -0, undefined) are tagged.

/** Every typed array kind a record may hold, by constructor name. */
const TYPED = {
	Int8Array,
	Uint8Array,
	Uint8ClampedArray,
	Int16Array,
	Uint16Array,
	Int32Array,
	Uint32Array,
	Float32Array,
	Float64Array,
	BigInt64Array,
	BigUint64Array
} as const;
type TypedName = keyof typeof TYPED;

export type Tagged = null | boolean | number | string | Tagged[] | { [key: string]: Tagged };

export interface EncodedTable {
	json: string;
	bytes: Uint8Array<ArrayBuffer>;
}

class ByteSink {
	parts: Uint8Array[] = [];
	length = 0;
	push(view: ArrayBufferView | ArrayBuffer): number {
		const at = this.length;
		const bytes =
			view instanceof ArrayBuffer
				? new Uint8Array(view)
				: new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
		this.parts.push(bytes);
		this.length += bytes.byteLength;
		return at;
	}
	join(): Uint8Array<ArrayBuffer> {
		const out = new Uint8Array(this.length);
		let at = 0;
		for (const p of this.parts) {
			out.set(p, at);
			at += p.byteLength;
		}
		return out;
	}
}

function isPlainObject(v: object): v is Record<string, unknown> {
	const proto = Object.getPrototypeOf(v) as unknown;
	return proto === Object.prototype || proto === null;
}

function encodeValue(v: unknown, sink: ByteSink): Tagged {
	switch (typeof v) {
		case 'string':
		case 'boolean':
			return v;
		case 'number':
			if (Number.isNaN(v)) return { $n: 'NaN' };
			if (v === Infinity) return { $n: 'Infinity' };
			if (v === -Infinity) return { $n: '-Infinity' };
			if (Object.is(v, -0)) return { $n: '-0' };
			return v;
		case 'undefined':
			return { $u: 1 };
		case 'bigint':
			return { $b: v.toString() };
		case 'object':
			break;
		default:
			throw new Error(`backup codec: cannot store a ${typeof v}`);
	}
	if (v === null) return null;
	if (v instanceof ArrayBuffer) return { $ab: sink.push(v), n: v.byteLength };
	if (ArrayBuffer.isView(v)) {
		const name = v.constructor.name;
		if (!(name in TYPED)) throw new Error(`backup codec: cannot store a ${name}`);
		const length = (v as unknown as { length: number }).length;
		return { $ta: name, o: sink.push(v), n: length };
	}
	if (Array.isArray(v)) {
		const out: Tagged[] = new Array<Tagged>(v.length);
		// A plain loop (not map) so holes become undefined and are tagged rather than skipped.
		for (let i = 0; i < v.length; i++) out[i] = encodeValue(v[i], sink);
		return out;
	}
	if (v instanceof Date) return { $d: v.getTime() };
	if (!isPlainObject(v)) throw new Error(`backup codec: cannot store a ${v.constructor.name}`);
	const out: Record<string, Tagged> = {};
	let escaped = false;
	for (const key of Object.keys(v)) {
		if (key.startsWith('$')) escaped = true;
		out[key] = encodeValue(v[key], sink);
	}
	// A user object whose own keys look like tags is wrapped, so decoding never mistakes it for one.
	return escaped ? { $o: out } : out;
}

function decodeValue(v: Tagged, bytes: Uint8Array): unknown {
	if (v === null || typeof v !== 'object') return v;
	if (Array.isArray(v)) return v.map((x) => decodeValue(x, bytes));
	if ('$n' in v) return Number(v.$n === '-0' ? -0 : v.$n);
	if ('$u' in v) return undefined;
	if ('$b' in v) return BigInt(v.$b as string);
	if ('$d' in v) return new Date(v.$d as number);
	if ('$ab' in v) return slice(bytes, v.$ab as number, v.n as number).buffer;
	if ('$ta' in v) {
		const name = v.$ta as string;
		if (!(name in TYPED)) throw new RangeError(`unknown typed array ${name}`);
		const Ctor = TYPED[name as TypedName];
		const n = v.n as number;
		// A copy per array: a view into the shared blob would make IndexedDB store the whole blob each time.
		return new Ctor(slice(bytes, v.o as number, n * Ctor.BYTES_PER_ELEMENT).buffer);
	}
	const inner = '$o' in v ? (v.$o as Record<string, Tagged>) : v;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(inner)) out[key] = decodeValue(inner[key], bytes);
	return out;
}

function slice(bytes: Uint8Array, offset: number, length: number): Uint8Array<ArrayBuffer> {
	if (
		!Number.isInteger(offset) ||
		!Number.isInteger(length) ||
		offset < 0 ||
		offset + length > bytes.byteLength
	)
		throw new RangeError('backup codec: a value points outside its table');
	return bytes.slice(offset, offset + length);
}

/** One table's records as JSON text plus the bytes their typed arrays point into. */
export function encodeTable(records: readonly unknown[]): EncodedTable {
	const sink = new ByteSink();
	const tagged = records.map((r) => encodeValue(r, sink));
	return { json: JSON.stringify(tagged), bytes: sink.join() };
}

/** The records back; throws on text that is not a table this codec wrote (the caller reports it as corrupt). */
export function decodeTable(json: string, bytes: Uint8Array): unknown[] {
	const tagged = JSON.parse(json) as unknown;
	if (!Array.isArray(tagged)) throw new TypeError('backup codec: a table is not a list');
	return (tagged as Tagged[]).map((t) => decodeValue(t, bytes));
}
