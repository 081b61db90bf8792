import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareInput, columnKeysFor } from '$lib/domain/analysis-input';
import { labelFromTransactions, latestCutoff } from '$lib/domain/churn-label';
import type { ColumnSpec, DerivedAmount } from '$lib/domain/columns';
import { derivableAmount, derivedAmountSpec } from '$lib/domain/line-rules';
import { fitPipeline, transform, type RawColumn } from '$lib/domain/features';
import { fitLogisticIrls, predictLogistic } from '$lib/domain/irls';
import type { SqlChurnModel } from '$lib/domain/sql/types';
import { readColumns, readDictionaries } from '$lib/storage/datasets';
import { expectSame, runApp, runDuckDb, sqlOf, writeTemp, type AppRun } from './harness';

// Synthetic lines in the UCI Online Retail layout (tests/fixtures/README.md): C-prefixed cancellations with
// negative quantity, lines without CustomerID, m/d/yyyy H:mm dates, amount = Quantity × UnitPrice, mostly
// one-time buyers with heavy ties.
const text = readFileSync('tests/fixtures/online-retail-sample.csv', 'utf8');
const path = writeTemp('online-retail.csv', text);
const FILE_COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'InvoiceNo', source: 0, role: 'orderId', type: 'text' },
	{ key: 'c1', header: 'StockCode', source: 1, role: 'product', type: 'category' },
	{ key: 'c2', header: 'Description', source: 2, role: 'text', type: 'text' },
	{ key: 'c3', header: 'Quantity', source: 3, role: 'quantity', type: 'number' },
	{ key: 'c4', header: 'InvoiceDate', source: 4, role: 'orderDate', type: 'date', dateOrder: 'mdy' },
	{ key: 'c5', header: 'UnitPrice', source: 5, role: 'unitPrice', type: 'number' },
	{ key: 'c6', header: 'CustomerID', source: 6, role: 'customerId', type: 'category' },
	{ key: 'c7', header: 'Country', source: 7, role: 'region', type: 'category' }
];
// As the mapping leaves it: amount = Quantity × UnitPrice, a derived column (domain/line-rules.ts).
const COLUMNS = [
	...FILE_COLUMNS,
	derivedAmountSpec(FILE_COLUMNS, derivableAmount(FILE_COLUMNS) as DerivedAmount)
];
const TIME_FEATURES = ['recencyDays', 'frequency', 'monetary', 'averageOrderValue', 'tenureDays'] as const;

/** The app's churn pipeline on this data: a 90-day time split, fitted pipeline, exact logistic fit. */
async function churnModel(app: AppRun) {
	const dataset = app.dataset;
	const cols = await readColumns(app.db, dataset.id, columnKeysFor(dataset));
	const prepared = prepareInput(dataset, cols, await readDictionaries(app.db, dataset.id));
	if ('error' in prepared || prepared.input.shape !== 'transactions') throw new Error('no input');
	const tx = prepared.input.tx;
	const n = prepared.input.customerCount;
	const features = (f: Record<string, Float64Array>): RawColumn[] =>
		TIME_FEATURES.map((name) => ({ name, kind: 'numeric', values: f[name] }));
	const split = labelFromTransactions(tx, n, latestCutoff(tx.date, 90), 90);
	if ('error' in split) throw new Error(split.error);
	const fitted = fitPipeline(features(split.features as never), split.label);
	if ('error' in fitted) throw new Error(fitted.error);
	const x = transform(fitted.pipeline, features(split.features as never));
	if ('error' in x) throw new Error(x.error);
	const fit = fitLogisticIrls(x.values, x.rows, x.cols, split.label);
	let last = -Infinity;
	for (const d of tx.date) if (d > last) last = d;
	const now = labelFromTransactions(tx, n, last, 0);
	if ('error' in now) throw new Error(now.error);
	const xs = transform(fitted.pipeline, features(now.features as never));
	if ('error' in xs) throw new Error(xs.error);
	const p = predictLogistic(fit, xs.values, xs.rows, xs.cols);
	const expected = new Map<string, number>();
	now.customers.forEach((c, k) => expected.set(prepared.ids[c], p[k]));
	const model: SqlChurnModel = { pipeline: fitted.pipeline, weights: fit.weights, bias: fit.bias };
	return { model, expected };
}

describe('exported DuckDB SQL over Online Retail-shaped lines', () => {
	let app: AppRun;

	it('imports as the app does: guest lines rejected, cancellations are refunds', async () => {
		app = await runApp(text, 'online-retail.csv', COLUMNS);
		const ids = new Set(
			text
				.split('\n')
				.slice(1)
				.map((l) => l.split(',').at(-2))
		);
		ids.delete('');
		ids.delete(undefined);
		expect(app.stored.table.ids.length).toBe(ids.size);
		const refunds = app.stored.numbers.refundCount.reduce((a, b) => a + b, 0);
		expect(refunds).toBeGreaterThan(20);
	}, 60_000);

	it('gives every customer the app’s tier, segment, lifecycle stage, value score and churn probability (app defaults)', async () => {
		const { model, expected } = await churnModel(app);
		const out = sqlOf(app, {}, { dialect: 'duckdb', cutoffs: 'frozen', churn: model });
		expect(out.columns).toEqual([
			'customer_id', 'recency_days', 'frequency', 'monetary', 'r_score', 'f_score', 'm_score',
			'rfm_segment', 'value_score', 'tier', 'lifecycle_stage', 'churn_probability'
		]); // prettier-ignore
		const rows = await runDuckDb(out.sql, path);
		expectSame(app, rows, { value: true, tier: true });
		for (const row of rows) {
			const want = expected.get(String(row.customer_id)) as number;
			const got = row.churn_probability as number;
			expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want));
		}
		// Ordered by customer id, as the file promises.
		const ids = rows.map((r) => String(r.customer_id));
		expect(ids).toEqual([...ids].sort());
	}, 60_000);

	it('agrees under z-score weights, recomputed shares and edited lifecycle rules', async () => {
		const definitions = {
			value: { normalization: 'zscore' as const, weights: { historicalClv: 50, frequency: 30, recency: 20 } },
			lifecycle: {
				lostRecencyDays: 200,
				dormantRecencyDays: 120,
				newTenureDays: 60,
				decliningTrend: -0.5,
				growingTrend: 0.5
			},
			analysisDate: Date.UTC(2011, 9, 31)
		};
		const run = await runApp(text, 'online-retail.csv', COLUMNS, definitions);
		const rows = await runDuckDb(
			sqlOf(run, definitions, { dialect: 'duckdb', cutoffs: 'recomputed' }).sql,
			path
		);
		expectSame(run, rows, { value: true, tier: true });
		expect(rows.some((r) => r.recency_days === null)).toBe(true); // bought only after the analysis date
	}, 60_000);

	it('agrees under min-max weights and fixed cut-offs, and under a rule on monetary', async () => {
		const minmax = {
			value: {
				normalization: 'minmax' as const,
				weights: { historicalClv: 40, crossSell: 20, tenure: 20, trend: 20 }
			},
			tiering: {
				method: 'cutoffs' as const,
				tiers: [{ id: 'a' }, { id: 'b' }, { id: 'c', label: 'Rest' }],
				cutoffs: [40, 10]
			}
		};
		let run = await runApp(text, 'online-retail.csv', COLUMNS, minmax);
		expectSame(run, await runDuckDb(sqlOf(run, minmax, { dialect: 'duckdb', cutoffs: 'frozen' }).sql, path), {
			value: true,
			tier: true
		});
		const rule = {
			tierMeasure: 'monetary' as const,
			tiering: {
				method: 'rule' as const,
				measure: 'monetary',
				tiers: [{ id: 'big' }, { id: 'small' }],
				ranges: [
					{ min: 50, max: null },
					{ min: 10, max: 50 }
				]
			}
		};
		run = await runApp(text, 'online-retail.csv', COLUMNS, rule);
		const rows = await runDuckDb(sqlOf(run, rule, { dialect: 'duckdb', cutoffs: 'frozen' }).sql, path);
		expectSame(run, rows, { value: true, tier: true });
		expect(rows.some((r) => r.tier === null)).toBe(true); // spent under 10: outside every range
	}, 60_000);
});
