import { describe, expect, it } from 'vitest';
import { reportCsv } from '$lib/import/report-csv';

describe('report CSV', () => {
	it('starts with a UTF-8 BOM and lists the summary, reasons, columns and rejected rows', () => {
		const csv = reportCsv(
			{
				datasetId: 'd',
				rowsRead: 3,
				rowsImported: 2,
				rowsRejected: 1,
				byReason: { missingCustomerId: 1 },
				duplicateIds: 0,
				columns: [{ key: 'c0', header: 'id', missing: 1, invalid: 0 }],
				notes: [],
				durationMs: 1
			},
			[{ line: 4, reason: 'missingCustomerId', cells: ['', '=cmd'] }],
			{
				section: 'S',
				item: 'I',
				value: 'V',
				summary: 'sum',
				rowsRead: 'read',
				rowsImported: 'imp',
				rowsRejected: 'rej',
				duplicateIds: 'dup',
				byReason: 'why',
				missing: 'miss',
				invalid: 'inv',
				rejected: 'row',
				reason: (r) => `<${r}>`
			}
		);
		expect(csv.startsWith('\uFEFFS,I,V\r\n')).toBe(true);
		expect(csv.split('\r\n').slice(1, -1)).toEqual([
			'sum,read,3',
			'sum,imp,2',
			'sum,rej,1',
			'sum,dup,0',
			'why,<missingCustomerId>,1',
			'miss,id,1',
			'inv,id,0',
			"row,4: <missingCustomerId>,,'=cmd"
		]);
	});
});
