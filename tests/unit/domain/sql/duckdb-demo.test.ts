import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_RULES } from '$lib/domain/lifecycle';
import { generateDemoTransactions } from '$lib/domain/demo';
import { specsFromGuess } from '$lib/import/run-import';
import {
	csvText,
	expectClose,
	expectSame,
	runApp,
	runDuckDb,
	sqlOf,
	writeTemp,
	type AppRun
} from './harness';

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
	let defaults: AppRun;

	it('exports the app’s default definition (predicted CLV weighted) with tiers equal to the app’s, CLV within 1e-9', async () => {
		defaults = await runApp(text, 'demo.csv', columns, {});
		expect(defaults.stored.view.valueWeights.predictedClv).toBeGreaterThan(0);
		expect(defaults.stored.view.clvFit?.model).toBe('bgnbd');
		const out = sqlOf(defaults, {}, { dialect: 'duckdb', cutoffs: 'frozen' });
		expect(out.columns).toEqual([
			'customer_id', 'recency_days', 'frequency', 'monetary', 'r_score', 'f_score', 'm_score',
			'rfm_segment', 'value_score', 'tier', 'lifecycle_stage', 'predicted_clv'
		]); // prettier-ignore
		expect(out.sql).toContain('-- Predicted CLV: 12 months');
		const rows = await runDuckDb(out.sql, path);
		expectSame(defaults, rows, { value: true, tier: true });
		expectClose(rows, defaults, 'predicted_clv', 'predictedClv', 1e-9);
	}, 180_000);

	it('recomputes share cut-offs over predicted-CLV value scores to the same tiers', async () => {
		const out = sqlOf(defaults, {}, { dialect: 'duckdb', cutoffs: 'recomputed' });
		const rows = await runDuckDb(out.sql, path);
		expectSame(defaults, rows, { value: true, tier: true });
	}, 120_000);

	it('tiers by predicted CLV itself (shares on the measure), equal to the app’s', async () => {
		const defs = { tierMeasure: 'predictedClv' as const };
		const run = await runApp(text, 'demo.csv', columns, defs);
		for (const cutoffs of ['frozen', 'recomputed'] as const) {
			const rows = await runDuckDb(sqlOf(run, defs, { dialect: 'duckdb', cutoffs }).sql, path);
			expectSame(run, rows, { value: true, tier: true });
		}
	}, 180_000);

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
	}, 180_000);
});
