// A buy-till-you-die summary: one row per customer with the numbers the BG/NBD and Pareto/NBD papers (x, t_x, T,
// zbar) and the lifetimes library (frequency, recency, T, monetary_value) work from. Their words mean something
// else than in a plain customer list — "frequency" counts repeat purchases only, "recency" is the age of the
// customer at the last purchase (high = bought lately), "monetary_value" is the mean of the repeat purchases — so
// read as a plain list the tiers come out backwards. This file recognises the layout and turns it into the
// indicators Strata uses, exactly: purchases = x + 1, days since the last purchase = T − t_x, tenure = T.
import { AGE_UNIT_DAYS, type AgeUnit, type ColumnRole } from './columns';

/** The four summary roles; the first three are needed together. */
export const SUMMARY_ROLES: readonly ColumnRole[] = [
	'repeatPurchases',
	'lastPurchaseAge',
	'customerAge',
	'meanRepeatSpend'
];

// Header names per summary role (lower-cased, spaces/dots/dashes as underscores). Plain customer lists also say
// "frequency" and "recency", so these only count when a customer-age column (T) is there too.
const NAMES: [ColumnRole, RegExp][] = [
	['repeatPurchases', /^(?:x|x_cal|frequency|frequency_cal|repeat_purchases|repeat_transactions|复购次数)$/],
	['lastPurchaseAge', /^(?:t_x|tx|t_x_cal|recency|recency_cal|末次购买时间)$/],
	['customerAge', /^(?:t|t_cal|t_star|customer_age|客户年龄)$/],
	['meanRepeatSpend', /^(?:zbar|m_x|mx|monetary_value|monetary_value_cal|mean_repeat_spend|复购平均金额)$/]
];

const normal = (header: string) =>
	header
		.trim()
		.toLowerCase()
		.replace(/\s*[(（][^)）]*[)）]\s*$/, '') // a unit in brackets: "T (weeks)"
		.replace(/[\s.-]+/g, '_');

/**
 * The summary role of each column (by index) when the headers form a buy-till-you-die summary — a repeat-purchase
 * count, a last-purchase age and a customer age all present — else null.
 */
export function summaryLayoutRoles(headers: readonly string[]): Map<number, ColumnRole> | null {
	const found = new Map<ColumnRole, number>();
	headers.forEach((h, i) => {
		const name = normal(h);
		for (const [role, pattern] of NAMES) if (!found.has(role) && pattern.test(name)) found.set(role, i);
	});
	if (!found.has('repeatPurchases') || !found.has('lastPurchaseAge') || !found.has('customerAge'))
		return null;
	return new Map([...found].map(([role, i]) => [i, role]));
}

/**
 * The unit the ages are counted in: said by the header ("T (weeks)", 周, 天, 月), else days when every value is a
 * whole number (lifetimes' default) and weeks when they carry fractions (the BTYD papers' 38.86 weeks). The user
 * sees the guess beside the column and can change it.
 */
export function guessAgeUnit(header: string, values: readonly string[]): AgeUnit {
	const h = header.toLowerCase();
	if (/week|周|星期/.test(h)) return 'weeks';
	if (/month|月/.test(h)) return 'months';
	if (/day|天|日/.test(h)) return 'days';
	const numbers = values
		.map((v) => v.trim())
		.filter((v) => v !== '')
		.map(Number)
		.filter(Number.isFinite);
	return numbers.some((v) => !Number.isInteger(v)) ? 'weeks' : 'days';
}

export interface SummaryColumns {
	repeatPurchases: Float64Array;
	lastPurchaseAge: Float64Array;
	customerAge: Float64Array;
	meanRepeatSpend?: Float64Array;
	lastPurchaseAgeUnit: AgeUnit;
	customerAgeUnit: AgeUnit;
}

/** Strata's indicators and the models' own summary (in weeks) from a buy-till-you-die summary. */
export interface SummaryIndicators {
	/** Purchases, the first one included: x + 1. */
	frequency: Float64Array;
	/** Days from the last purchase to the end of the data: T − t_x. */
	recencyDays: Float64Array;
	/** Days from the first purchase to the end of the data: T. */
	tenureDays: Float64Array;
	/** Spend on repeat purchases, x × zbar: the summary does not hold the first purchase's amount. */
	repeatSpend?: Float64Array;
	/** x, t_x, T in weeks and zbar (0 for no repeat purchase), as the purchase and spend models read them. */
	model: { x: Float64Array; tx: Float64Array; T: Float64Array; monetary: Float64Array };
}

/**
 * Converts row by row. A row whose x, t_x or T is missing, negative, or has t_x > T (a last purchase after the
 * end of the data) gets NaN everywhere: unknown, never a made-up zero.
 */
export function summaryIndicators(cols: SummaryColumns): SummaryIndicators {
	const n = cols.repeatPurchases.length;
	const txDays = AGE_UNIT_DAYS[cols.lastPurchaseAgeUnit];
	const tDays = AGE_UNIT_DAYS[cols.customerAgeUnit];
	const nan = () => new Float64Array(n).fill(NaN);
	const out: SummaryIndicators = {
		frequency: nan(),
		recencyDays: nan(),
		tenureDays: nan(),
		...(cols.meanRepeatSpend ? { repeatSpend: nan() } : {}),
		model: { x: nan(), tx: nan(), T: nan(), monetary: nan() }
	};
	for (let i = 0; i < n; i++) {
		const x = cols.repeatPurchases[i];
		const tx = cols.lastPurchaseAge[i] * txDays;
		const T = cols.customerAge[i] * tDays;
		if (!(x >= 0 && tx >= 0 && T >= 0) || tx > T + 1e-9) continue;
		// Round off the unit conversion's float noise (38.86 weeks − 30.43 weeks in days).
		const recency = Math.round((T - tx) * 1e6) / 1e6;
		out.frequency[i] = x + 1;
		out.recencyDays[i] = recency;
		out.tenureDays[i] = T;
		const mean = cols.meanRepeatSpend?.[i];
		const repeatMean = x > 0 && mean !== undefined && Number.isFinite(mean) ? mean : 0;
		if (out.repeatSpend) out.repeatSpend[i] = mean !== undefined && Number.isFinite(mean) ? x * mean : NaN;
		out.model.x[i] = x;
		// In weeks without a round trip through days, so a summary in weeks reaches the models exactly as given.
		out.model.tx[i] = cols.lastPurchaseAge[i] * (txDays / 7);
		out.model.T[i] = cols.customerAge[i] * (tDays / 7);
		out.model.monetary[i] = repeatMean;
	}
	return out;
}
