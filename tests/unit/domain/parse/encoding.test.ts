import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { encodeGbk } from '../../../fixtures/awkward';
import { decodeSample, detectEncoding, looksBinary, sniffFileKind } from '$lib/domain/parse/encoding';

const TEXT = '客户,金额\n张三,100';
// GBK/GB18030 bytes of TEXT, from the GB2312 code table: 客 BFCD, 户 BBA7, 金 BDF0, 额 B6EE, 张 D5C5, 三 C8FD.
const GBK = [
	0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x30, 0x30
];

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (littleEndian) out.push(c & 0xff, c >> 8);
		else out.push(c >> 8, c & 0xff);
	}
	return new Uint8Array(out);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('detectEncoding', () => {
	it('has a TextDecoder with GB18030 (Node built with full ICU)', () => {
		expect(new TextDecoder('gb18030').decode(new Uint8Array(GBK))).toBe(TEXT);
		expect(new TextDecoder('gbk').decode(new Uint8Array([0xbf, 0xcd]))).toBe('客');
	});

	it('recognises GBK bytes as gb18030 and decodes them', () => {
		const bytes = new Uint8Array(GBK);
		expect(detectEncoding(bytes)).toEqual({ encoding: 'gb18030', bom: false, confident: true });
		expect(decodeSample(bytes, 'gb18030')).toBe(TEXT);
	});

	it('recognises UTF-8 with and without a BOM', () => {
		expect(detectEncoding(utf8(TEXT))).toEqual({ encoding: 'utf-8', bom: false, confident: true });
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
		expect(detectEncoding(withBom)).toEqual({ encoding: 'utf-8', bom: true, confident: true });
		expect(decodeSample(withBom, 'utf-8')).toBe(TEXT);
	});

	it('is not confident about an ASCII head, which a later byte may contradict', () => {
		expect(detectEncoding(utf8('id,amount\n1,100\n'))).toEqual({
			encoding: 'utf-8',
			bom: false,
			confident: false
		});
	});

	it('is sure of a whole file that is ASCII to its end, and not of one with a high byte past the sample', () => {
		expect(detectEncoding(utf8('id,amount\n1,100\n'), { whole: true }).confident).toBe(true);
		// 70 KB of ASCII, then one GBK character (中 = D6 D0): the 64 KB sample alone cannot know.
		const late = new Uint8Array([...utf8('1,2\n'.repeat(17_500)), 0xd6, 0xd0]);
		expect(detectEncoding(late, { whole: true }).confident).toBe(false);
	});

	it('does not mistake a multi-byte character cut at the end of the sample for invalid UTF-8', () => {
		const bytes = utf8(TEXT.repeat(5000)); // > 64 KiB, so the sample ends inside the text
		for (let cut = 1; cut <= 3; cut++) {
			const prefix = bytes.subarray(0, bytes.length - cut);
			expect(detectEncoding(prefix).encoding).toBe('utf-8');
		}
		const long = utf8('客'.repeat(30000)); // 3 bytes each: 65536 is not a multiple of 3
		expect(detectEncoding(long)).toEqual({ encoding: 'utf-8', bom: false, confident: true });
	});

	it('recognises UTF-16 LE and BE by their BOM', () => {
		expect(detectEncoding(utf16(TEXT, true, true))).toEqual({
			encoding: 'utf-16le',
			bom: true,
			confident: true
		});
		expect(detectEncoding(utf16(TEXT, false, true))).toEqual({
			encoding: 'utf-16be',
			bom: true,
			confident: true
		});
		expect(decodeSample(utf16(TEXT, true, true), 'utf-16le')).toBe(TEXT);
		expect(decodeSample(utf16(TEXT, false, true), 'utf-16be')).toBe(TEXT);
	});

	it('recognises UTF-16 LE and BE without a BOM by their zero bytes', () => {
		expect(detectEncoding(utf16(TEXT, true, false)).encoding).toBe('utf-16le');
		expect(detectEncoding(utf16(TEXT, false, false)).encoding).toBe('utf-16be');
		expect(detectEncoding(utf16('id,amount\n1,100', true, false))).toEqual({
			encoding: 'utf-16le',
			bom: false,
			confident: true
		});
	});

	it('reads Latin-1 text that is not UTF-8 as windows-1252, not as garbled GBK', () => {
		// "café,1\n" in Windows-1252: é = 0xE9 is invalid UTF-8 here.
		const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a]);
		expect(detectEncoding(latin1)).toEqual({ encoding: 'windows-1252', bom: false, confident: true });
		expect(decodeSample(latin1, 'windows-1252')).toBe('café,1\n');
	});
});

describe('sniffFileKind and looksBinary', () => {
	it('routes XLSX (ZIP) and legacy XLS (OLE) by their signatures', () => {
		expect(sniffFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('zip');
		expect(sniffFileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('ole');
	});

	it('calls PNG and PDF files renamed .csv binary', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const pdf = utf8('%PDF-1.7\n');
		expect(sniffFileKind(png)).toBe('binary');
		expect(looksBinary(pdf)).toBe(true);
	});

	it('calls bytes with NULs outside a UTF-16 pattern binary', () => {
		expect(
			looksBinary(new Uint8Array([0x61, 0x62, 0x00, 0x00, 0x00, 0x63, 0x01, 0x02, 0x03, 0x04, 0x05]))
		).toBe(true);
	});

	it('calls CSV text, GBK text and UTF-16 text text', () => {
		expect(sniffFileKind(utf8('a,b\r\n1,2\r\n'))).toBe('text');
		expect(sniffFileKind(new Uint8Array(GBK))).toBe('text');
		expect(sniffFileKind(utf16(TEXT, true, false))).toBe('text');
		expect(sniffFileKind(utf16(TEXT, false, true))).toBe('text');
	});
});

// Fixed seed for CI (FC_SEED overrides it); fast-check prints the seed and the shrunk counterexample on failure.
const fcParams = { seed: Number(process.env.FC_SEED) || 20261202, numRuns: 300 };

describe('Windows-1252 (Western Excel) against GBK', () => {
	const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
	const ACCENTED = 'àáâäçèéêëìíîïñòóôöùúûüýÿÀÁÂÄÇÈÉÊËÌÍÎÏÑÒÓÔÖÙÚÛÜ£';
	const COMMON_HANZI = '客户张王李刘陈杨赵黄周吴会员金额订单日期手机号码北京上海广州深圳退款交易成功合计';

	it('reads a Superstore-style export with José Núñez and Zoë Müller as Windows-1252', () => {
		const csv =
			'Customer ID,Customer Name,City,Sales\nJN-10004,José Núñez,Bogotá,12.5\nZM-10023,Zoë Müller,Köln,3\n';
		const bytes = latin1(csv);
		expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', bom: false, confident: true });
		expect(decodeSample(bytes, 'windows-1252')).toBe(csv);
	});

	it('still reads GBK Chinese as gb18030', () => {
		expect(detectEncoding(encodeGbk('会员号,金额\n张三,￥100\n李四,200\n')).encoding).toBe('gb18030');
	});

	test.prop(
		[
			fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.constantFrom(...ACCENTED)), {
				minLength: 1,
				maxLength: 30
			})
		],
		fcParams
	)('classifies Western names with accents as windows-1252', (words) => {
		const text = words.map(([w, a]) => `${w}${a}${w.slice(0, 2)}`).join(' ') + '\n';
		expect(detectEncoding(latin1(text)).encoding).toBe('windows-1252');
	});

	test.prop(
		[
			fc.array(
				fc.tuple(
					fc.stringMatching(/^[A-Za-z0-9,]{0,4}$/),
					fc.string({ unit: fc.constantFrom(...COMMON_HANZI), minLength: 1, maxLength: 6 })
				),
				{ minLength: 1, maxLength: 30 }
			)
		],
		fcParams
	)('never takes GBK Chinese text for windows-1252', (parts) => {
		const text = parts.map(([a, h]) => a + h).join(',') + '\n';
		const bytes = encodeGbk(text);
		// A few GBK pairs are also valid UTF-8 ("员" = D4 B1 = "Ա"): such bytes are UTF-8 by the earlier rule.
		let alsoUtf8 = true;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			alsoUtf8 = false;
		}
		fc.pre(!alsoUtf8);
		expect(detectEncoding(bytes).encoding).toBe('gb18030');
		expect(decodeSample(bytes, 'gb18030')).toBe(text);
	});
});
