// Revenue concentration (Pareto / 80-20): cumulative revenue share against customer share, customers sorted by
// revenue descending. Negative net revenue counts as 0 here, so the curve rises monotonically to 1.

export interface ParetoCurve {
	customers: number;
	/** Total of the positive revenues. */
	totalRevenue: number;
	/** cumulative[k] = revenue share of the top k customers, k = 0..customers (length customers + 1). */
	cumulative: Float64Array;
	/** Downsampled (≤ maxPoints) curve for charting: customer share and revenue share, 0..1. */
	points: { customerShare: number; revenueShare: number }[];
	/** Share of revenue brought by the top 20% of customers. */
	top20RevenueShare: number;
	/** Smallest share of customers bringing 80% of revenue. */
	customerShareFor80: number;
}

export function paretoCurve(revenue: Float64Array, maxPoints = 200): ParetoCurve {
	const n = revenue.length;
	const sorted = revenue.map((v) => (v > 0 ? v : 0)).sort(); // ascending; read from the end
	const cumulative = new Float64Array(n + 1);
	let total = 0;
	for (let i = 0; i < n; i++) total += sorted[i];
	let run = 0;
	for (let k = 1; k <= n; k++) {
		run += sorted[n - k];
		cumulative[k] = total > 0 ? run / total : 0;
	}
	if (total > 0) cumulative[n] = 1; // exact end despite rounding
	const curve: ParetoCurve = {
		customers: n,
		totalRevenue: total,
		cumulative,
		points: downsample(cumulative, maxPoints),
		top20RevenueShare: NaN,
		customerShareFor80: NaN
	};
	curve.top20RevenueShare = shareOfRevenueFromTop(curve, 0.2);
	curve.customerShareFor80 = shareOfCustomersForRevenue(curve, 0.8);
	return curve;
}

/** Revenue share of the top fraction p of customers, interpolating linearly between whole customers. */
export function shareOfRevenueFromTop(curve: ParetoCurve, p: number): number {
	const n = curve.customers;
	if (n === 0 || curve.totalRevenue <= 0) return NaN;
	const k = Math.min(Math.max(p, 0), 1) * n;
	const lo = Math.floor(k);
	if (lo >= n) return 1;
	return curve.cumulative[lo] + (k - lo) * (curve.cumulative[lo + 1] - curve.cumulative[lo]);
}

/** Smallest customer share whose revenue share reaches s (inverse of the curve, linear between customers). */
export function shareOfCustomersForRevenue(curve: ParetoCurve, s: number): number {
	const n = curve.customers;
	if (n === 0 || curve.totalRevenue <= 0) return NaN;
	const c = curve.cumulative;
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (c[mid] < s) lo = mid + 1;
		else hi = mid;
	}
	if (lo === 0) return 0;
	const step = c[lo] - c[lo - 1];
	return (lo - 1 + (step > 0 ? (s - c[lo - 1]) / step : 1)) / n;
}

function downsample(cumulative: Float64Array, maxPoints: number) {
	const n = cumulative.length - 1;
	const count = Math.min(n + 1, Math.max(2, maxPoints));
	const points: ParetoCurve['points'] = [];
	for (let j = 0; j < count; j++) {
		const k = Math.round((j * n) / (count - 1));
		points.push({ customerShare: n ? k / n : 0, revenueShare: cumulative[k] });
	}
	return points;
}

/** One curve per tier (customers of tier k only); tier −1 customers are left out. */
export function paretoByTier(
	revenue: Float64Array,
	tier: Int32Array,
	tierCount: number,
	maxPoints = 200
): ParetoCurve[] {
	const counts = new Int32Array(tierCount);
	for (let i = 0; i < tier.length; i++) if (tier[i] >= 0 && tier[i] < tierCount) counts[tier[i]]++;
	const parts = Array.from(counts, (c) => new Float64Array(c));
	const fill = new Int32Array(tierCount);
	for (let i = 0; i < tier.length; i++) {
		const k = tier[i];
		if (k >= 0 && k < tierCount) parts[k][fill[k]++] = revenue[i];
	}
	return parts.map((p) => paretoCurve(p, maxPoints));
}
