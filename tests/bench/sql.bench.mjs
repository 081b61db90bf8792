// The SQL export at warehouse scale: a generated 10,000,000-line order file (Online Retail layout, amount =
// quantity × unit price, C-cancellations, lines without CustomerID) in a temp dir, the exported DuckDB SQL run
// over it in this process (the app's default value model, predicted CLV included), seconds and peak memory reported
// beside a raw DuckDB baseline from the same run (a plain GROUP BY per customer over the same file) and Strata's own
// 1M-line figure from the README.
// `BENCH_ONLY=sql npm run bench` (no browser); BENCH_SQL_LINES changes the size.
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer } from 'vite';
import { DuckDBInstance } from '@duckdb/node-api';

const LINES = Number(process.env.BENCH_SQL_LINES ?? 10_000_000);
const CUSTOMERS = Math.max(1000, Math.round(LINES / 25));

async function writeLines(path, lines) {
	let s = 0x5a17;
	const rand = () => {
		s = (s + 0x6d2b79f5) | 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const out = createWriteStream(path);
	const start = Date.UTC(2010, 11, 1);
	let buffer = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';
	let invoice = 536365;
	for (let i = 0; i < lines; i++) {
		// Skewed customers: a few buy often, most once or twice.
		const customer = 12346 + Math.floor(CUSTOMERS * rand() ** 2);
		const noId = rand() < 0.25;
		const cancel = !noId && rand() < 0.02;
		const d = new Date(start + Math.floor(rand() * 373 * 1440) * 60_000);
		const q = cancel ? -(1 + Math.floor(rand() * 6)) : 1 + Math.floor(rand() * 12);
		const price = (Math.floor(rand() * 1000) / 100 + 0.29).toFixed(2);
		const date = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
		buffer += `${cancel ? 'C' : ''}${invoice + Math.floor(i / 4)},${22000 + Math.floor(rand() * 3000)},ITEM,${q},${date},${price},${noId ? '' : customer},United Kingdom\n`;
		if (buffer.length > 1 << 20) {
			if (!out.write(buffer)) await once(out, 'drain');
			buffer = '';
		}
	}
	out.write(buffer);
	out.end();
	await once(out, 'finish');
	invoice += lines;
}

/** Peak resident memory of this process so far (Linux VmHWM), in MB. */
function peakRssMb() {
	const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
	return m ? Number(m[1]) / 1024 : NaN;
}

const FILE_COLUMNS = [
	{ key: 'c0', header: 'InvoiceNo', source: 0, role: 'orderId', type: 'text' },
	{ key: 'c1', header: 'StockCode', source: 1, role: 'product', type: 'category' },
	{ key: 'c3', header: 'Quantity', source: 3, role: 'quantity', type: 'number' },
	{ key: 'c4', header: 'InvoiceDate', source: 4, role: 'orderDate', type: 'date', dateOrder: 'mdy' },
	{ key: 'c5', header: 'UnitPrice', source: 5, role: 'unitPrice', type: 'number' },
	{ key: 'c6', header: 'CustomerID', source: 6, role: 'customerId', type: 'category' }
];

/** The exported SQL, built by the app's own generator (loaded through Vite, as the app bundles it). */
async function exportedSql() {
	const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
	try {
		const { generateTieringSql } = await vite.ssrLoadModule('/src/lib/domain/sql/generate.ts');
		const { derivableAmount, derivedAmountSpec } = await vite.ssrLoadModule('/src/lib/domain/line-rules.ts');
		const { DEFAULT_TIERING } = await vite.ssrLoadModule('/src/lib/domain/tiers.ts');
		const { DEFAULT_LIFECYCLE_RULES } = await vite.ssrLoadModule('/src/lib/domain/lifecycle.ts');
		const columns = [...FILE_COLUMNS, derivedAmountSpec(FILE_COLUMNS, derivableAmount(FILE_COLUMNS))];
		const steps = ['recencyDays', 'frequency', 'monetary', 'averageOrderValue', 'tenureDays'].map(
			(column) => ({
				kind: 'numeric',
				column,
				median: 10,
				mean: 20,
				std: 15,
				missingIndicator: false
			})
		);
		const out = generateTieringSql({
			dialect: 'duckdb',
			source: { kind: 'csv', delimiter: ',', encoding: 'utf-8', headerRow: 0 },
			columns,
			// The app's default value model for order lines, predicted CLV included (parameters of the demo's fit).
			value: {
				normalization: 'percentile',
				weights: {
					historicalClv: 25,
					predictedClv: 15,
					frequency: 15,
					averageOrderValue: 10,
					crossSell: 5,
					tenure: 10,
					recency: 15,
					trend: 5
				}
			},
			clv: {
				kind: 'bgnbd',
				bgNbd: { r: 0.878, alpha: 5.75, a: 1753.8, b: 162746.2 },
				gammaGamma: { p: 1.858, q: 9.777, v: 1120.2 },
				unit: 'weeks',
				months: 12,
				monthlyDiscount: 0.01
			},
			tiering: DEFAULT_TIERING,
			tierMeasure: 'valueScore',
			lifecycle: DEFAULT_LIFECYCLE_RULES,
			cutoffs: 'recomputed',
			churn: {
				pipeline: { version: 1, steps, excluded: [], featureNames: steps.map((s) => s.column) },
				weights: [0.8, -0.5, -0.2, 0.1, -0.3],
				bias: -1
			}
		});
		if ('error' in out) throw new Error(out.error);
		return out.sql;
	} finally {
		await vite.close();
	}
}

export async function benchSql() {
	const dir = mkdtempSync(join(tmpdir(), 'strata-sql-bench-'));
	const path = join(dir, 'orders.csv');
	try {
		let t = performance.now();
		await writeLines(path, LINES);
		const generateS = (performance.now() - t) / 1000;
		const sizeMb = statSync(path).size / 1e6;
		const sql = await exportedSql();
		if (process.env.BENCH_SQL_DUMP) writeFileSync(process.env.BENCH_SQL_DUMP, sql);
		if (process.env.BENCH_SQL_KEEP) writeFileSync(process.env.BENCH_SQL_KEEP, readFileSync(path));
		const statements = sql
			.split('\n')
			.filter((l) => !l.startsWith('--'))
			.join('\n')
			.split(/;\s*\n/)
			.map((s) => s.trim())
			.filter(Boolean);
		// Raw baseline from the same run and file: DuckDB's plain GROUP BY of the lines per customer.
		const base = await DuckDBInstance.create(':memory:');
		const baseConn = await base.connect();
		t = performance.now();
		const baseline = await baseConn.runAndReadAll(
			`SELECT "CustomerID", COUNT(*), SUM(TRY_CAST("Quantity" AS DOUBLE) * TRY_CAST("UnitPrice" AS DOUBLE)) FROM read_csv('${path}', header = true, all_varchar = true) GROUP BY 1`
		);
		const baselineS = (performance.now() - t) / 1000;
		const baselinePeak = peakRssMb();
		baseConn.closeSync();
		base.closeSync();
		const before = peakRssMb();
		const instance = await DuckDBInstance.create(':memory:');
		const conn = await instance.connect();
		t = performance.now();
		await conn.run(`SET VARIABLE strata_source = '${path}'`);
		for (const s of statements.slice(0, -1)) await conn.run(s);
		const result = await conn.runAndReadAll(statements.at(-1));
		const seconds = (performance.now() - t) / 1000;
		const customers = result.currentRowCount;
		const peak = peakRssMb();
		conn.closeSync();
		instance.closeSync();
		const readme = /import 1,000,000 lines[^|]*\|\s*([^|]+?)\s*\|/.exec(
			readFileSync('README.md', 'utf8')
		)?.[1];
		const tiering =
			/indicators \+ RFM \+ value score \+ tiers, 100k customers × 1M lines\s*\|\s*([^|]+?)\s*\|/.exec(
				readFileSync('README.md', 'utf8')
			)?.[1];
		return {
			title: `SQL export in DuckDB (${LINES.toLocaleString('en')} lines)`,
			rows: [
				[
					'file',
					`${sizeMb.toFixed(0)} MB, ${LINES.toLocaleString('en')} lines`,
					`generated in ${generateS.toFixed(1)} s (temp dir, deleted after)`
				],
				[
					'exported SQL, file → one row per customer',
					`${seconds.toFixed(1)} s`,
					`${customers.toLocaleString('en')} customers; DuckDB ${DuckDBInstance.name ? '' : ''}in-process`
				],
				[
					'raw baseline: plain GROUP BY per customer',
					`${baselineS.toFixed(1)} s`,
					`${baseline.currentRowCount.toLocaleString('en')} groups; peak RSS ${baselinePeak.toFixed(0)} MB`
				],
				['peak memory (process RSS)', `${peak.toFixed(0)} MB`, `before the query: ${before.toFixed(0)} MB`],
				['Strata in the browser (README)', `import 1M lines ${readme ?? '?'}; tiering ${tiering ?? '?'}`, '']
			]
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const section = await benchSql();
	console.log(`\n## ${section.title}`);
	for (const [name, value, note] of section.rows)
		console.log(`  ${name}  ${value}${note ? `   ${note}` : ''}`);
}
