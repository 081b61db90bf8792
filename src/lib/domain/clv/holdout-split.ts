// Calibration/holdout split of a transaction set, the way Fader & Hardie validate BG/NBD on CDNOW: the models are
// fitted on purchases up to the calibration end only, and what each customer then did in the holdout is the check.
// Purchases on the same day are merged (one purchase day), as the published CDNOW figures assume.
import { groupDistinct } from '../group-distinct';
import { DAY_MS, dayNumber, dayNumbers, purchaseLines, type TransactionColumns } from '../transactions';
import type { ClvSummary } from './summary';

export const WEEK_DAYS = 7;

export interface HoldoutSplit {
	/** Calibration summary in weeks; NaN for customers whose first purchase is after the calibration end. */
	calibration: ClvSummary;
	/** Repeat purchase days in the holdout per calibration customer (NaN for the others). */
	holdoutPurchases: Float64Array;
	/** Net amount spent in the holdout per calibration customer (refunds deducted; NaN for the others). */
	holdoutSpend: Float64Array;
	/** Holdout length in weeks (t* of the conditional expectation). */
	holdoutWeeks: number;
	/** Calibration end and holdout end as UTC day numbers (both days included in their period). */
	calibrationEndDay: number;
	holdoutEndDay: number;
	/** Week boundaries (exclusive day ends) of the tracking plot: week k covers days [bounds[k−1], bounds[k]). */
	weekEnds: Float64Array;
	/** Index of the last calibration week in weekEnds. */
	calibrationWeeks: number;
	/** Repeat purchase days of the calibration cohort per tracking week (actual, incremental). */
	weeklyRepeats: Float64Array;
	/** Number of calibration customers by first purchase day: the cohort the aggregate forecast sums over. */
	firstDays: Float64Array;
	firstDayCounts: Float64Array;
}

/** Default split: the last 25% of the time span (at most 39 weeks) is the holdout. Returns UTC ms. */
export function defaultCalibrationEnd(firstDate: number, lastDate: number): number {
	const first = dayNumber(firstDate);
	const last = dayNumber(lastDate);
	const holdoutDays = Math.min(Math.floor((last - first + 1) / 4), 39 * WEEK_DAYS);
	return (last - holdoutDays) * DAY_MS;
}

/** Splits at `calibrationEnd` (its day belongs to calibration); the holdout runs to `holdoutEnd` (included). */
export function splitCalibrationHoldout(
	tx: TransactionColumns,
	customerCount: number,
	calibrationEnd: number,
	holdoutEnd: number
): HoldoutSplit {
	const calEnd = dayNumber(calibrationEnd);
	const holdEnd = dayNumber(holdoutEnd);
	const txDays = dayNumbers(tx.date);
	const days = groupDistinct(
		tx.customer,
		txDays,
		purchaseLines(tx, customerCount, (holdEnd + 1) * DAY_MS - 1),
		customerCount
	);
	const n = customerCount;
	const x = new Float64Array(n).fill(NaN);
	const tX = new Float64Array(n).fill(NaN);
	const T = new Float64Array(n).fill(NaN);
	const monetary = new Float64Array(n).fill(NaN);
	const holdoutPurchases = new Float64Array(n).fill(NaN);
	const holdoutSpend = new Float64Array(n).fill(NaN);
	const firstDay = new Float64Array(n).fill(NaN);
	let start = Infinity;
	for (let c = 0; c < n; c++) {
		const s = days.start[c];
		const e = days.start[c + 1];
		if (e === s || days.values[s] > calEnd) continue;
		const f = days.values[s];
		firstDay[c] = f;
		if (f < start) start = f;
		let k = s + 1;
		let last = f;
		while (k < e && days.values[k] <= calEnd) last = days.values[k++];
		x[c] = k - s - 1;
		tX[c] = (last - f) / WEEK_DAYS;
		T[c] = (calEnd - f) / WEEK_DAYS;
		holdoutPurchases[c] = e - k;
		holdoutSpend[c] = 0;
	}
	// Spend: calibration repeat spend (after the first day) per repeat day, and net holdout spend.
	const repeatSpend = new Float64Array(n);
	for (let i = 0; i < tx.customer.length; i++) {
		const c = tx.customer[i];
		const a = tx.amount[i];
		const d = txDays[i];
		if (!(c >= 0 && c < n) || Number.isNaN(firstDay[c]) || !Number.isFinite(a) || !(d <= holdEnd)) continue;
		if (d > calEnd) holdoutSpend[c] += a;
		else if (d > firstDay[c]) repeatSpend[c] += a;
	}
	for (let c = 0; c < n; c++) {
		if (Number.isNaN(x[c])) continue;
		monetary[c] = x[c] > 0 ? repeatSpend[c] / x[c] : 0;
	}
	const tracking = weeklyTracking(days, firstDay, start, calEnd, holdEnd);
	const firstCounts = new Map<number, number>();
	for (const f of firstDay) if (!Number.isNaN(f)) firstCounts.set(f, (firstCounts.get(f) ?? 0) + 1);
	const sortedFirst = [...firstCounts.keys()].sort((a, b) => a - b);
	return {
		calibration: { unit: 'weeks', x, tx: tX, T, monetary },
		holdoutPurchases,
		holdoutSpend,
		holdoutWeeks: Math.max(0, holdEnd - calEnd) / WEEK_DAYS,
		calibrationEndDay: calEnd,
		holdoutEndDay: holdEnd,
		...tracking,
		firstDays: Float64Array.from(sortedFirst),
		firstDayCounts: Float64Array.from(sortedFirst, (f) => firstCounts.get(f) ?? 0)
	};
}

/**
 * Weeks are counted back and forward from the calibration end, so one boundary falls exactly on it; the first and
 * last weeks may be partial. Counts repeat purchase days (not the first day) of calibration customers.
 */
function weeklyTracking(
	days: { start: Int32Array; values: Float64Array },
	firstDay: Float64Array,
	start: number,
	calEnd: number,
	holdEnd: number
) {
	if (!Number.isFinite(start))
		return { weekEnds: new Float64Array(0), calibrationWeeks: 0, weeklyRepeats: new Float64Array(0) };
	const calWeeks = Math.ceil((calEnd - start + 1) / WEEK_DAYS);
	const holdWeeks = Math.ceil(Math.max(0, holdEnd - calEnd) / WEEK_DAYS);
	const weekEnds = new Float64Array(calWeeks + holdWeeks);
	for (let k = 0; k < weekEnds.length; k++)
		weekEnds[k] = Math.min(calEnd + 1 + (k + 1 - calWeeks) * WEEK_DAYS, holdEnd + 1);
	const origin = calEnd + 1 - calWeeks * WEEK_DAYS;
	const weeklyRepeats = new Float64Array(weekEnds.length);
	for (let c = 0; c < firstDay.length; c++) {
		if (Number.isNaN(firstDay[c])) continue;
		for (let k = days.start[c] + 1; k < days.start[c + 1]; k++) {
			const w = Math.floor((days.values[k] - origin) / WEEK_DAYS);
			if (w >= 0 && w < weeklyRepeats.length) weeklyRepeats[w]++;
		}
	}
	return { weekEnds, calibrationWeeks: calWeeks, weeklyRepeats };
}
