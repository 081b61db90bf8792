// What each cluster is like: size, revenue share, feature means against the overall mean, and a short
// descriptive name built from message keys (the UI renders them in the user's language). Names must hold: a part
// needs both an unusual mean (|z| ≥ 0.5) and a median not on the other side of the overall median (so a cluster of
// customers who bought long ago is never "recent" just because a lapsed tail drags the mean up), and names are
// unique within a run (more parts, then a number, for clusters that would share one).

/** What a feature means, so its name part can say "frequent" rather than "high frequency". */
export type ProfileRole = 'monetary' | 'frequency' | 'recencyDays' | 'tenure' | 'other';

export interface ProfileFeature {
	name: string;
	role: ProfileRole;
	values: ArrayLike<number>;
}

export interface NamePart {
	key: string;
	params?: Record<string, string | number>;
}

export interface ClusterProfile {
	cluster: number;
	size: number;
	share: number;
	/** Share of total revenue (NaN when no revenue column was given). */
	revenueShare: number;
	means: number[];
	/** (cluster mean − overall mean) / overall std, per feature: how unusual the cluster is. */
	zScores: number[];
	nameParts: NamePart[];
}

// A cluster must sit at least half a standard deviation away from the average to be named for a feature.
const NAME_THRESHOLD = 0.5;
const MAX_PARTS = 3;

function namePart(f: ProfileFeature, z: number): NamePart {
	const high = z > 0;
	switch (f.role) {
		case 'monetary':
			return { key: high ? 'cluster.high.monetary' : 'cluster.low.monetary' };
		case 'frequency':
			return { key: high ? 'cluster.high.frequency' : 'cluster.low.frequency' };
		case 'recencyDays':
			// Many days since the last purchase means lapsed, few means recent.
			return { key: high ? 'cluster.lapsed' : 'cluster.recent' };
		case 'tenure':
			return { key: high ? 'cluster.high.tenure' : 'cluster.low.tenure' };
		default:
			return { key: high ? 'cluster.high.feature' : 'cluster.low.feature', params: { feature: f.name } };
	}
}

export function profileClusters(
	labels: ArrayLike<number>,
	k: number,
	features: ProfileFeature[],
	revenue?: ArrayLike<number>
): ClusterProfile[] {
	const n = labels.length;
	const size = new Float64Array(k);
	for (let i = 0; i < n; i++) size[labels[i]]++;
	const rev = new Float64Array(k);
	let revTotal = 0;
	if (revenue) {
		for (let i = 0; i < n; i++) {
			const v = Number.isFinite(revenue[i]) ? revenue[i] : 0;
			rev[labels[i]] += v;
			revTotal += v;
		}
	}
	const stats = features.map((f) => {
		const sums = new Float64Array(k);
		let s = 0;
		let ss = 0;
		for (let i = 0; i < n; i++) {
			sums[labels[i]] += f.values[i];
			s += f.values[i];
			ss += f.values[i] ** 2;
		}
		const mean = s / n;
		return {
			sums,
			mean,
			std: Math.sqrt(Math.max(0, ss / n - mean * mean)),
			median: median(Array.from(f.values)),
			clusterMedians: Array.from({ length: k }, (_, j) =>
				median(Array.from(f.values).filter((_, i) => labels[i] === j))
			)
		};
	});
	const candidates: NamePart[][] = [];
	const profiles = Array.from({ length: k }, (_, j) => {
		const means = stats.map((st) => st.sums[j] / size[j]);
		const zScores = stats.map((st, f) => (st.std > 0 ? (means[f] - st.mean) / st.std : 0));
		const ranked = features
			.map((f, i) => ({ f, z: zScores[i], side: Math.sign(stats[i].clusterMedians[j] - stats[i].median) }))
			.filter((e) => Math.abs(e.z) >= NAME_THRESHOLD && e.side !== -Math.sign(e.z))
			.sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
		candidates.push(ranked.map((e) => namePart(e.f, e.z)));
		return {
			cluster: j,
			size: size[j],
			share: size[j] / n,
			revenueShare: revenue ? rev[j] / revTotal : NaN,
			means,
			zScores,
			nameParts: [] as NamePart[]
		};
	});
	const names = uniqueNames(candidates);
	profiles.forEach((p, j) => (p.nameParts = names[j]));
	return profiles;
}

function median(v: number[]): number {
	const s = v.filter(Number.isFinite).sort((a, b) => a - b);
	if (!s.length) return NaN;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const partId = (p: NamePart) => `${p.key}|${JSON.stringify(p.params ?? {})}`;

/**
 * Up to MAX_PARTS parts per cluster ("average" when none); clusters that would share a name take further parts
 * of their own ranking, and any still alike are numbered ("… 2") in cluster order.
 */
export function uniqueNames(candidates: NamePart[][]): NamePart[][] {
	const names = candidates.map((c) => (c.length ? c.slice(0, MAX_PARTS) : [{ key: 'cluster.average' }]));
	const id = (parts: NamePart[]) => parts.map(partId).join('+');
	for (let extra = MAX_PARTS; extra < Math.max(MAX_PARTS, ...candidates.map((c) => c.length)); extra++) {
		const seen = new Map<string, number>();
		for (const n of names) seen.set(id(n), (seen.get(id(n)) ?? 0) + 1);
		names.forEach((n, j) => {
			if ((seen.get(id(n)) ?? 0) > 1 && candidates[j].length > n.length) n.push(candidates[j][n.length]);
		});
	}
	const count = new Map<string, number>();
	const total = new Map<string, number>();
	for (const n of names) total.set(id(n), (total.get(id(n)) ?? 0) + 1);
	return names.map((n) => {
		const key = id(n);
		if ((total.get(key) ?? 0) < 2) return n;
		const k = (count.get(key) ?? 0) + 1;
		count.set(key, k);
		return [...n, { key: 'cluster.variant', params: { n: k } }];
	});
}
