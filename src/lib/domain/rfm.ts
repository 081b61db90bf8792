// RFM scoring and the two standard RFM segmentations: eleven named segments on an R × FM grid, and the Chinese
// eight-class scheme (R/F/M high or low against the mean). Results are codes; display names live in i18n.
import { lowerBound, sortedFinite } from './rank';

/** Segment ids, best first; the index is the stored code. */
export const RFM_SEGMENTS = [
	'champions',
	'loyal',
	'potentialLoyalist',
	'new',
	'promising',
	'needAttention',
	'aboutToSleep',
	'atRisk',
	'cantLose',
	'hibernating',
	'lost'
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** Eight-class ids (重要价值 … 一般挽留), in the order R/F/M high-low listed in the Chinese scheme. */
export const EIGHT_CLASSES = [
	'importantValue', // 重要价值客户 R高F高M高
	'importantDevelopment', // 重要发展客户 R高F低M高
	'importantRetention', // 重要保持客户 R低F高M高
	'importantWinBack', // 重要挽留客户 R低F低M高
	'generalValue', // 一般价值客户 R高F高M低
	'generalDevelopment', // 一般发展客户 R高F低M低
	'generalRetention', // 一般保持客户 R低F高M低
	'generalWinBack' // 一般挽留客户 R低F低M低
] as const;
export type EightClass = (typeof EIGHT_CLASSES)[number];

/**
 * Quintile scores 1–5 with honest ties. Rule ("ties go down"): a customer's score is
 * 1 + floor(5 · below / n), where `below` counts the finite values strictly worse than theirs and n counts the
 * finite values. A block of equal values therefore shares one score — the score of its worst position — so the
 * minimum (e.g. one purchase) always scores 1, and heavy ties leave the levels they cover empty instead of
 * inventing differences. With no ties and n divisible by 5 every score holds exactly n/5 customers. In SQL this
 * is `1 + floor(5 * (rank() over (order by v) - 1) / count(v) over ())` (recency: `order by days desc`).
 * `higherIsBetter = false` (recency) scores the negated values. Missing values (NaN) score 1: never bought means
 * least recent, least frequent.
 */
export function quintileScores(values: Float64Array, higherIsBetter = true): Uint8Array {
	const signed = higherIsBetter ? values : values.map((v) => -v);
	const sorted = sortedFinite(signed);
	const n = sorted.length;
	const out = new Uint8Array(values.length).fill(1);
	for (let i = 0; i < values.length; i++) {
		const v = signed[i];
		if (!Number.isFinite(v)) continue;
		out[i] = Math.min(5, 1 + Math.floor((5 * lowerBound(sorted, v)) / n));
	}
	return out;
}

/** Score levels (1–5) that hold at least one customer, ascending. Fewer than five means ties merged levels. */
export function scoreLevels(scores: Uint8Array): number[] {
	const seen = [false, false, false, false, false];
	for (let i = 0; i < scores.length; i++) seen[scores[i] - 1] = true;
	return [1, 2, 3, 4, 5].filter((l) => seen[l - 1]);
}

/**
 * R (rows, 5 = most recent) × FM (columns 1..5, FM = round-half-up of (F + M) / 2) grid. It is the widely used
 * eleven-segment RFM scheme (as popularised by Putler's RFM guide), whose overlapping score ranges we resolve
 * into a strict partition so every cell has exactly one segment.
 */
export const SEGMENT_GRID: readonly (readonly RfmSegment[])[] = [
	/* R1 */ ['lost', 'lost', 'atRisk', 'cantLose', 'cantLose'],
	/* R2 */ ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cantLose'],
	/* R3 */ ['promising', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
	/* R4 */ ['promising', 'potentialLoyalist', 'potentialLoyalist', 'loyal', 'champions'],
	/* R5 */ ['new', 'potentialLoyalist', 'potentialLoyalist', 'champions', 'champions']
];

/**
 * Segments whose name claims repeat purchases ("loyal", "champions": buy often; "can't lose": bought often).
 * One-time buyers score F = 1, and with F = 1 the FM column is at most 3, which the grid never maps to these
 * segments; tests pin this claim over every cell.
 */
export const REPEAT_BUYER_SEGMENTS: readonly RfmSegment[] = ['champions', 'loyal', 'cantLose'];

export function segmentOf(r: number, f: number, m: number): RfmSegment {
	const fm = Math.floor((f + m) / 2 + 0.5);
	return SEGMENT_GRID[r - 1][fm - 1];
}

export interface RfmResult {
	r: Uint8Array;
	f: Uint8Array;
	m: Uint8Array;
	/** Index into RFM_SEGMENTS. */
	segment: Uint8Array;
	/** Index into EIGHT_CLASSES. */
	eightClass: Uint8Array;
	/** Means the eight classes were split at (recency in days). */
	means: { recencyDays: number; frequency: number; monetary: number };
	/** Score levels in use per measure; fewer than five when ties or few distinct values merge levels. */
	levels: { r: number[]; f: number[]; m: number[] };
}

export function computeRfm(ind: {
	recencyDays: Float64Array;
	frequency: Float64Array;
	monetary: Float64Array;
}): RfmResult {
	const r = quintileScores(ind.recencyDays, false);
	// Frequency 0 means "never bought": it scores 1 without being ranked, so one purchase stays the minimum
	// ranked value and one-time buyers always get F = 1.
	const f = quintileScores(ind.frequency.map((v) => (v > 0 ? v : NaN)));
	const m = quintileScores(ind.monetary);
	const segment = new Uint8Array(r.length);
	for (let i = 0; i < r.length; i++) segment[i] = RFM_SEGMENTS.indexOf(segmentOf(r[i], f[i], m[i]));
	const eight = eightClasses(ind);
	return {
		r,
		f,
		m,
		segment,
		eightClass: eight.classes,
		means: eight.means,
		levels: { r: scoreLevels(r), f: scoreLevels(f), m: scoreLevels(m) }
	};
}

/**
 * Eight classes against the mean of each measure (over customers where it is known). "High" is strict:
 * R high ⇔ recency < mean recency (more recent than average); F high ⇔ frequency > mean; M high ⇔ monetary >
 * mean. A value equal to the mean, or missing, counts as low.
 */
export function eightClasses(ind: {
	recencyDays: Float64Array;
	frequency: Float64Array;
	monetary: Float64Array;
}) {
	const means = {
		recencyDays: meanOf(ind.recencyDays),
		frequency: meanOf(ind.frequency),
		monetary: meanOf(ind.monetary)
	};
	const classes = new Uint8Array(ind.recencyDays.length);
	for (let i = 0; i < classes.length; i++) {
		const rHigh = ind.recencyDays[i] < means.recencyDays;
		const fHigh = ind.frequency[i] > means.frequency;
		const mHigh = ind.monetary[i] > means.monetary;
		// Index layout: M low adds 4, R low adds 2, F low adds 1 — matching EIGHT_CLASSES' order.
		classes[i] = (mHigh ? 0 : 4) + (rHigh ? 0 : 2) + (fHigh ? 0 : 1);
	}
	return { classes, means };
}

function meanOf(v: Float64Array): number {
	let s = 0;
	let n = 0;
	for (let i = 0; i < v.length; i++)
		if (Number.isFinite(v[i])) {
			s += v[i];
			n++;
		}
	return n ? s / n : NaN;
}
