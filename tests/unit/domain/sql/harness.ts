// Test harness for the SQL export: imports a CSV through the app's real import and analysis (fake IndexedDB),
// generates the SQL from the stored definitions, and runs it in DuckDB over the same file.
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import { RFM_SEGMENTS } from '$lib/domain/rfm';
import { AnalysisSession } from '$lib/jobs/tiering';
import { exportTieringSql, type SqlExportOptions } from '$lib/domain/sql/export';
import type { StoredTiering } from '$lib/domain/tiering-record';
import type { TieringDefinitions } from '$lib/domain/tiering-types';
import type { ColumnSpec } from '$lib/domain/columns';
import { importFile } from '$lib/import/run-import';
import { StrataDb } from '$lib/storage/db';
import { getDataset } from '$lib/storage/datasets';

let dbCount = 0;

export function csvText(headers: readonly string[], rows: string[][], delimiter = ','): string {
	const q = (v: string) => (/[",\n\r;\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	return [headers, ...rows].map((r) => r.map(q).join(delimiter)).join('\n') + '\n';
}

export function writeTemp(name: string, text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'strata-sql-'));
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

export interface AppRun {
	stored: StoredTiering;
	dataset: NonNullable<Awaited<ReturnType<typeof getDataset>>>;
	db: StrataDb;
}

/** Imports the CSV the way the Import page does and runs the tiering with the given definitions. */
export async function runApp(
	text: string,
	fileName: string,
	columns: ColumnSpec[],
	definitions: TieringDefinitions = {},
	shape: 'transactions' | 'customers' = 'transactions'
): Promise<AppRun> {
	const db = new StrataDb(`sql-export-${dbCount++}`);
	await db.open();
	const out = await importFile(
		new File([text], fileName),
		{
			name: fileName,
			shape,
			columns,
			options: { encoding: 'utf-8', delimiter: ',', headerRow: 0, firstRowIsData: false }
		},
		{ db }
	);
	if ('error' in out) throw new Error(out.error.key);
	const session = new AnalysisSession(db);
	const analysed = await session.analyse(out.datasetId, definitions, () => {});
	if ('error' in analysed) throw new Error(analysed.error.key);
	const dataset = await getDataset(db, out.datasetId);
	if (!dataset) throw new Error('no dataset');
	return { stored: analysed.stored, dataset, db };
}

export type SqlRow = Record<string, string | number | null>;

/** Runs an exported DuckDB file as a user would: SET VARIABLE strata_source, then the file's statements. */
export async function runDuckDb(sql: string, sourcePath: string): Promise<SqlRow[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		await conn.run(`SET VARIABLE strata_source = '${sourcePath.replace(/'/g, "''")}'`);
		const statements = splitStatements(sql);
		for (const s of statements.slice(0, -1)) await conn.run(s);
		const reader = await conn.runAndReadAll(statements[statements.length - 1]);
		return reader.getRowObjectsJS().map((r) => {
			const out: SqlRow = {};
			for (const [k, v] of Object.entries(r))
				out[k] = typeof v === 'bigint' ? Number(v) : (v as string | number | null);
			return out;
		});
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

/** Statements end with ';' at a line end; comments are dropped. */
export function splitStatements(sql: string): string[] {
	const body = sql
		.split('\n')
		.filter((l) => !l.startsWith('--'))
		.join('\n');
	return body
		.split(/;\s*\n/)
		.map((s) => s.trim())
		.filter(Boolean);
}

export function sqlOf(run: AppRun, definitions: TieringDefinitions, options: SqlExportOptions) {
	const out = exportTieringSql(run.dataset, run.stored, definitions, options);
	if ('error' in out) throw new Error(out.error);
	return out;
}

/** Every customer's segment, scores, lifecycle stage and tier equal; value score and monetary within 1e-9 relative. */
export function expectSame(run: AppRun, rows: SqlRow[], opts: { value: boolean; tier: boolean }) {
	const t = run.stored.table;
	const n = t.ids.length;
	expect(rows.length).toBe(n);
	const byId = new Map(rows.map((r) => [String(r.customer_id), r]));
	const tiers = run.stored.view.tiering.tiers;
	let mismatches = 0;
	for (let i = 0; i < n; i++) {
		const row = byId.get(t.ids[i]);
		expect(row, t.ids[i]).toBeDefined();
		if (!row) continue;
		const want = {
			segment: RFM_SEGMENTS[t.segment[i]],
			lifecycle: LIFECYCLE_STAGES[t.lifecycle[i]],
			r: run.stored.r[i],
			f: run.stored.f[i],
			m: run.stored.m[i],
			tier: t.tier[i] >= 0 ? tiers[t.tier[i]].label || tiers[t.tier[i]].id : null
		};
		const got = {
			segment: row.rfm_segment,
			lifecycle: row.lifecycle_stage,
			r: row.r_score,
			f: row.f_score,
			m: row.m_score,
			tier: opts.tier ? row.tier : want.tier
		};
		if (JSON.stringify(want) !== JSON.stringify(got)) {
			if (mismatches++ < 5) expect(got, t.ids[i]).toEqual(want);
		}
		if (opts.value) {
			const v = run.stored.numbers.valueScore[i];
			expect(Math.abs((row.value_score as number) - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
		}
		const money = run.stored.numbers.monetary[i];
		if (Number.isNaN(money)) expect(row.monetary, t.ids[i]).toBeNull();
		else
			expect(Math.abs((row.monetary as number) - money)).toBeLessThanOrEqual(
				1e-9 * Math.max(1, Math.abs(money))
			);
	}
	expect(mismatches).toBe(0);
}

/** A numeric output column within `tolerance` relative of the app's stored column (NULL where the app has NaN). */
export function expectClose(rows: SqlRow[], run: AppRun, column: string, stored: string, tolerance: number) {
	const want = run.stored.numbers[stored];
	expect(want, stored).toBeDefined();
	const byId = new Map(rows.map((r) => [String(r.customer_id), r[column]]));
	let worst = 0;
	run.stored.table.ids.forEach((id, i) => {
		const got = byId.get(id);
		if (!Number.isFinite(want[i])) {
			expect(got ?? null, id).toBeNull();
			return;
		}
		const err = Math.abs((got as number) - want[i]) / Math.max(1, Math.abs(want[i]));
		worst = Math.max(worst, err);
	});
	expect(worst).toBeLessThanOrEqual(tolerance);
	return worst;
}
