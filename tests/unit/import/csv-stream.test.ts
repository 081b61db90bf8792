import { describe, expect, it } from 'vitest';
import { guessNewline, streamCsv } from '$lib/import/csv-stream';
import { ContentHasher, hashBytes } from '$lib/import/content-hash';
import type { TextEncoding } from '$lib/domain/parse/encoding';

async function collect(bytes: Uint8Array, encoding: TextEncoding, delimiter = ',', blockSize = 7) {
	const rows: string[][] = [];
	const firsts: number[] = [];
	const result = await streamCsv(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
		encoding,
		delimiter,
		blockSize,
		onRecords: (batch, first) => {
			firsts.push(first);
			rows.push(...batch);
		}
	});
	return { rows, result, firsts };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('streamCsv', () => {
	it('keeps a quoted field with an embedded newline whole when it spans a block boundary', async () => {
		const text = 'id,note\n1,"line one\nline two, still"\n2,plain\n';
		for (const blockSize of [3, 5, 11, 16, 1000]) {
			const { rows } = await collect(utf8(text), 'utf-8', ',', blockSize);
			expect(rows.filter((r) => r.join('') !== '')).toEqual([
				['id', 'note'],
				['1', 'line one\nline two, still'],
				['2', 'plain']
			]);
		}
	});

	it('decodes a GBK character split across a block boundary', async () => {
		// 客户 in GBK is BF CD BB A7; with a 1-byte prefix and block size 2 every character is cut in half.
		const bytes = new Uint8Array([0x61, 0x2c, 0xbf, 0xcd, 0xbb, 0xa7, 0x0a, 0x31, 0x2c, 0xd6, 0xd0, 0x0a]);
		for (const blockSize of [1, 2, 3, 5]) {
			const { rows } = await collect(bytes, 'gb18030', ',', blockSize);
			expect(rows.slice(0, 2)).toEqual([
				['a', '客户'],
				['1', '中']
			]);
		}
	});

	it('reads UTF-16 LE with a byte-order mark', async () => {
		const text = '\ufeff姓名\t金额\r\n张三\t12.5\r\n';
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			bytes[2 * i] = text.charCodeAt(i) & 0xff;
			bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
		}
		const { rows } = await collect(bytes, 'utf-16le', '\t', 5);
		expect(rows.slice(0, 2)).toEqual([
			['姓名', '金额'],
			['张三', '12.5']
		]);
	});

	it('strips a UTF-8 BOM and reads semicolon files with CRLF line ends', async () => {
		const { rows } = await collect(utf8('\ufeffa;b\r\n1;"x;y"\r\n'), 'utf-8', ';', 4);
		expect(rows.slice(0, 2)).toEqual([
			['a', 'b'],
			['1', 'x;y']
		]);
	});

	it('gives no records for an empty file and one for a header-only file', async () => {
		const empty = await collect(new Uint8Array(0), 'utf-8');
		expect(empty.rows).toEqual([]);
		expect(empty.result).toMatchObject({ records: 0, bytesRead: 0 });
		const headerOnly = await collect(utf8('a,b,c'), 'utf-8');
		expect(headerOnly.rows).toEqual([['a', 'b', 'c']]);
	});

	it('numbers batches by record index so line numbers can be derived', async () => {
		const { firsts, rows } = await collect(utf8('h\n1\n2\n3\n4\n'), 'utf-8', ',', 2);
		expect(rows.slice(0, 5).map((r) => r[0])).toEqual(['h', '1', '2', '3', '4']);
		// each batch starts where the previous ended
		let expected = 0;
		const sizes: number[] = [];
		for (let i = 0; i < firsts.length; i++) {
			expect(firsts[i]).toBe(expected);
			const next = i + 1 < firsts.length ? firsts[i + 1] : rows.length;
			sizes.push(next - firsts[i]);
			expected = next;
		}
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(rows.length);
	});

	it('stops at once when the signal is aborted', async () => {
		const result = await streamCsv(new Blob([utf8('a\n1\n2\n')]), {
			encoding: 'utf-8',
			delimiter: ',',
			signal: { aborted: true },
			onRecords: () => {}
		});
		expect(result).toEqual({ error: { key: 'import.error.cancelled' } });
	});

	it('hashes the bytes as it streams, equal to hashing them at once whatever the block size', async () => {
		const bytes = utf8('id,v\n1,2\n3,4\n5,6\n');
		for (const blockSize of [1, 3, 4, 7]) {
			const hasher = new ContentHasher();
			await streamCsv(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
				encoding: 'utf-8',
				delimiter: ',',
				blockSize,
				hasher,
				onRecords: () => {}
			});
			expect(hasher.digest()).toBe(hashBytes(bytes));
		}
		expect(hashBytes(utf8('a'))).not.toBe(hashBytes(utf8('b')));
		expect(hashBytes(utf8('ab'))).not.toBe(hashBytes(utf8('ab\0')));
	});
});

describe('guessNewline', () => {
	it('tells CRLF, LF and CR apart, ignoring newlines inside quotes', () => {
		expect(guessNewline('a,b\r\nc')).toBe('\r\n');
		expect(guessNewline('a,"x\r\ny"\nc')).toBe('\n');
		expect(guessNewline('a\rb\rc')).toBe('\r');
	});
});
