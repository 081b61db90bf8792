// The per-customer summary the buy-till-you-die models read (Fader–Hardie / lifetimes conventions): purchases are
// counted per distinct UTC day, the first day is the acquisition, only later days are "repeat purchases".
import { groupDistinct, type GroupedDistinct } from '../group-distinct';
import {
	dayNumber,
	dayNumbers,
	includedLines,
	purchaseLines,
	type TransactionColumns
} from '../transactions';

export type ClvTimeUnit = 'days' | 'weeks';
export const UNIT_DAYS: Record<ClvTimeUnit, number> = { days: 1, weeks: 7 };

/**
 * One entry per customer; NaN in every column for customers with no counted purchase.
 * x: repeat purchase days; tx: time of the last purchase after the first (recency); T: time from the first
 * purchase to the analysis date (age); monetary: mean net amount per repeat purchase day (0 when x = 0).
 */
export interface ClvSummary {
	unit: ClvTimeUnit;
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
	monetary: Float64Array;
}

export interface ClvSummaryOptions {
	analysisDate: number;
	unit?: ClvTimeUnit;
	/** Distinct purchase days per customer, when the caller already has them. */
	days?: GroupedDistinct;
}

/**
 * Builds x, t_x, T and repeat-purchase monetary value; lines after the analysis date are left out. Purchase days
 * come from purchase lines (refund lines never make a purchase day); spend is net of refunds.
 */
export function clvSummaryFromTransactions(
	tx: TransactionColumns,
	customerCount: number,
	options: ClvSummaryOptions
): ClvSummary {
	const unit = options.unit ?? 'weeks';
	const unitDays = UNIT_DAYS[unit];
	const endDay = dayNumber(options.analysisDate);
	const include = includedLines(tx, customerCount, options.analysisDate);
	const days =
		options.days ??
		groupDistinct(
			tx.customer,
			dayNumbers(tx.date),
			purchaseLines(tx, customerCount, options.analysisDate),
			customerCount
		);
	const x = new Float64Array(customerCount).fill(NaN);
	const tX = new Float64Array(customerCount).fill(NaN);
	const T = new Float64Array(customerCount).fill(NaN);
	const monetary = new Float64Array(customerCount).fill(NaN);
	const firstDay = new Float64Array(customerCount).fill(NaN);
	for (let c = 0; c < customerCount; c++) {
		const s = days.start[c];
		const e = days.start[c + 1];
		if (e === s) continue;
		firstDay[c] = days.values[s];
		x[c] = e - s - 1;
		tX[c] = (days.values[e - 1] - days.values[s]) / unitDays;
		T[c] = (endDay - days.values[s]) / unitDays;
	}
	// Repeat spend = everything after the first purchase day; NaN amounts count as 0.
	const total = new Float64Array(customerCount);
	const first = new Float64Array(customerCount);
	for (let i = 0; i < include.length; i++) {
		if (include[i] !== 1) continue;
		const a = tx.amount[i];
		if (!Number.isFinite(a)) continue;
		const c = tx.customer[i];
		total[c] += a;
		if (dayNumber(tx.date[i]) === firstDay[c]) first[c] += a;
	}
	for (let c = 0; c < customerCount; c++) {
		if (Number.isNaN(x[c])) continue;
		monetary[c] = x[c] > 0 ? (total[c] - first[c]) / x[c] : 0;
	}
	return { unit, x, tx: tX, T, monetary };
}

export interface ClvWarning {
	key: 'tiering.clv.warning.fewBuyers' | 'tiering.clv.warning.shortHistory';
	params: Record<string, number>;
}

export const CLV_MIN_BUYERS = 500;
export const CLV_MIN_HISTORY_DAYS = 180;

/** Warns when the models have too little to learn from: < 500 buyers, or < 180 days from first purchase to the end. */
export function clvDataWarnings(summary: ClvSummary): ClvWarning[] {
	let buyers = 0;
	let maxT = 0;
	for (let c = 0; c < summary.T.length; c++) {
		const t = summary.T[c];
		if (Number.isNaN(t)) continue;
		buyers++;
		if (t > maxT) maxT = t;
	}
	const historyDays = maxT * UNIT_DAYS[summary.unit];
	const warnings: ClvWarning[] = [];
	if (buyers < CLV_MIN_BUYERS)
		warnings.push({ key: 'tiering.clv.warning.fewBuyers', params: { count: buyers, min: CLV_MIN_BUYERS } });
	if (historyDays < CLV_MIN_HISTORY_DAYS)
		warnings.push({
			key: 'tiering.clv.warning.shortHistory',
			params: { days: Math.round(historyDays), min: CLV_MIN_HISTORY_DAYS }
		});
	return warnings;
}
