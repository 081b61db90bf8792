// The UCI Online Retail layout (quantity × unit price, no amount, C-cancellations, missing CustomerID) and Chinese
// 数量/单价 order lines, through the guesser, the mapping check and the whole import pipeline.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { importFile, specsFromGuess } from '$lib/import/run-import';
import { readColumns, readDictionaries, readRejected } from '$lib/storage/datasets';
import { validateMapping } from '$lib/domain/mapping';
import { DERIVED_AMOUNT_KEY, derivableAmount, derivedAmountSpec } from '$lib/domain/line-rules';
import { computeIndicators } from '$lib/domain/indicators';
import type { ImportSpec } from '$lib/import/types';
import {
	chineseQtyPriceCsv,
	onlineRetailCsv,
	onlineRetailSqlSample
} from '../../fixtures/online-retail/generate';

const FIXTURES = 'tests/fixtures/online-retail/';
const retail = readFileSync(FIXTURES + 'online-retail-sample.csv', 'utf8');
const zh = readFileSync(FIXTURES + 'orders-qty-price-zh.csv', 'utf8');

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`retail-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

function table(csv: string) {
	const lines = csv.trim().split(/\r?\n/);
	return { headers: lines[0].split(','), rows: lines.slice(1, 21).map((l) => l.split(',')) };
}

/** What the mapping page hands the import: the guess plus the derived amount column. */
function specFor(csv: string, name: string): ImportSpec {
	const { headers, rows } = table(csv);
	const { columns, shape } = specsFromGuess(headers, rows);
	const plan = derivableAmount(columns);
	if (!plan) throw new Error('no quantity × unit price');
	columns.push(derivedAmountSpec(columns, plan));
	const dates = columns.find((c) => c.role === 'orderDate');
	if (dates?.dateOrder === 'ymd' && name === 'retail') dates.dateOrder = 'mdy';
	return {
		name,
		shape,
		columns,
		options: { encoding: 'utf-8', delimiter: ',', headerRow: 0, firstRowIsData: false }
	};
}

describe('the committed fixtures', () => {
	it('are exactly what the generator writes', () => {
		expect(retail).toBe(onlineRetailCsv().csv);
		expect(zh).toBe(chineseQtyPriceCsv().csv);
		// The SQL-export tests' larger sample comes from the same module (one Online Retail generator).
		expect(readFileSync('tests/fixtures/online-retail-sample.csv', 'utf8')).toBe(onlineRetailSqlSample());
	});
});

describe('mapping a file with quantity and unit price but no amount', () => {
	it('guesses the Online Retail roles and no longer stops at "choose the amount column"', () => {
		const { headers, rows } = table(retail);
		const { columns, shape } = specsFromGuess(headers, rows);
		expect(shape).toBe('transactions');
		expect(columns.map((c) => c.role)).toEqual([
			'orderId', 'product', 'categorical', 'quantity', 'orderDate', 'unitPrice', 'customerId', 'region'
		]); // prettier-ignore
		// Without the derived column the mapping says how to go on; with it there is no error.
		expect(validateMapping(columns, shape).map((i) => i.key)).toContain('mapping.error.derivedAmountOff');
		const plan = derivableAmount(columns);
		expect(plan).toEqual({ quantity: 3, unitPrice: 5 });
		const derived = derivedAmountSpec(columns, plan!);
		expect(derived.header).toBe('Quantity × UnitPrice');
		expect(validateMapping([...columns, derived], shape).filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('guesses 客户 as the customer id and 数量 × 单价 as the amount of Chinese order lines', () => {
		const { headers, rows } = table(zh);
		const { columns, shape } = specsFromGuess(headers, rows);
		expect(shape).toBe('transactions');
		expect(columns.map((c) => c.role)).toEqual([
			'orderId', 'customerId', 'orderDate', 'product', 'quantity', 'unitPrice', 'orderStatus'
		]); // prettier-ignore
		expect(derivableAmount(columns)).toEqual({ quantity: 4, unitPrice: 5 });
	});
});

describe('importing the Online Retail layout', () => {
	it('derives each amount, rejects lines without CustomerID, and makes cancellations refunds', async () => {
		const { truth } = onlineRetailCsv();
		const out = await importFile(new File([retail], 'online-retail.csv'), specFor(retail, 'retail'), { db });
		if ('error' in out) throw new Error(out.error.key);
		const r = out.report;
		expect(r.rowsRead).toBe(truth.lines);
		expect(r.rowsRejected).toBe(truth.missingId);
		expect(r.byReason).toEqual({ missingCustomerId: truth.missingId });
		expect(r.rowsImported).toBe(truth.lines - truth.missingId);
		expect(r.notes).toContainEqual({ key: 'import.note.refundLines', params: { count: truth.refunds } });
		expect(r.notes).toContainEqual({
			key: 'import.note.derivedAmount',
			params: { formula: 'Quantity × UnitPrice' }
		});
		// every rejected line is listed with its cells, so it can be downloaded
		const rejected = await readRejected(db, out.datasetId);
		expect(rejected).toHaveLength(truth.missingId);
		expect(rejected.every((x) => x.reason === 'missingCustomerId' && x.cells[6] === '')).toBe(true);

		const dataset = await db.datasets.get(out.datasetId);
		const idKey = dataset!.columns.find((c) => c.role === 'customerId')!.key;
		const dateKey = dataset!.columns.find((c) => c.role === 'orderDate')!.key;
		const cols = await readColumns(db, out.datasetId, [idKey, dateKey, DERIVED_AMOUNT_KEY]);
		const ids = (await readDictionaries(db, out.datasetId))[idKey];
		const amount = cols[DERIVED_AMOUNT_KEY] as Float64Array;
		const ind = computeIndicators(
			{ customer: cols[idKey] as Int32Array, date: cols[dateKey] as Float64Array, amount },
			ids.length
		);
		// net spend per customer = Σ quantity × unit price, cancellations subtracted
		ids.forEach((id, c) => expect(ind.monetary[c]).toBeCloseTo(truth.spend.get(id) ?? NaN, 6));
		// refunds are negative and never a purchase: refund counts match the cancellation lines
		let refunds = 0;
		for (let c = 0; c < ids.length; c++) refunds += ind.refundCount[c];
		expect(refunds).toBe(truth.refunds);
	});
});

describe('importing Chinese 数量/单价 order lines', () => {
	it('derives amounts, makes 退款成功 lines refunds and rejects the 合计 row as a totals row', async () => {
		const { truth } = chineseQtyPriceCsv();
		const out = await importFile(new File([zh], '订单.csv'), specFor(zh, 'zh'), { db });
		if ('error' in out) throw new Error(out.error.key);
		expect(out.report.rowsRead).toBe(truth.lines);
		expect(out.report.byReason).toEqual({ totalsRow: 1 });
		expect(out.customerCount).toBe(truth.spend.size);
		expect(out.report.notes).toContainEqual({
			key: 'import.note.refundLines',
			params: { count: truth.refunds }
		});
		const [totals] = await readRejected(db, out.datasetId);
		expect(totals.cells[0]).toBe('合计');
		expect(totals.line).toBe(truth.lines + 1);
	});
});
