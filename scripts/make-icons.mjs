// Draws Strata's app icons (three stacked tier bars) as PNGs into static/icons. Run once when the
// logo changes: `node scripts/make-icons.mjs`. No image library needed for flat shapes.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = new Uint32Array(256).map((_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc32 = (buf) => {
	let c = 0xffffffff;
	for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
	const raw = Buffer.alloc((size * 4 + 1) * size);
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
			const o = y * (size * 4 + 1) + 1 + x * 4;
			raw[o] = r;
			raw[o + 1] = g;
			raw[o + 2] = b;
			raw[o + 3] = a;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8;
	ihdr[9] = 6;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
	if (x < x0 || x > x1 || y < y0 || y > y1) return false;
	const cx = Math.min(Math.max(x, x0 + r), x1 - r);
	const cy = Math.min(Math.max(y, y0 + r), y1 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
function icon(size, maskable) {
	const s = size / 64;
	// A maskable icon keeps its content inside the central 80% safe zone and fills the whole square.
	const inset = maskable ? 0.2 : 0;
	const bars = [
		['#e9c46a', 14],
		['#a8b8cc', 28],
		['#c48a5a', 42]
	];
	return png(size, (x, y) => {
		const u = x / s;
		const v = y / s;
		const bg = maskable || inRoundRect(u, v, 0, 0, 64, 64, 14);
		if (!bg) return [0, 0, 0, 0];
		const k = 1 - inset;
		const bu = (u - 32) / k + 32;
		const bv = (v - 32) / k + 32;
		for (const [colour, top] of bars) {
			if (inRoundRect(bu, bv, 14, top, 50, top + 8, 3)) return [...hex(colour), 255];
		}
		return [...hex('#1f3a5f'), 255];
	});
}
mkdirSync('static/icons', { recursive: true });
writeFileSync('static/icons/icon-192.png', icon(192, false));
writeFileSync('static/icons/icon-512.png', icon(512, false));
writeFileSync('static/icons/icon-maskable-512.png', icon(512, true));
console.log('icons written');
