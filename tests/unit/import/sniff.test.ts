import { describe, expect, it } from 'vitest';
import { previewProblem, sniffFile } from '$lib/import/sniff';
import { hashString } from '$lib/import/content-hash';

const gbk = (hex: string) => new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));

describe('sniffFile', () => {
	it('detects delimiter, header and preview rows of a semicolon file', async () => {
		const r = await sniffFile(new File(['name;amount\nAnn;1,5\nBob;2\n'], 'a.csv'));
		if ('error' in r) throw new Error(r.error.key);
		expect(r.preview.options.delimiter).toBe(';');
		expect(r.preview.headers).toEqual(['name', 'amount']);
		expect(r.preview.rows).toEqual([
			['Ann', '1,5'],
			['Bob', '2']
		]);
	});

	it('reads GBK text by default and garbles it under a UTF-8 override', async () => {
		// "姓名,金额\n张三,5\n" in GBK
		const bytes = gbk('d0d5c3fb2cbdf0b6ee0ad5c5c8fd2c350a');
		const file = new File([bytes], 'g.csv');
		const auto = await sniffFile(file);
		if ('error' in auto) throw new Error(auto.error.key);
		expect(auto.preview.options.encoding).toBe('gb18030');
		expect(auto.preview.headers).toEqual(['姓名', '金额']);
		const forced = await sniffFile(file, { encoding: 'utf-8' });
		if ('error' in forced) throw new Error(forced.error.key);
		expect(forced.preview.headers[0]).not.toBe('姓名');
	});

	it('gives clear errors for empty and binary files and flags header-only files', async () => {
		expect(await sniffFile(new File([], 'e.csv'))).toEqual({ error: { key: 'import.error.empty' } });
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect(await sniffFile(new File([png], 'p.csv'))).toEqual({ error: { key: 'import.error.binary' } });
		const h = await sniffFile(new File(['id,name\n'], 'h.csv'));
		if ('error' in h) throw new Error(h.error.key);
		expect(previewProblem(h.preview)?.key).toBe('import.error.headerOnly');
	});

	it('treats a first row of numbers and dates as data and names the columns Column 1..n', async () => {
		const r = await sniffFile(new File(['1001,2024-01-05,30\n1002,2024-01-06,40\n'], 'n.csv'));
		if ('error' in r) throw new Error(r.error.key);
		expect(r.preview.headerLooksLikeData).toBe(true);
		expect(r.preview.options.firstRowIsData).toBe(true);
		expect(r.preview.headers).toEqual(['Column 1', 'Column 2', 'Column 3']);
		expect(r.preview.rows).toHaveLength(2);
		const off = await sniffFile(new File(['1001,2024-01-05,30\n1002,2024-01-06,40\n'], 'n.csv'), {
			firstRowIsData: false
		});
		if ('error' in off) throw new Error(off.error.key);
		expect(off.preview.headers).toEqual(['1001', '2024-01-05', '30']);
	});
});

describe('sniffFile content hash', () => {
	it('hashes a small file whole at sniff time, equal to the hash of its bytes', async () => {
		const text = 'id,v\n1,2\n';
		const r = await sniffFile(new File([text], 'h.csv'));
		if ('error' in r) throw new Error(r.error.key);
		expect(r.preview.contentHash).toBe(hashString(text));
	});
});
