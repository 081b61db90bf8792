// Indicators for the customer-list shape (one aggregated row per customer): we derive what the given columns
// allow — recency from a last-purchase date, tenure from a sign-up date — and leave the rest NaN.
import type { Indicators } from './indicators';
import { DAY_MS } from './transactions';

/** Average month length (365.25 / 12 days) used to turn a tenure in months into days. */
export const DAYS_PER_MONTH = 30.4375;

export interface CustomerColumns {
	monetary?: Float64Array;
	frequency?: Float64Array;
	recencyDays?: Float64Array;
	/** In months or days: see `tenureUnit`. */
	tenure?: Float64Array;
	lastPurchaseDate?: Float64Array;
	signupDate?: Float64Array;
}

export interface CustomerTableOptions {
	tenureUnit: 'months' | 'days';
	/** UTC ms; defaults to the latest last-purchase date (NaN when there is none). */
	analysisDate?: number;
}

/**
 * Given columns win over derived ones: recencyDays column, else analysisDate − lastPurchaseDate; tenure column,
 * else analysisDate − signupDate. Missing monetary/frequency stay NaN (unknown, not zero).
 */
export function indicatorsFromCustomerTable(
	cols: CustomerColumns,
	customerCount: number,
	options: CustomerTableOptions
): Indicators {
	const n = customerCount;
	const nan = () => new Float64Array(n).fill(NaN);
	const analysisDate = options.analysisDate ?? maxOf(cols.lastPurchaseDate);
	const monetary = cols.monetary ? Float64Array.from(cols.monetary) : nan();
	const frequency = cols.frequency ? Float64Array.from(cols.frequency) : nan();
	const ind: Indicators = {
		customerCount: n,
		analysisDate,
		frequencyRule: 'given',
		recencyDays: nan(),
		frequency,
		monetary,
		averageOrderValue: nan(),
		firstPurchase: nan(),
		lastPurchase: nan(),
		tenureDays: nan(),
		meanIntervalDays: nan(),
		intervalRegularity: nan(),
		trend: nan(),
		revenueShare: nan(),
		refundAmount: nan(),
		refundCount: nan()
	};
	const monthDays = options.tenureUnit === 'months' ? DAYS_PER_MONTH : 1;
	let total = 0;
	for (let c = 0; c < n; c++) if (Number.isFinite(monetary[c])) total += monetary[c];
	for (let c = 0; c < n; c++) {
		const given = cols.recencyDays ? cols.recencyDays[c] : NaN;
		const last = cols.lastPurchaseDate ? cols.lastPurchaseDate[c] : NaN;
		ind.recencyDays[c] = Number.isFinite(given) ? given : (analysisDate - last) / DAY_MS;
		ind.lastPurchase[c] = Number.isFinite(last) ? last : analysisDate - ind.recencyDays[c] * DAY_MS;
		const tenure = cols.tenure ? cols.tenure[c] * monthDays : NaN;
		const signup = cols.signupDate ? cols.signupDate[c] : NaN;
		ind.tenureDays[c] = Number.isFinite(tenure) ? tenure : (analysisDate - signup) / DAY_MS;
		if (frequency[c] > 0) ind.averageOrderValue[c] = monetary[c] / frequency[c];
		if (total > 0 && Number.isFinite(monetary[c])) ind.revenueShare[c] = monetary[c] / total;
	}
	return ind;
}

function maxOf(col: Float64Array | undefined): number {
	let max = -Infinity;
	if (col) for (let i = 0; i < col.length; i++) if (col[i] > max) max = col[i];
	return max === -Infinity ? NaN : max;
}
