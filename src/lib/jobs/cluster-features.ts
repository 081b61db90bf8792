// The clustering feature matrix: chosen customer indicators (or numeric columns), log-scaled where asked,
// missing values imputed with the median, then standardized so no feature dominates by its units.
import type { ClusterFeatureOption, ClusterFeatureSpec } from '$lib/domain/cluster-types';
import type { CustomerBase } from '$lib/jobs/customer-base';

const LOG_DEFAULT = new Set([
	'recencyDays',
	'frequency',
	'monetary',
	'averageOrderValue',
	'tenureDays',
	'predictedClv',
	'historicalClv'
]);
const DEFAULT_KEYS = ['recencyDays', 'frequency', 'monetary'];

function presentShare(v: ArrayLike<number>): number {
	let c = 0;
	for (let i = 0; i < v.length; i++) if (Number.isFinite(v[i])) c++;
	return v.length ? c / v.length : 0;
}

function varies(v: ArrayLike<number>): boolean {
	let first = NaN;
	for (let i = 0; i < v.length; i++) {
		if (!Number.isFinite(v[i])) continue;
		if (Number.isNaN(first)) first = v[i];
		else if (v[i] !== first) return true;
	}
	return false;
}

/** Raw values of a feature by key: an indicator, or `col:<key>` for a numeric dataset column (customers shape). */
export function featureValues(base: CustomerBase, key: string): Float64Array | undefined {
	if (key.startsWith('col:')) {
		const v = base.cols[key.slice(4)];
		return v instanceof Float64Array && v.length === base.n ? v : undefined;
	}
	return base.indicators[key];
}

export function clusterFeatureOptions(base: CustomerBase): {
	options: ClusterFeatureOption[];
	defaults: ClusterFeatureSpec[];
} {
	const options: ClusterFeatureOption[] = [];
	for (const [key, v] of Object.entries(base.indicators)) {
		if (varies(v)) options.push({ key, logByDefault: LOG_DEFAULT.has(key), present: presentShare(v) });
	}
	if (base.dataset.shape === 'customers') {
		for (const c of base.dataset.columns) {
			if (c.role !== 'numeric' || c.type !== 'number') continue;
			const v = featureValues(base, `col:${c.key}`);
			if (v && varies(v))
				options.push({
					key: `col:${c.key}`,
					header: c.header,
					logByDefault: false,
					present: presentShare(v)
				});
		}
	}
	const defaults = DEFAULT_KEYS.filter((k) => options.some((o) => o.key === k)).map((key) => ({
		key,
		log: true
	}));
	if (defaults.length < 2)
		for (const o of options.slice(0, 3))
			if (!defaults.some((d) => d.key === o.key)) defaults.push({ key: o.key, log: o.logByDefault });
	return { options, defaults };
}

function median(values: number[]): number {
	if (!values.length) return 0;
	const s = values.sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface ClusterMatrix {
	/** Row-major, standardized, never NaN. */
	x: Float64Array;
	n: number;
	d: number;
	/** Each feature in its own units with missing values imputed (for profiles and rules). */
	raw: Float64Array[];
}

/** log1p of the non-negative part when `log`; NaN and ±Infinity become the feature's median. */
export function buildClusterMatrix(
	base: CustomerBase,
	features: ClusterFeatureSpec[]
): ClusterMatrix | { error: 'unknownFeature'; key: string } {
	const n = base.n;
	const d = features.length;
	const x = new Float64Array(n * d);
	const raw: Float64Array[] = [];
	for (let f = 0; f < d; f++) {
		const values = featureValues(base, features[f].key);
		if (!values) return { error: 'unknownFeature', key: features[f].key };
		const rawMedian = median(Array.from(values).filter(Number.isFinite));
		const r = Float64Array.from(values, (v) => (Number.isFinite(v) ? v : rawMedian));
		raw.push(r);
		const scaled = features[f].log ? r.map((v) => Math.log1p(Math.max(0, v))) : r;
		let mean = 0;
		for (const v of scaled) mean += v / n;
		let ss = 0;
		for (const v of scaled) ss += (v - mean) ** 2;
		const std = Math.sqrt(ss / n) || 1;
		for (let i = 0; i < n; i++) x[i * d + f] = (scaled[i] - mean) / std;
	}
	return { x, n, d, raw };
}
