import { describe, expect, it } from 'vitest';
import { streamCsv, streamNotes, type RecordMark } from '$lib/import/csv-stream';
import { splitLine } from '$lib/import/quote-repair';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function read(text: string, blockSize = 1 << 20) {
	const rows: string[][] = [];
	const marks = new Map<number, RecordMark>();
	const result = await streamCsv(new Blob([utf8(text)]), {
		encoding: 'utf-8',
		delimiter: ',',
		blockSize,
		onRecords: (batch, first, m) => {
			m?.forEach((mark, i) => marks.set(first + i, mark));
			rows.push(...batch);
		}
	});
	if ('error' in result) throw new Error(result.error.key);
	return { rows, marks, result };
}

/** 2,000 customers, one note typed as `"VIP` (an opening quote that never closes). */
function strayQuoteCsv(strayAt: number, rows = 2000): string {
	const lines = ['id,name,note,amount'];
	for (let i = 1; i <= rows; i++) lines.push(`C${i},Name ${i},${i === strayAt ? '"VIP' : 'ok'},${i}`);
	return lines.join('\n') + '\n';
}

describe('a stray quote', () => {
	it('costs no rows: 2,000 rows with one `"VIP` note read as 2,000 records', async () => {
		for (const blockSize of [1 << 20, 4096, 97]) {
			const { rows, marks, result } = await read(strayQuoteCsv(500), blockSize);
			const data = rows.slice(1).filter((r) => r.length > 1);
			expect(data).toHaveLength(2000);
			expect(data[499]).toEqual(['C500', 'Name 500', '"VIP', '500']);
			expect(data[1999]).toEqual(['C2000', 'Name 2000', 'ok', '2000']);
			expect([...marks]).toEqual([[500, 'unbalancedQuote']]);
			if ('damage' in result) expect(result.damage.unbalanced).toEqual([500]);
		}
	});

	it('re-reads the broken line when the stray quote is closed by a later quoted cell', async () => {
		const lines = ['id,name,note,amount', 'A,Li,"VIP,1', 'B,Wang,ok,2', 'C,"Zhao, Q",ok,3', 'D,Sun,ok,4'];
		const { rows, marks } = await read(lines.join('\n') + '\n');
		expect(rows.filter((r) => r.length > 1)).toEqual([
			['id', 'name', 'note', 'amount'],
			['A', 'Li', '"VIP', '1'],
			['B', 'Wang', 'ok', '2'],
			['C', 'Zhao, Q', 'ok', '3'],
			['D', 'Sun', 'ok', '4']
		]);
		expect(marks.get(1)).toBe('unbalancedQuote');
	});

	it('re-reads rows swallowed by a quote closed cleanly further down (whole rows inside one cell)', async () => {
		const lines = [
			'id,name,note,amount',
			'A,Li,"VIP,1',
			'B,Wang,ok,2',
			'C,Zhao,ok,3',
			'D,Sun,12",4',
			'E,Qian,ok,5'
		];
		const { rows, marks } = await read(lines.join('\n') + '\n');
		expect(rows.filter((r) => r.length > 1).map((r) => r[0])).toEqual(['id', 'A', 'B', 'C', 'D', 'E']);
		expect(rows[4]).toEqual(['D', 'Sun', '12"', '4']);
		expect([...marks.keys()]).toEqual([1]);
	});

	it('keeps a real multi-line note whole', async () => {
		const text = 'id,note,amount\nA,"line one\nline two",1\nB,"x, y\nz",2\n';
		const { rows, marks, result } = await read(text);
		expect(rows.filter((r) => r.length > 1)).toEqual([
			['id', 'note', 'amount'],
			['A', 'line one\nline two', '1'],
			['B', 'x, y\nz', '2']
		]);
		expect(marks.size).toBe(0);
		if ('damage' in result) expect(streamNotes(result.damage, 3, 'utf-8')).toEqual([]);
	});

	it('reports an open quote on the last line as unbalanced, keeping its cells', async () => {
		const { rows, marks } = await read('id,note\nA,ok\nB,"VIP');
		expect(rows).toEqual([
			['id', 'note'],
			['A', 'ok'],
			['B', '"VIP']
		]);
		expect(marks.get(2)).toBe('unbalancedQuote');
	});

	it('warns, and keeps the text, for a malformed quote within one line', async () => {
		const { rows, result } = await read('id,size,amount\nA,"12" screen",1\nB,ok,2\n');
		expect(rows[1][0]).toBe('A');
		expect(rows[2]).toEqual(['B', 'ok', '2']);
		if (!('damage' in result)) throw new Error('no damage');
		expect(result.damage.quoteWarnings).toEqual([1]);
		expect(streamNotes(result.damage, 3, 'utf-8')[0]).toEqual({
			key: 'import.note.quoteKept',
			params: { count: 1, lines: '2' }
		});
	});
});

describe('splitLine', () => {
	it('honours quotes closed on the line and keeps a stray one as text', () => {
		expect(splitLine('1,"Li, Wei","VIP', ',')).toEqual(['1', 'Li, Wei', '"VIP']);
		expect(splitLine('"a ""b""",,x,', ',')).toEqual(['a "b"', '', 'x', '']);
		expect(splitLine('a\tb', '\t')).toEqual(['a', 'b']);
	});
});

describe('regressions found by the property tests', () => {
	it('takes LF as the line break when a CRLF inside a quoted cell comes after an LF header', async () => {
		// fast-check seed 20261202: a one-row GB18030 file with a note "客\r\n客", read in 44-byte blocks.
		const text = '"id","note"\n"客户1","客\r\n客"\n';
		for (const blockSize of [5, 20, 44]) {
			const { rows } = await read(text, blockSize);
			expect(rows).toEqual([
				['id', 'note'],
				['客户1', '客\r\n客']
			]);
		}
	});

	it('keeps a multi-line cell whole in the row whose later cell has the stray quote', async () => {
		// fast-check seed 20261202: the name "客\n客" (quoted) and the note `"VIP` in the same row.
		for (const blockSize of [1, 7, 1000]) {
			const { rows, marks } = await read('id,name,note\nC0001,"客\n客","VIP\n客户1,客客,ok\n', blockSize);
			expect(rows).toEqual([
				['id', 'name', 'note'],
				['C0001', '客\n客', '"VIP'],
				['客户1', '客客', 'ok']
			]);
			expect([...marks]).toEqual([[1, 'unbalancedQuote']]);
		}
	});
});
