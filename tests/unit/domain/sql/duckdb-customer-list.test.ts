import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '$lib/domain/columns';
import { rowNumberIdSpec } from '$lib/domain/row-ids';
import { specsFromGuess } from '$lib/import/run-import';
import { expectSame, runApp, runDuckDb, sqlOf, writeTemp } from './harness';

// Customer lists (one row per customer, no order lines) exported as SQL and run in DuckDB over the same file.
function parse(text: string): { headers: string[]; rows: string[][] } {
	const [head, ...lines] = text.trim().split(/\r?\n/);
	return { headers: head.split(','), rows: lines.map((l) => l.split(',')) };
}

describe('exported DuckDB SQL over customer lists', () => {
	it('Telco (IBM sample): ids from customerID, tenure in months, TotalCharges with blank cells', async () => {
		const text = readFileSync('tests/fixtures/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv', 'utf8');
		const path = writeTemp('telco.csv', text);
		const { headers, rows } = parse(text);
		const { columns, shape } = specsFromGuess(headers, rows);
		expect(shape).toBe('customers');
		const run = await runApp(text, 'telco.csv', columns, {}, 'customers');
		expect(run.stored.table.ids.length).toBe(7043);
		const out = sqlOf(run, {}, { dialect: 'duckdb', cutoffs: 'frozen' });
		expect(out.columns).toContain('tier');
		expect(out.sql).toContain('-- Shape: a customer list, one row per customer. Customer id: customerID.');
		const rowsOut = await runDuckDb(out.sql, path);
		expectSame(run, rowsOut, { value: true, tier: true });
		// Recomputed shares on the same data give the same tiers.
		const again = await runDuckDb(sqlOf(run, {}, { dialect: 'duckdb', cutoffs: 'recomputed' }).sql, path);
		expectSame(run, again, { value: true, tier: true });
	}, 180_000);

	it('Wholesale (UCI): row numbers as ids in file order, spend summed over six columns', async () => {
		const text = readFileSync('tests/fixtures/wholesale/Wholesale_customers_data.csv', 'utf8');
		const path = writeTemp('wholesale.csv', text);
		const { headers } = parse(text);
		const columns: ColumnSpec[] = headers.map((header, source) => ({
			key: `c${source}`,
			header,
			source,
			role: source < 2 ? 'ignore' : 'monetary',
			type: source < 2 ? 'category' : 'number'
		}));
		columns.push(rowNumberIdSpec(headers.length, 'Row'));
		const run = await runApp(text, 'wholesale.csv', columns, {}, 'customers');
		expect(run.stored.table.ids.slice(0, 3)).toEqual(['1', '2', '3']);
		const out = sqlOf(run, {}, { dialect: 'duckdb', cutoffs: 'recomputed' });
		expect(out.sql).toContain('Fresh + Milk + Grocery + Frozen + Detergents_Paper + Delicassen');
		const rowsOut = await runDuckDb(out.sql, path);
		expectSame(run, rowsOut, { value: true, tier: true });
		// Row 1 of the file: 12669 + 9656 + 7561 + 214 + 2674 + 1338.
		expect(rowsOut.find((r) => r.customer_id === '1')?.monetary).toBe(34112);
		const total = rowsOut.reduce((s, r) => s + (r.monetary as number), 0);
		expect(total).toBe(14_619_500);
	}, 180_000);

	it('CDNOW buy-till-you-die summary: purchases x + 1, recency T − t_x in weeks, repeat spend x × zbar', async () => {
		const text = readFileSync('tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv', 'utf8');
		const path = writeTemp('cdnow-summary.csv', text);
		const { headers, rows } = parse(text);
		const { columns, shape } = specsFromGuess(headers, rows);
		expect(shape).toBe('customers');
		expect(columns.find((c) => c.header === 'T')?.timeUnit).toBe('weeks');
		const run = await runApp(text, 'cdnow-summary.csv', columns, {}, 'customers');
		const out = sqlOf(run, {}, { dialect: 'duckdb', cutoffs: 'frozen' });
		const rowsOut = await runDuckDb(out.sql, path);
		expectSame(run, rowsOut, { value: true, tier: true });
		// Customer 1: x 2, t_x 30.43, T 38.86 weeks, zbar 22.35.
		const one = rowsOut.find((r) => r.customer_id === '1');
		expect(one?.frequency).toBe(3);
		expect(one?.recency_days).toBe(59.01);
		expect(one?.monetary).toBeCloseTo(44.7, 10);
	}, 180_000);
});
