import { describe, expect, it } from 'vitest';
import { computeIndicators } from '$lib/domain/indicators';
import { indicatorsFromCustomerTable } from '$lib/domain/customer-indicators';
import { defaultAnalysisDate, type TransactionColumns } from '$lib/domain/transactions';

const day = (iso: string) => Date.parse(iso + 'T00:00:00Z');

/** Lines as [customer, date, amount, orderId?, product?] — hand-made so every figure below can be worked out. */
function tx(lines: [number, string, number, string?, number?][], withOrders = false): TransactionColumns {
	return {
		customer: Int32Array.from(lines, (l) => l[0]),
		date: Float64Array.from(lines, (l) => (l[1] ? day(l[1]) : NaN)),
		amount: Float64Array.from(lines, (l) => l[2]),
		orderId: withOrders ? lines.map((l) => l[3] ?? '') : undefined,
		product: Int32Array.from(lines, (l) => l[4] ?? -1)
	};
}

const A = day('2024-12-31');

describe('computeIndicators', () => {
	// Customer 0: three purchase days (Jan 1, Jan 11, Jan 31), 100 + 50 + 150, plus a refund of 30 on Feb 5.
	// Customer 1: one purchase of 200 on Dec 1. Customer 2: nothing. Customer 3: a line after the analysis date.
	const data = tx([
		[0, '2024-01-01', 100, '', 1],
		[0, '2024-01-11', 50, '', 2],
		[0, '2024-01-31', 150, '', 1],
		[0, '2024-02-05', -30, '', 1],
		[1, '2024-12-01', 200, '', 3],
		[3, '2025-01-05', 999, '', 1]
	]);
	const ind = computeIndicators(data, 4, A);

	it('counts distinct purchase days as frequency when there is no order id', () => {
		expect(ind.frequencyRule).toBe('purchaseDays');
		expect(Array.from(ind.frequency)).toEqual([3, 1, 0, 0]);
	});

	it('nets refunds out of monetary and reports them separately', () => {
		expect(ind.monetary[0]).toBe(270);
		expect(ind.refundAmount[0]).toBe(30);
		expect(ind.refundCount[0]).toBe(1);
		expect(ind.averageOrderValue[0]).toBe(90);
	});

	it('does not let a refund set the last purchase date', () => {
		expect(ind.lastPurchase[0]).toBe(day('2024-01-31'));
		expect(ind.recencyDays[0]).toBe(335); // Jan 31 → Dec 31 2024 (leap year)
		expect(ind.tenureDays[0]).toBe(365);
	});

	it('gives a one-purchase customer recency and tenure but no interval', () => {
		expect(ind.recencyDays[1]).toBe(30);
		expect(ind.tenureDays[1]).toBe(30);
		expect(ind.meanIntervalDays[1]).toBeNaN();
		expect(ind.intervalRegularity[1]).toBeNaN();
	});

	it('computes mean interval and its coefficient of variation from purchase days', () => {
		// Gaps 10 and 20 days: mean 15, population sd 5, CV 1/3.
		expect(ind.meanIntervalDays[0]).toBe(15);
		expect(ind.intervalRegularity[0]).toBeCloseTo(1 / 3, 12);
	});

	it('gives a customer without transactions frequency 0, monetary 0 and recency NaN', () => {
		expect(ind.frequency[2]).toBe(0);
		expect(ind.monetary[2]).toBe(0);
		expect(ind.recencyDays[2]).toBeNaN();
		expect(ind.averageOrderValue[2]).toBeNaN();
	});

	it('excludes transactions after the analysis date', () => {
		expect(ind.monetary[3]).toBe(0);
		expect(ind.frequency[3]).toBe(0);
		expect(ind.recencyDays[3]).toBeNaN();
	});

	it('shares revenue by net monetary over the total', () => {
		expect(ind.revenueShare[0]).toBeCloseTo(270 / 470, 12);
		expect(ind.revenueShare[1]).toBeCloseTo(200 / 470, 12);
	});

	it('counts distinct products among purchases', () => {
		expect(Array.from(ind.distinctProducts ?? [])).toEqual([2, 1, 0, 0]);
	});

	it('compares the last 90 days with the 90 before for the trend', () => {
		// Customer 0 has no revenue in either window → NaN; customer 1 only recent revenue → +1.
		expect(ind.trend[0]).toBeNaN();
		expect(ind.trend[1]).toBe(1);
		const t = computeIndicators(
			tx([
				[0, '2024-08-01', 100],
				[0, '2024-12-01', 70]
			]),
			1,
			A
		);
		expect(t.trend[0]).toBeCloseTo(-0.3, 12);
	});

	it('counts each order id once even across several lines, and id-less lines once per day', () => {
		const o = computeIndicators(
			tx(
				[
					[0, '2024-03-01', 10, 'A'],
					[0, '2024-03-01', 20, 'A'],
					[0, '2024-03-01', 5, 'B'],
					[0, '2024-03-05', 5, ''],
					[0, '2024-03-05', 5, ''],
					[1, '2024-03-05', 5, 'A'] // the same id on another customer still counts for them
				],
				true
			),
			2,
			A
		);
		expect(o.frequencyRule).toBe('orders');
		expect(Array.from(o.frequency)).toEqual([3, 1]);
	});

	it('treats zero-amount lines as purchases and NaN amounts as 0 revenue', () => {
		const z = computeIndicators(
			tx([
				[0, '2024-12-30', 0],
				[0, '2024-12-31', NaN]
			]),
			1,
			A
		);
		expect(z.frequency[0]).toBe(2);
		expect(z.monetary[0]).toBe(0);
		expect(z.recencyDays[0]).toBe(0);
	});

	it('uses the last transaction date as the default analysis date, ignoring missing dates', () => {
		expect(
			defaultAnalysisDate(
				tx([
					[0, '2024-05-01', 1],
					[0, '', 1],
					[0, '2024-04-01', 1]
				])
			)
		).toBe(day('2024-05-01'));
	});

	it('computes margin only when a cost column exists', () => {
		expect(ind.margin).toBeUndefined();
		const m = computeIndicators(
			{
				...tx([
					[0, '2024-12-01', 100],
					[0, '2024-12-02', -20]
				]),
				cost: Float64Array.of(60, -5)
			},
			1,
			A
		);
		expect(m.margin?.[0]).toBe(40 - 15);
	});
});

describe('indicatorsFromCustomerTable', () => {
	it('derives recency from the last purchase date and tenure in months, and leaves the rest NaN', () => {
		const ind = indicatorsFromCustomerTable(
			{
				monetary: Float64Array.of(300, 100),
				frequency: Float64Array.of(3, 0),
				lastPurchaseDate: Float64Array.of(day('2024-12-21'), day('2024-12-31')),
				tenure: Float64Array.of(12, NaN),
				signupDate: Float64Array.of(NaN, day('2024-12-01'))
			},
			2,
			{ tenureUnit: 'months' }
		);
		expect(ind.analysisDate).toBe(A);
		expect(Array.from(ind.recencyDays)).toEqual([10, 0]);
		expect(ind.tenureDays[0]).toBeCloseTo(365.25, 10);
		expect(ind.tenureDays[1]).toBe(30);
		expect(ind.averageOrderValue[0]).toBe(100);
		expect(ind.averageOrderValue[1]).toBeNaN();
		expect(ind.revenueShare[0]).toBeCloseTo(0.75, 12);
		expect(ind.trend[0]).toBeNaN();
	});

	it('prefers a given recency column over a derived one', () => {
		const ind = indicatorsFromCustomerTable(
			{ recencyDays: Float64Array.of(5), lastPurchaseDate: Float64Array.of(day('2024-01-01')) },
			1,
			{ tenureUnit: 'days', analysisDate: A }
		);
		expect(ind.recencyDays[0]).toBe(5);
		expect(ind.monetary[0]).toBeNaN();
	});
});
