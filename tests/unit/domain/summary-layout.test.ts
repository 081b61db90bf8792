// A buy-till-you-die summary (x, t_x, T, zbar / lifetimes' frequency, recency, T, monetary_value) read as what it
// is: purchases = x + 1, days since the last purchase = T − t_x — not as a plain list whose "recency" runs backwards.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { guessMapping, validateMapping } from '$lib/domain/mapping';
import { guessAgeUnit, summaryIndicators, summaryLayoutRoles } from '$lib/domain/summary-layout';
import { prepareInput, type DatasetLike } from '$lib/domain/analysis-input';
import { analyseCustomers } from '$lib/domain/analysis';
import type { ColumnSpec } from '$lib/domain/columns';

const text = readFileSync(
	fileURLToPath(
		new URL('../../fixtures/cdnow/cdnow_customers_summary_with_transactions.csv', import.meta.url)
	),
	'utf8'
);
const [headerLine, ...lines] = text.trim().split(/\r?\n/);
const headers = headerLine.split(',');
const rows = lines.map((l) => l.split(','));

describe('recognising the layout', () => {
	it('finds x, t_x, T, zbar and lifetimes’ names, and leaves a plain customer list alone', () => {
		expect([...(summaryLayoutRoles(['ID', 'x', 't_x', 'T', 'zbar']) ?? [])]).toEqual([
			[1, 'repeatPurchases'],
			[2, 'lastPurchaseAge'],
			[3, 'customerAge'],
			[4, 'meanRepeatSpend']
		]);
		expect(summaryLayoutRoles(['customer_id', 'frequency', 'recency', 'T', 'monetary_value'])?.get(2)).toBe(
			'lastPurchaseAge'
		);
		expect(summaryLayoutRoles(['cust', 'x', 't.x', 'T.cal'])?.get(3)).toBe('customerAge');
		// No customer age: "frequency" and "recency" keep their plain meaning.
		expect(summaryLayoutRoles(['customer', 'frequency', 'recency', 'monetary'])).toBeNull();
	});

	it('guesses the unit from the header first, then from fractions', () => {
		expect(guessAgeUnit('T', ['38.86', '38.86', '12.14'])).toBe('weeks');
		expect(guessAgeUnit('T', ['270', '31', '0'])).toBe('days');
		expect(guessAgeUnit('T (months)', ['12.5'])).toBe('months');
		expect(guessAgeUnit('T_weeks', ['12'])).toBe('weeks');
	});

	it('maps the CDNOW summary file: an id, the three ages/counts in weeks, the mean repeat spend', () => {
		const { columns, shape } = guessMapping(headers, rows.slice(0, 200));
		expect(shape).toBe('customers');
		expect(columns.map((c) => c.role)).toEqual([
			'customerId',
			'repeatPurchases',
			'lastPurchaseAge',
			'customerAge',
			'meanRepeatSpend'
		]);
		expect(columns[2].timeUnit).toBe('weeks');
		expect(columns[3].timeUnit).toBe('weeks');
		expect(validateMapping(columns, shape).filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('never reads lifetimes’ "recency" as days since the last purchase', () => {
		const lifetimes = ['customer_id', 'frequency', 'recency', 'T', 'monetary_value'];
		const sample = [
			['a', '2', '150', '200', '31.5'],
			['b', '0', '0', '90', '0']
		];
		const roles = guessMapping(lifetimes, sample).columns.map((c) => c.role);
		expect(roles).toEqual([
			'customerId',
			'repeatPurchases',
			'lastPurchaseAge',
			'customerAge',
			'meanRepeatSpend'
		]);
	});

	it('refuses half a summary, and a summary read as order lines', () => {
		const spec = (role: ColumnSpec['role']): ColumnSpec => ({
			key: role,
			header: role,
			source: 0,
			role,
			type: 'number'
		});
		const id: ColumnSpec = { key: 'id', header: 'id', source: 0, role: 'customerId', type: 'category' };
		const half = validateMapping([id, spec('repeatPurchases'), spec('customerAge')], 'customers');
		expect(half.map((i) => i.key)).toContain('mapping.error.summaryIncomplete');
		const asLines = validateMapping(
			[id, spec('repeatPurchases'), spec('lastPurchaseAge'), spec('customerAge')],
			'transactions'
		);
		expect(asLines.map((i) => i.key)).toContain('mapping.error.summaryNeedsCustomers');
	});
});

describe('turning the summary into indicators', () => {
	it('computes purchases, days since the last purchase, tenure and repeat spend by hand', () => {
		const out = summaryIndicators({
			repeatPurchases: Float64Array.from([2, 0, 1, NaN]),
			lastPurchaseAge: Float64Array.from([30.43, 0, 40, 1]),
			customerAge: Float64Array.from([38.86, 38.86, 30, 2]),
			meanRepeatSpend: Float64Array.from([22.35, 0, 10, 5]),
			lastPurchaseAgeUnit: 'weeks',
			customerAgeUnit: 'weeks'
		});
		expect(Array.from(out.frequency)).toEqual([3, 1, NaN, NaN]);
		// (38.86 − 30.43) weeks = 8.43 weeks = 59.01 days; a one-time buyer's last purchase is the first.
		expect(out.recencyDays[0]).toBe(59.01);
		expect(out.recencyDays[1]).toBe(272.02);
		expect(out.tenureDays[0]).toBeCloseTo(272.02, 10);
		expect(out.repeatSpend?.[0]).toBeCloseTo(44.7, 10);
		expect(out.repeatSpend?.[1]).toBe(0);
		// t_x after T (row 2) and a missing x (row 3): unknown, never zero.
		expect(Number.isNaN(out.recencyDays[2])).toBe(true);
		expect(Number.isNaN(out.model.x[3])).toBe(true);
		// The models get the weeks as given, not a round trip through days.
		expect(out.model.tx[0]).toBe(30.43);
		expect(out.model.T[0]).toBe(38.86);
	});

	fcTest.prop(
		[
			fc.array(
				fc.record({
					x: fc.integer({ min: 0, max: 200 }),
					tx: fc.double({ min: 0, max: 1000, noNaN: true }),
					gap: fc.double({ min: 0, max: 1000, noNaN: true }),
					mean: fc.double({ min: 0, max: 1e5, noNaN: true })
				}),
				{ minLength: 1, maxLength: 50 }
			),
			fc.constantFrom('days' as const, 'weeks' as const, 'months' as const)
		],
		{ seed: 20261202 }
	)('purchases = x + 1 and recency + age at the last purchase = age, in days', (cases, unit) => {
		const out = summaryIndicators({
			repeatPurchases: Float64Array.from(cases, (c) => c.x),
			lastPurchaseAge: Float64Array.from(cases, (c) => c.tx),
			customerAge: Float64Array.from(cases, (c) => c.tx + c.gap),
			meanRepeatSpend: Float64Array.from(cases, (c) => c.mean),
			lastPurchaseAgeUnit: unit,
			customerAgeUnit: unit
		});
		const perUnit = { days: 1, weeks: 7, months: 365.25 / 12 }[unit];
		cases.forEach((c, i) => {
			expect(out.frequency[i]).toBe(c.x + 1);
			expect(out.recencyDays[i]).toBeGreaterThanOrEqual(0);
			expect(out.recencyDays[i] + c.tx * perUnit).toBeCloseTo((c.tx + c.gap) * perUnit, 4);
			expect(out.repeatSpend?.[i]).toBeCloseTo(c.x * c.mean, 6);
		});
	});
});

describe('the CDNOW summary end to end (mapping → input → analysis)', () => {
	const { columns } = guessMapping(headers, rows.slice(0, 200));
	const specs: ColumnSpec[] = columns.map((g) => ({
		key: `c${g.source}`,
		header: g.header,
		source: g.source,
		role: g.role,
		type: g.type,
		...(g.timeUnit ? { timeUnit: g.timeUnit } : {})
	}));
	const dataset: DatasetLike = {
		id: 'cdnow-summary',
		shape: 'customers',
		columns: specs,
		rowCount: rows.length,
		customerCount: rows.length
	};
	const cols = {
		c0: rows.map((r) => r[0]),
		c1: Float64Array.from(rows, (r) => Number(r[1])),
		c2: Float64Array.from(rows, (r) => Number(r[2])),
		c3: Float64Array.from(rows, (r) => Number(r[3])),
		c4: Float64Array.from(rows, (r) => Number(r[4]))
	};
	const prepared = prepareInput(dataset, cols, {});
	if ('error' in prepared) throw new Error(prepared.error.key);
	const result = analyseCustomers(prepared.input);

	it('ranks recent buyers as recent: customer 1 (t_x 30.43 of T 38.86 weeks) bought 59 days before the end', () => {
		expect(result.indicators.recencyDays[0]).toBe(59.01);
		expect(result.indicators.frequency[0]).toBe(3);
		// Customer 3 never came back: the first purchase, 38.86 weeks before the end, is the last.
		expect(result.indicators.recencyDays[2]).toBe(272.02);
		expect(prepared.warnings.map((w) => w.key)).toContain('views.warning.summarySpend');
	});

	it('fits the published BG/NBD and Gamma–Gamma parameters on it (Fader, Hardie & Lee 2005)', () => {
		const bg = result.clv?.bgNbd;
		expect(bg?.r).toBeCloseTo(0.243, 3);
		expect(bg?.alpha).toBeCloseTo(4.414, 2);
		expect(bg?.a).toBeCloseTo(0.793, 2);
		expect(bg?.b).toBeCloseTo(2.426, 2);
		const gg = result.clv?.gammaGamma;
		expect(gg?.p).toBeCloseTo(6.25, 1);
		expect(gg?.q).toBeCloseTo(3.74, 1);
		expect(gg?.v).toBeCloseTo(15.44, 0);
		expect(result.clv?.predicted?.length).toBe(2357);
		expect(Number.isFinite(result.kpis.averagePredictedClv)).toBe(true);
	});
});
