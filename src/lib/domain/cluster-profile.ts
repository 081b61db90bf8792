// What each cluster is like: size, revenue share, feature means against the overall mean, and a short
// descriptive name built from message keys (the UI renders them in the user's language).

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
		return { sums, mean, std: Math.sqrt(Math.max(0, ss / n - mean * mean)) };
	});
	return Array.from({ length: k }, (_, j) => {
		const means = stats.map((st) => st.sums[j] / size[j]);
		const zScores = stats.map((st, f) => (st.std > 0 ? (means[f] - st.mean) / st.std : 0));
		const ranked = features
			.map((f, i) => ({ f, z: zScores[i] }))
			.filter((e) => Math.abs(e.z) >= NAME_THRESHOLD)
			.sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
			.slice(0, MAX_PARTS);
		const nameParts = ranked.length ? ranked.map((e) => namePart(e.f, e.z)) : [{ key: 'cluster.average' }];
		return {
			cluster: j,
			size: size[j],
			share: size[j] / n,
			revenueShare: revenue ? rev[j] / revTotal : NaN,
			means,
			zScores,
			nameParts
		};
	});
}
