import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { SparkSQL } from 'dt-sql-parser';
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '$lib/domain/columns';
import { rowNumberIdSpec } from '$lib/domain/row-ids';
import { generateTieringSql } from '$lib/domain/sql/generate';
import { DEFAULT_TIERING } from '$lib/domain/tiers';
import { DEFAULT_LIFECYCLE_RULES } from '$lib/domain/lifecycle';
import type { SqlExportSpec } from '$lib/domain/sql/types';
import { runApp, splitStatements, sqlOf } from './harness';

// No Spark runs here (pyspark is on PyPI, which this machine cannot reach): the Spark SQL 3.x variant is
// checked by DTStack's dt-sql-parser, an ANTLR grammar of Spark SQL, statement by statement.
const spark = new SparkSQL();

/** Statement by statement: the grammar's SET rule would otherwise swallow everything after it. */
function parseErrors(sql: string) {
	return splitStatements(sql).flatMap((s) =>
		spark.validate(s).map((e) => `${e.startLine}:${e.startColumn} ${e.message}`)
	);
}

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: 'Invoice No', source: 0, role: 'orderId', type: 'text' },
	{ key: 'c1', header: 'Stock`Code', source: 1, role: 'product', type: 'category' },
	{ key: 'c3', header: 'Quantity', source: 3, role: 'quantity', type: 'number' },
	{ key: 'c4', header: '下单日期', source: 4, role: 'orderDate', type: 'date', dateOrder: 'dmy' },
	{ key: 'c5', header: 'Unit Price', source: 5, role: 'unitPrice', type: 'number' },
	{ key: 'c6', header: 'CustomerID', source: 6, role: 'customerId', type: 'category' },
	{ key: 'c7', header: 'cost', source: 7, role: 'cost', type: 'number' }
];

const base: SqlExportSpec = {
	dialect: 'spark',
	source: { kind: 'csv', delimiter: ';', encoding: 'gb18030', headerRow: 0, path: "s3://bucket/o'rders.csv" },
	columns: COLUMNS,
	value: { normalization: 'zscore', weights: { historicalClv: 40, crossSell: 20, recency: 25, trend: 15 } },
	tiering: DEFAULT_TIERING,
	tierMeasure: 'valueScore',
	lifecycle: DEFAULT_LIFECYCLE_RULES,
	cutoffs: 'recomputed',
	churn: {
		pipeline: {
			version: 1,
			steps: [
				{ kind: 'numeric', column: 'recencyDays', median: 40, mean: 55.5, std: 12.25, missingIndicator: true }
			],
			excluded: [],
			featureNames: ['recencyDays', 'recencyDays=__missing__']
		},
		weights: [0.75, -0.1],
		bias: -1.5
	}
};

describe('the Spark SQL variant', () => {
	it('parses as Spark SQL with every feature switched on: odd headers, recomputed shares, z-scores, churn', () => {
		const out = generateTieringSql(base);
		if ('error' in out) throw new Error(out.error);
		expect(out.sql).toContain('CREATE OR REPLACE TEMPORARY VIEW strata_source');
		expect(out.sql).toContain('`Stock``Code`');
		expect(out.columns).toContain('churn_probability');
		expect(parseErrors(out.sql)).toEqual([]);
	}, 180_000);

	it('parses with predicted CLV (BG/NBD + Gamma–Gamma) weighted and as the tier measure', () => {
		const clv = {
			kind: 'bgnbd' as const,
			bgNbd: { r: 0.88, alpha: 5.75, a: 1753.8, b: 162746.2 },
			gammaGamma: { p: 1.86, q: 9.78, v: 1120.2 },
			unit: 'weeks' as const,
			months: 12,
			monthlyDiscount: 0.01
		};
		for (const v of [
			{
				value: { normalization: 'percentile' as const, weights: { predictedClv: 60, predictedPurchases: 40 } }
			},
			{ tierMeasure: 'predictedClv' as const, cutoffs: 'recomputed' as const }
		]) {
			const out = generateTieringSql({ ...base, ...v, clv });
			if ('error' in out) throw new Error(out.error);
			expect(out.columns).toContain('predicted_clv');
			expect(out.columns).toContain('tier');
			expect(out.sql).toContain('raise_error(');
			expect(parseErrors(out.sql)).toEqual([]);
		}
	}, 300_000);

	it('parses for customer lists: row-number ids with summed spend, and an id column with dates', () => {
		const money = ['Fresh', 'Milk', 'Grocery'].map((header, source) => ({
			key: `c${source}`,
			header,
			source,
			role: 'monetary' as const,
			type: 'number' as const
		}));
		const lists: [ColumnSpec[], SqlExportSpec['value']['weights']][] = [
			[[...money, rowNumberIdSpec(3, 'Row')], { historicalClv: 100 }],
			[
				[
					{ key: 'c0', header: '客户编号', source: 0, role: 'customerId', type: 'text' },
					{ key: 'c1', header: 'Total Spend', source: 1, role: 'monetary', type: 'number' },
					{ key: 'c2', header: 'Orders', source: 2, role: 'frequency', type: 'number' },
					{
						key: 'c3',
						header: 'Last order',
						source: 3,
						role: 'lastPurchaseDate',
						type: 'date',
						dateOrder: 'dmy'
					},
					{ key: 'c4', header: 'tenure (days)', source: 4, role: 'tenure', type: 'number' }
				],
				{ historicalClv: 40, frequency: 25, recency: 25, tenure: 10 }
			]
		];
		for (const [columns, weights] of lists) {
			const value = { normalization: 'zscore' as const, weights };
			const out = generateTieringSql({ ...base, shape: 'customers', columns, value, churn: undefined });
			if ('error' in out) throw new Error(out.error);
			expect(out.columns).toContain('tier');
			expect(parseErrors(out.sql)).toEqual([]);
		}
	}, 300_000);

	it('parses for fixed analysis dates, cut-offs, rules, presets and a table source', () => {
		const variants: Partial<SqlExportSpec>[] = [
			{ analysisDate: Date.UTC(2024, 0, 31), cutoffs: 'frozen', frozenBounds: [70.5, 40, -Infinity] },
			{ tiering: { method: 'cutoffs', tiers: [{ id: 'a' }, { id: 'b', label: "O'Neil" }], cutoffs: [50] } },
			{
				tierMeasure: 'monetary',
				tiering: {
					method: 'rule',
					measure: 'monetary',
					tiers: [{ id: 'a' }, { id: 'b' }],
					ranges: [
						{ min: 100, max: null },
						{ min: null, max: 100 }
					]
				}
			},
			{ tiering: { method: 'preset', preset: 'eightClass', tiers: [{ id: 'importantValue' }] } },
			{
				source: { kind: 'table', name: 'sales.order_lines' },
				value: { normalization: 'percentile', weights: { frequency: 100 } }
			}
		];
		for (const v of variants) {
			const out = generateTieringSql({ ...base, ...v });
			if ('error' in out) throw new Error(out.error);
			expect(parseErrors(out.sql)).toEqual([]);
		}
	}, 300_000);

	it('parses the export of a real analysis (Online Retail-shaped lines, app defaults)', async () => {
		const text = readFileSync('tests/fixtures/online-retail-sample.csv', 'utf8');
		const run = await runApp(text, 'online-retail.csv', [
			{ key: 'c0', header: 'InvoiceNo', source: 0, role: 'orderId', type: 'text' },
			{ key: 'c3', header: 'Quantity', source: 3, role: 'quantity', type: 'number' },
			{ key: 'c4', header: 'InvoiceDate', source: 4, role: 'orderDate', type: 'date', dateOrder: 'mdy' },
			{ key: 'c5', header: 'UnitPrice', source: 5, role: 'unitPrice', type: 'number' },
			{ key: 'c6', header: 'CustomerID', source: 6, role: 'customerId', type: 'category' }
		]);
		const out = sqlOf(run, {}, { dialect: 'spark', cutoffs: 'frozen' });
		expect(parseErrors(out.sql)).toEqual([]);
	}, 180_000);

	it('is caught by the parser when the SQL is broken (the check can fail)', () => {
		const out = generateTieringSql(base);
		if ('error' in out) throw new Error(out.error);
		expect(
			parseErrors(out.sql.replace('GROUP BY l.customer_id', 'GROUP l.customer_id')).length
		).toBeGreaterThan(0);
		// An unescaped quote inside a date pattern: the bug this test first caught.
		const unescaped = out.sql.replace(/\\'T\\'/g, "'T'");
		expect(unescaped).not.toBe(out.sql);
		expect(parseErrors(unescaped).length).toBeGreaterThan(0);
	}, 180_000);
});
