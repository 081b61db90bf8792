import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_RULES } from '$lib/domain/lifecycle';
import { generateDemoTransactions } from '$lib/domain/demo';
import { specsFromGuess } from '$lib/import/run-import';
import { csvText, expectSame, runApp, runDuckDb, sqlOf, writeTemp, type AppRun } from './harness';

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
