import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_RULES, LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import { RFM_SEGMENTS } from '$lib/domain/rfm';
import { generateDemoTransactions } from '$lib/domain/demo';
import { specsFromGuess } from '$lib/import/run-import';
import { csvText, runApp, runDuckDb, sqlOf, writeTemp, type AppRun, type SqlRow } from './harness';

function expectSame(run: AppRun, rows: SqlRow[], opts: { value: boolean; tier: boolean }) {
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
		expect(Math.abs((row.monetary as number) - money)).toBeLessThanOrEqual(
			1e-9 * Math.max(1, Math.abs(money))
		);
	}
	expect(mismatches).toBe(0);
}

describe('exported DuckDB SQL over the demo data', () => {
	const table = generateDemoTransactions({ variant: 'en' });
	const text = csvText(table.headers, table.rows);
	const path = writeTemp('demo.csv', text);
	const { columns } = specsFromGuess(table.headers, table.rows);
	// Predicted CLV has no SQL form: the value model here weighs everything the SQL can compute.
	const definitions = {
		value: {
			normalization: 'percentile' as const,
			weights: {
				historicalClv: 30,
				frequency: 20,
				averageOrderValue: 10,
				crossSell: 5,
				tenure: 10,
				recency: 20,
				trend: 5
			}
		},
		lifecycle: DEFAULT_LIFECYCLE_RULES
	};
	let app: AppRun;

	it('gives every customer the app’s tier, segment, lifecycle stage and value score (frozen cut-offs)', async () => {
		app = await runApp(text, 'demo.csv', columns, definitions);
		const out = sqlOf(app, definitions, { dialect: 'duckdb', cutoffs: 'frozen' });
		expect(out.columns).toContain('tier');
		const rows = await runDuckDb(out.sql, path);
		expectSame(app, rows, { value: true, tier: true });
	}, 120_000);

	it('recomputes the share cut-offs in SQL to the same tiers on the same data', async () => {
		const out = sqlOf(app, definitions, { dialect: 'duckdb', cutoffs: 'recomputed' });
		const rows = await runDuckDb(out.sql, path);
		expectSame(app, rows, { value: true, tier: true });
	}, 60_000);
});
