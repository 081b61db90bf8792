// Space-aligned text files (CDNOW's `CDNOW_master.txt`, fixed-width exports from older systems): detected as
// space-delimited and read field by field, whatever the block size.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sniffDelimiter } from '$lib/domain/parse/delimiter';
import { spaceCollapser, streamCsv } from '$lib/import/csv-stream';

// Fixed seed for CI (FC_SEED overrides it); fast-check prints the seed and the shrunk counterexample on failure.
const fcParams = { seed: Number(process.env.FC_SEED) || 20261202, numRuns: 300 };

// The first lines of CDNOW_master.txt as published (leading spaces and runs of spaces included).
const CDNOW =
	' customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n 00002 19970112  5   77.00\n 00003 19970102  2   20.76\n';

async function read(text: string, blockSize: number): Promise<string[][]> {
	const rows: string[][] = [];
	const result = await streamCsv(new Blob([new TextEncoder().encode(text)]), {
		encoding: 'utf-8',
		delimiter: ' ',
		blockSize,
		onRecords: (batch) => void rows.push(...batch)
	});
	expect('error' in result).toBe(false);
	return rows;
}

describe('space-delimited files', () => {
	it('sniffs CDNOW_master.txt as space-delimited', () => {
		expect(sniffDelimiter(CDNOW)).toBe(' ');
	});

	it('keeps comma, tab and semicolon files as they were', () => {
		expect(sniffDelimiter('Customer ID,Order Date,Amount\nA 1,2024-01-05,100\nA 2,2024-01-06,5\n')).toBe(',');
		expect(sniffDelimiter('客户\t日期\t金额\n张 三\t2024/1/1\t5\n李四\t2024/1/2\t6\n')).toBe('\t');
		expect(sniffDelimiter('Kunde;Datum;Betrag\nK 1;01.02.2023;1,5\nK2;02.02.2023;2\n')).toBe(';');
	});

	it('reads every field of CDNOW_master.txt with any block size', async () => {
		for (const blockSize of [1, 3, 7, 64, 4096]) {
			expect(await read(CDNOW, blockSize)).toEqual([
				['customer_id', 'date', 'number_of_cds', 'dollar_value'],
				['00001', '19970101', '1', '11.77'],
				['00002', '19970112', '1', '12.00'],
				['00002', '19970112', '5', '77.00'],
				['00003', '19970102', '2', '20.76']
			]);
		}
	});

	test.prop(
		[
			fc.array(fc.array(fc.stringMatching(/^[A-Za-z0-9.\-客户]{1,6}$/), { minLength: 2, maxLength: 5 }), {
				minLength: 1,
				maxLength: 20
			}),
			fc.array(fc.stringMatching(/^[ \t]{1,4}$/), { minLength: 1, maxLength: 10 }),
			fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 })
		],
		fcParams
	)('turns any runs of spaces into one field break, across any chunking', (rows, gaps, cuts) => {
		let g = 0;
		const gap = () => gaps[g++ % gaps.length];
		const text = rows.map((r) => gap() + r.join(gap()) + gap()).join('\n') + '\n';
		const collapse = spaceCollapser();
		let out = '';
		let at = 0;
		for (let c = 0; at < text.length; c++) {
			const n = cuts[c % cuts.length];
			out += collapse(text.substring(at, at + n));
			at += n;
		}
		expect(out).toBe(rows.map((r) => r.join('\t')).join('\n') + '\n');
	});
});
