// Every export path with hostile labels (issue #11, item 4): chart data, the quality report, action and early-
// warning lists (toCsv / toXlsx) — read back as a spreadsheet would, under both list separators, no cell may be
// a formula. A scan of src/ pins that no other code writes CSV or XLSX by itself, so these writers are all there is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '$lib/components/charts/export';
import { toCsv } from '$lib/export/csv';
import { safeSheetName, toXlsx } from '$lib/export/xlsx';
import { reportCsv } from '$lib/import/report-csv';
import type { ImportReportRecord } from '$lib/storage/db';

const HOSTILE = [
	'=1+1',
	'+86 138 0000 0000',
	'-2+3',
	'@SUM(A1)',
	'\t=cmd',
	'\r=cmd',
	'x;=1+1',
	'y,=1+1',
	'z\t=1+1',
	'金额偏高;=HYPERLINK("http://evil")',
	'=HYPERLINK("http://evil","点击")偏高'
];

/** RFC 4180 reading with a chosen separator, as Excel does in a locale whose list separator it is. */
function parseCsv(text: string, sep: ',' | ';'): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === sep) {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	return rows;
}

/** A cell Excel would evaluate: starts with = + - @ (or tab/CR before one) and is not a plain number. */
const evaluates = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);

function expectInert(csv: string) {
	for (const sep of [',', ';'] as const)
		for (const row of parseCsv(csv, sep))
			for (const cell of row) expect(evaluates(cell), `${JSON.stringify(cell)} with "${sep}"`).toBe(false);
}

describe('every CSV export path keeps hostile labels inert in , and ; locales', () => {
	it('chart data (tier, segment, cluster, Sankey labels)', () => {
		expectInert(
			chartCsv(
				['label', 'customers', 'share'],
				HOSTILE.map((h, i) => [h, i * 10, -0.5])
			)
		);
	});

	it('action lists and the early-warning list (the shared writer)', () => {
		expectInert(toCsv([['#', 'id', 'name', 'tier'], ...HOSTILE.map((h, i) => [i, h, h, -300])]));
	});

	it('the import quality report, rejected cells and column headers included', () => {
		const report: ImportReportRecord = {
			datasetId: 'd',
			rowsRead: 3,
			rowsImported: 1,
			rowsRejected: 2,
			byReason: { unparsableDate: 2 },
			duplicateIds: 0,
			columns: HOSTILE.map((h, i) => ({ key: `c${i}`, header: h, missing: 1, invalid: 0 })),
			notes: [],
			durationMs: 1
		};
		const csv = reportCsv(report, [{ line: 2, reason: 'unparsableDate', cells: HOSTILE }], {
			section: '=s',
			item: 'item',
			value: 'value',
			summary: 'summary',
			rowsRead: 'read',
			rowsImported: 'imported',
			rowsRejected: 'rejected',
			duplicateIds: 'dups',
			byReason: 'by reason',
			missing: 'missing',
			invalid: 'invalid',
			rejected: 'line',
			reason: (r) => `@${r}`
		});
		expectInert(csv);
	});

	it('keeps negative numbers numbers', () => {
		expect(parseCsv(toCsv([[-300, '-300']]), ',')[0]).toEqual(['-300', "'-300"]);
	});
});

describe('XLSX', () => {
	it('writes hostile labels as plain text cells, never formulas, exactly as typed', async () => {
		const bytes = await toXlsx([['label'], ...HOSTILE.map((h) => [h])], 'History');
		const book = read(bytes, { type: 'array' });
		const sheet = book.Sheets[book.SheetNames[0]];
		HOSTILE.forEach((h, i) => {
			const cell = sheet[utils.encode_cell({ r: i + 1, c: 0 })] as { t: string; v: unknown; f?: string };
			expect(cell.t).toBe('s');
			expect(cell.f).toBeUndefined();
			expect(cell.v).toBe(h);
		});
	});

	it('names sheets by SheetJS rules: History, apostrophes, 31 units, astral characters', async () => {
		expect(safeSheetName('History')).not.toBe('History');
		expect(safeSheetName('HISTORY').toLowerCase()).not.toBe('history');
		expect(safeSheetName("'quoted'")).toBe('quoted');
		expect(safeSheetName("''")).toBe('Strata');
		const astral = safeSheetName('𝒱'.repeat(20));
		expect(astral.length).toBeLessThanOrEqual(31);
		expect(astral).toBe('𝒱'.repeat(15));
		for (const name of ['History', "'a'", 'x'.repeat(40), ':[]:', '𝒱'.repeat(20)])
			await expect(toXlsx([['a']], name)).resolves.toBeInstanceOf(Uint8Array);
	});
});

describe('one writer', () => {
	function files(dir: string): string[] {
		return readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? files(path) : [path];
		});
	}

	it('builds CSV and XLSX only in src/lib/export', () => {
		const offenders = files('src')
			.filter((f) => /\.(ts|svelte)$/.test(f) && !f.startsWith(join('src', 'lib', 'export')))
			.filter((f) => /type: ['"]text\/csv|aoa_to_sheet|json_to_sheet|book_new/.test(readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
