// Per-customer indicators from order lines, one Float64Array per indicator (NaN = not defined). The rules — what
// counts as an order, a purchase, a refund, the trend windows — are stated on each field so the UI can quote them.
import { groupDistinct, type GroupedDistinct } from './group-distinct';
import {
	DAY_MS,
	dayNumbers,
	defaultAnalysisDate,
	includedLines,
	purchaseLines,
	type TransactionColumns
} from './transactions';

export const TREND_WINDOW_DAYS = 90;

export interface Indicators {
	customerCount: number;
	/** UTC ms; lines after it are excluded. */
	analysisDate: number;
	/** How frequency was counted: distinct order ids, distinct purchase days, or taken from a customer table. */
	frequencyRule: 'orders' | 'purchaseDays' | 'given';
	/** Days from the last purchase to the analysis date; NaN without purchases. */
	recencyDays: Float64Array;
	/** Distinct orders (see frequencyRule); 0 without purchases. */
	frequency: Float64Array;
	/** Net amount: purchases minus refunds (NaN amounts count as 0); 0 without lines. */
	monetary: Float64Array;
	/** monetary / frequency; NaN when frequency is 0. */
	averageOrderValue: Float64Array;
	/** UTC ms of the first and last purchase; NaN without purchases. */
	firstPurchase: Float64Array;
	lastPurchase: Float64Array;
	/** Days from the first purchase to the analysis date. */
	tenureDays: Float64Array;
	/** Mean gap in days between consecutive distinct purchase days; NaN with fewer than 2 purchase days. */
	meanIntervalDays: Float64Array;
	/** Coefficient of variation (population sd / mean) of those gaps; NaN with fewer than 2 gaps. */
	intervalRegularity: Float64Array;
	/**
	 * Relative revenue change: net revenue in (A−90 d, A] over net revenue in (A−180 d, A−90 d], minus 1
	 * (−0.3 = fell 30%), floored at −1. Previous window ≤ 0: +1 if the recent one is positive, else NaN.
	 */
	trend: Float64Array;
	/** monetary / total monetary of all customers; NaN when the total is not positive. */
	revenueShare: Float64Array;
	/** Sum of |amount| over refund lines (amount < 0), and their count. */
	refundAmount: Float64Array;
	refundCount: Float64Array;
	/** Distinct product / category codes bought; only when the column exists. */
	distinctProducts?: Float64Array;
	distinctCategories?: Float64Array;
	/** Σ (amount − cost) over lines where both are known; only when a cost column exists. */
	margin?: Float64Array;
}

export type IndicatorKey = Exclude<keyof Indicators, 'customerCount' | 'analysisDate' | 'frequencyRule'>;

/** Computes every indicator in a few linear passes plus one typed-array sort per distinct-count. */
export function computeIndicators(
	tx: TransactionColumns,
	customerCount: number,
	analysisDate: number = defaultAnalysisDate(tx),
	days?: GroupedDistinct
): Indicators {
	const n = customerCount;
	const nan = () => new Float64Array(n).fill(NaN);
	const counted = includedLines(tx, n, analysisDate);
	const purchase = purchaseLines(tx, n, analysisDate);
	const monetary = new Float64Array(n);
	const refundAmount = new Float64Array(n);
	const refundCount = new Float64Array(n);
	const recent = new Float64Array(n);
	const previous = new Float64Array(n);
	const firstPurchase = nan();
	const lastPurchase = nan();
	const margin = tx.cost ? new Float64Array(n) : undefined;
	const recentStart = analysisDate - TREND_WINDOW_DAYS * DAY_MS;
	const previousStart = analysisDate - 2 * TREND_WINDOW_DAYS * DAY_MS;
	for (let i = 0; i < counted.length; i++) {
		if (counted[i] !== 1) continue;
		const c = tx.customer[i];
		const d = tx.date[i];
		const raw = tx.amount[i];
		const a = Number.isFinite(raw) ? raw : 0;
		monetary[c] += a;
		if (a < 0) {
			refundAmount[c] -= a;
			refundCount[c]++;
		} else {
			if (!(d >= firstPurchase[c])) firstPurchase[c] = d; // NaN-safe: first assignment
			if (!(d <= lastPurchase[c])) lastPurchase[c] = d;
		}
		if (d > recentStart) recent[c] += a;
		else if (d > previousStart) previous[c] += a;
		if (margin && tx.cost && Number.isFinite(raw) && Number.isFinite(tx.cost[i]))
			margin[c] += raw - tx.cost[i];
	}
	const purchaseDays = days ?? groupDistinct(tx.customer, dayNumbers(tx.date), purchase, n);
	const frequency = tx.orderId ? countOrders(tx, purchase, n) : countPerCustomer(purchaseDays, n);
	let total = 0;
	for (let c = 0; c < n; c++) total += monetary[c];
	const ind: Indicators = {
		customerCount: n,
		analysisDate,
		frequencyRule: tx.orderId ? 'orders' : 'purchaseDays',
		recencyDays: nan(),
		frequency,
		monetary,
		averageOrderValue: nan(),
		firstPurchase,
		lastPurchase,
		tenureDays: nan(),
		meanIntervalDays: nan(),
		intervalRegularity: nan(),
		trend: nan(),
		revenueShare: nan(),
		refundAmount,
		refundCount
	};
	for (let c = 0; c < n; c++) {
		if (!Number.isNaN(lastPurchase[c])) {
			ind.recencyDays[c] = (analysisDate - lastPurchase[c]) / DAY_MS;
			ind.tenureDays[c] = (analysisDate - firstPurchase[c]) / DAY_MS;
		}
		if (frequency[c] > 0) ind.averageOrderValue[c] = monetary[c] / frequency[c];
		if (total > 0) ind.revenueShare[c] = monetary[c] / total;
		ind.trend[c] = trendOf(recent[c], previous[c]);
	}
	intervals(purchaseDays, n, ind.meanIntervalDays, ind.intervalRegularity);
	if (tx.product)
		ind.distinctProducts = countPerCustomer(groupDistinct(tx.customer, tx.product, purchase, n), n);
	if (tx.category)
		ind.distinctCategories = countPerCustomer(groupDistinct(tx.customer, tx.category, purchase, n), n);
	if (margin) ind.margin = margin;
	return ind;
}

export function trendOf(recent: number, previous: number): number {
	if (previous > 0) return Math.max(recent / previous - 1, -1);
	return recent > 0 ? 1 : NaN;
}

function countPerCustomer(g: GroupedDistinct, n: number): Float64Array {
	const out = new Float64Array(n);
	for (let c = 0; c < n; c++) out[c] = g.start[c + 1] - g.start[c];
	return out;
}

/**
 * Distinct orders per customer: each order id once per customer (an id shared by two customers counts for
 * both); lines without an id are grouped by purchase day (one order per customer per day).
 */
function countOrders(tx: TransactionColumns, purchase: Uint8Array, n: number): Float64Array {
	const codes = tx.orderId instanceof Int32Array ? tx.orderId : encode(tx.orderId as string[]);
	const withId = new Uint8Array(purchase.length);
	const withoutId = new Uint8Array(purchase.length);
	for (let i = 0; i < purchase.length; i++) {
		if (purchase[i] !== 1) continue;
		if (codes[i] >= 0) withId[i] = 1;
		else withoutId[i] = 1;
	}
	const out = countPerCustomer(groupDistinct(tx.customer, codes, withId, n), n);
	const days = countPerCustomer(groupDistinct(tx.customer, dayNumbers(tx.date), withoutId, n), n);
	for (let c = 0; c < n; c++) out[c] += days[c];
	return out;
}

/** Dictionary-encodes order ids ('' → −1); consecutive repeats (lines of one order) skip the Map lookup. */
function encode(ids: string[]): Int32Array {
	const codes = new Int32Array(ids.length);
	const dict = new Map<string, number>();
	let prev = '';
	let prevCode = -1;
	for (let i = 0; i < ids.length; i++) {
		const id = ids[i];
		if (!id) {
			codes[i] = -1;
			continue;
		}
		if (id !== prev) {
			let code = dict.get(id);
			if (code === undefined) dict.set(id, (code = dict.size));
			prev = id;
			prevCode = code;
		}
		codes[i] = prevCode;
	}
	return codes;
}

function intervals(days: GroupedDistinct, n: number, mean: Float64Array, cv: Float64Array): void {
	const v = days.values;
	for (let c = 0; c < n; c++) {
		const s = days.start[c];
		const gaps = days.start[c + 1] - s - 1;
		if (gaps < 1) continue;
		const m = (v[s + gaps] - v[s]) / gaps;
		mean[c] = m;
		if (gaps < 2) continue;
		let ss = 0;
		for (let k = s; k < s + gaps; k++) ss += (v[k + 1] - v[k] - m) ** 2;
		cv[c] = Math.sqrt(ss / gaps) / m;
	}
}
