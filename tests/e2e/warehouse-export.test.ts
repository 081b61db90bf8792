// "Run this in your warehouse", end to end: on the demo data, download the .sql from the Overview and from
// Strategies in both dialects, run the DuckDB file with @duckdb/node-api over the same demo CSV, and compare each
// tier's customer count with the tier table the Overview shows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateDemoTransactions } from '$lib/domain/demo';
import { openAppWithDemo, type Session } from './support/browser';

const dir = mkdtempSync(join(tmpdir(), 'strata-warehouse-'));
let s: Session;
let shown: Map<string, number>;

/** The demo data as the app generates it (English variant, the app's defaults), written as the CSV the SQL reads. */
function demoCsv(): string {
	const table = generateDemoTransactions({ variant: 'en' });
	const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	const text = [table.headers, ...table.rows].map((r) => r.map(q).join(',')).join('\n') + '\n';
	const path = join(dir, 'demo.csv');
	writeFileSync(path, text);
	return path;
}

async function download(page: Page, dialect: 'duckdb' | 'spark'): Promise<string> {
	const panel = page.getByTestId('warehouse-export');
	await panel.scrollIntoViewIfNeeded();
	await panel.getByTestId('warehouse-dialect').selectOption(dialect);
	const button = panel.getByTestId('warehouse-download');
	await expect.poll(() => button.isEnabled(), { timeout: 60_000 }).toBe(true);
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(file.suggestedFilename()).toBe(`strata-tiering-${dialect}.sql`);
	const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
	await file.saveAs(path);
	return readFileSync(path, 'utf8');
}

/** Customers per tier when DuckDB runs the downloaded file as the README says. */
async function tiersInDuckDb(sql: string, source: string): Promise<Map<string, number>> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		await conn.run(`SET VARIABLE strata_source = '${source}'`);
		const statements = sql
			.split('\n')
			.filter((l) => !l.startsWith('--'))
			.join('\n')
			.split(/;\s*\n/)
			.map((x) => x.trim())
			.filter(Boolean);
		for (const x of statements.slice(0, -1)) await conn.run(x);
		const rows = (await conn.runAndReadAll(statements.at(-1) as string)).getRowObjectsJS();
		const counts = new Map<string, number>();
		for (const r of rows) counts.set(String(r.tier), (counts.get(String(r.tier)) ?? 0) + 1);
		return counts;
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

beforeAll(async () => {
	s = await openAppWithDemo();
	const rows = s.page.getByTestId('tier-row');
	const pairs = await rows.evaluateAll((els) =>
		els.map((e) => [e.getAttribute('data-tier') ?? '', Number(e.getAttribute('data-count'))] as const)
	);
	shown = new Map(pairs);
}, 180_000);

afterAll(async () => {
	await s?.close();
});

it('downloads from the Overview a DuckDB file whose tiers equal the page’s, and a Spark file', async () => {
	const source = demoCsv();
	await expect(s.page.getByTestId('warehouse-clv').innerText()).resolves.toContain('Predicted CLV');
	// The run hint names the file the dataset came from, not a placeholder.
	await expect(s.page.getByTestId('warehouse-export').locator('code').first().innerText()).resolves.toContain(
		"SET VARIABLE strata_source = 'demo-en.csv';"
	);
	const duck = await download(s.page, 'duckdb');
	expect(duck).toMatch(/^-- Strata tiering export — DuckDB — dataset “/);
	expect(duck).toContain("read_csv(getvariable('strata_source')");
	expect(duck).toContain('-- Predicted CLV: 12 months');
	const counts = await tiersInDuckDb(duck, source);
	expect([...shown.values()].reduce((a, b) => a + b, 0)).toBe(5000);
	expect(counts).toEqual(shown);
	const spark = await download(s.page, 'spark');
	expect(spark).toMatch(/^-- Strata tiering export — Spark SQL 3\.x/);
	expect(spark).toContain('CREATE OR REPLACE TEMPORARY VIEW strata_source');
	expect(spark).toContain('ORDER BY t.customer_id;');
	expect(s.pageErrors).toEqual([]);
}, 240_000);

it('downloads the same tiering from Strategies, and DuckDB gives the Overview’s tiers again', async () => {
	await s.page.goto(`${s.baseURL}/strategies`);
	const duck = await download(s.page, 'duckdb');
	expect(await tiersInDuckDb(duck, join(dir, 'demo.csv'))).toEqual(shown);
	const spark = await download(s.page, 'spark');
	expect(spark).toContain('CREATE OR REPLACE TEMPORARY VIEW strata_source');
	expect(s.pageErrors).toEqual([]);
}, 240_000);
