// Runs the clustering jobs on the worker: the K scan and the final k-means at the chosen K, then profiles,
// a PCA sample, the cluster × tier table and CART rules; results go to the `results` table for an instant reopen.
import { currentBackend } from '$lib/ml/backend';
import { fnv1a, stableStringify } from '$lib/domain/tiering-record';
import type { MessageRef } from '$lib/domain/tiering-types';
import { silhouette } from '$lib/domain/cluster-quality';
import { profileClusters, type ProfileFeature } from '$lib/domain/cluster-profile';
import { kmeansPlain, type KMeansResult } from '$lib/domain/kmeans-plain';
import { seededRandom, shuffleInPlace } from '$lib/domain/split';
import { fitTree } from '$lib/domain/tree';
import { scanK } from '$lib/ml/cluster-scan';
import { kmeansTf } from '$lib/ml/kmeans';
import { pca2d } from '$lib/ml/pca';
import type { StrataDb } from '$lib/storage/db';
import { getResult, putResult } from '$lib/storage/results';
import { buildClusterMatrix, clusterFeatureOptions } from '$lib/jobs/cluster-features';
import type {
	ClusterFeatureSpec,
	ClusterOptionsInfo,
	ClusterResult,
	ScanResult
} from '$lib/domain/cluster-types';
import { loadCustomerBase, type CustomerBase } from '$lib/jobs/customer-base';

export const CLUSTER_KIND = 'clusters';
export const SCAN_KIND = 'clusterScan';
const SEED = 1;
type Progress = (
	phase: 'load' | 'features' | 'scan' | 'cluster' | 'explain' | 'store',
	fraction: number | null
) => void;
type Signal = { readonly aborted: boolean };

/** The plain typed-array k-means is used when TF.js runs on its slow pure-JS cpu backend. */
const usePlain = () => currentBackend() === 'cpu';

export function clusterHash(
	base: { dataset: { id: string; rowCount: number } },
	features: ClusterFeatureSpec[],
	k: number
): string {
	return fnv1a(stableStringify({ v: 1, id: base.dataset.id, rows: base.dataset.rowCount, features, k }));
}

export async function clusterOptions(
	db: StrataDb,
	datasetId: string
): Promise<ClusterOptionsInfo | { error: MessageRef }> {
	const base = await loadCustomerBase(db, datasetId);
	if ('error' in base) return base;
	const { options, defaults } = clusterFeatureOptions(base);
	const stored = await getResult(db, datasetId, CLUSTER_KIND);
	const scan = (await getResult(db, datasetId, SCAN_KIND))?.meta as ScanResult | undefined;
	let result: ClusterResult | undefined;
	if (
		stored?.meta &&
		stored.columns?.pcaPoints instanceof Float64Array &&
		stored.columns.pcaLabels instanceof Int32Array
	) {
		const meta = stored.meta as Omit<ClusterResult, 'pca'> & { explained: [number, number] };
		if (meta.hash === clusterHash(base, meta.features, meta.k))
			result = {
				...meta,
				pca: {
					points: Float32Array.from(stored.columns.pcaPoints),
					labels: stored.columns.pcaLabels,
					explained: meta.explained
				}
			};
	}
	return { customers: base.n, options, defaults, hasTiers: !!base.tier, scan, result };
}

export async function runScan(
	db: StrataDb,
	datasetId: string,
	features: ClusterFeatureSpec[],
	progress: Progress,
	signal: Signal
): Promise<ScanResult | { error: MessageRef }> {
	progress('load', null);
	const base = await loadCustomerBase(db, datasetId);
	if ('error' in base) return base;
	const m = buildClusterMatrix(base, features);
	if ('error' in m) return { error: { key: 'mlv.error.unknownFeature', params: { feature: m.key } } };
	const start = performance.now();
	progress('scan', 0);
	const scan = await scanK(m.x, m.n, m.d, {
		seed: SEED,
		engine: usePlain() ? 'plain' : 'tf',
		onProgress: (done, total) => progress('scan', done / total),
		signal
	});
	if ('error' in scan) return { error: { key: `ml.error.${scan.error}` } };
	const result: ScanResult = {
		features,
		ks: scan.entries.map((e) => e.k),
		inertias: scan.entries.map((e) => e.inertia),
		silhouettes: scan.entries.map((e) => e.silhouette),
		suggestion: scan.suggestion,
		fitRows: scan.rows ? scan.rows.length : m.n,
		ms: performance.now() - start,
		backend: currentBackend()
	};
	await putResult(db, {
		datasetId,
		kind: SCAN_KIND,
		inputHash: clusterHash(base, features, 0),
		columns: {},
		meta: result
	}).catch(() => {});
	return result;
}

function profileRole(key: string): ProfileFeature['role'] {
	if (key === 'monetary' || key === 'frequency' || key === 'recencyDays') return key;
	return key === 'tenureDays' ? 'tenure' : 'other';
}

function crossTab(labels: Int32Array, k: number, tier: Int32Array): number[][] {
	let tiers = 0;
	for (const t of tier) if (t + 1 > tiers) tiers = t + 1;
	const table = Array.from({ length: k }, () => new Array<number>(tiers + 1).fill(0));
	for (let i = 0; i < labels.length; i++) table[labels[i]][tier[i] >= 0 ? tier[i] : tiers]++;
	return table;
}

/** CART on a seeded sample of at most 20,000 customers: the rules read the same and stay fast. */
function explain(raw: Float64Array[], features: ClusterFeatureSpec[], labels: Int32Array, k: number) {
	const n = labels.length;
	const rows =
		n <= 20_000
			? null
			: shuffleInPlace(
					Int32Array.from({ length: n }, (_, i) => i),
					seededRandom(SEED)
				).slice(0, 20_000);
	const pick = (v: ArrayLike<number>) => (rows ? Float64Array.from(rows, (r) => v[r]) : v);
	const tree = fitTree(
		features.map((f, j) => ({ name: f.key, values: pick(raw[j]) })),
		pick(labels),
		k,
		{ maxDepth: 3, minSamplesLeaf: Math.max(5, Math.round((rows?.length ?? n) / 200)) }
	);
	return { rules: tree.rules, accuracy: tree.accuracy };
}

export async function runClusters(
	db: StrataDb,
	datasetId: string,
	features: ClusterFeatureSpec[],
	k: number,
	progress: Progress,
	signal: Signal
): Promise<ClusterResult | { error: MessageRef }> {
	progress('load', null);
	const base: CustomerBase | { error: MessageRef } = await loadCustomerBase(db, datasetId);
	if ('error' in base) return base;
	if (base.n <= k) return { error: { key: 'ml.error.tooFewRows' } };
	const m = buildClusterMatrix(base, features);
	if ('error' in m) return { error: { key: 'mlv.error.unknownFeature', params: { feature: m.key } } };
	const start = performance.now();
	progress('cluster', null);
	// k-means++ with restarts (the defaults of kmeans-plain: 3 on small data, 1 beyond 2M cells).
	let fit: KMeansResult;
	try {
		fit = usePlain()
			? kmeansPlain(m.x, m.n, m.d, { k, seed: SEED })
			: await kmeansTf(m.x, m.n, m.d, { k, seed: SEED, signal });
	} catch {
		return { error: { key: 'ml.error.cancelled' } };
	}
	if (signal.aborted) return { error: { key: 'ml.error.cancelled' } };
	progress('explain', 0.6);
	const sil = silhouette(m.x, m.n, m.d, fit.labels, k, { seed: SEED });
	const profileFeatures = features.map((f, j) => ({
		name: f.key,
		role: profileRole(f.key),
		values: m.raw[j]
	}));
	const profiles = profileClusters(fit.labels, k, profileFeatures, base.indicators.monetary);
	const overallMeans = m.raw.map((v) => v.reduce((s, x) => s + x, 0) / v.length);
	const pca = pca2d(m.x, m.n, m.d, { seed: SEED, plotRows: 3000 });
	const pcaLabels = Int32Array.from(pca.rows, (r) => fit.labels[r]);
	const { rules, accuracy } = explain(m.raw, features, fit.labels, k);
	const result: ClusterResult = {
		hash: clusterHash(base, features, k),
		features,
		k,
		customers: m.n,
		inertia: fit.inertia,
		silhouette: sil,
		profiles,
		overallMeans,
		pca: { points: pca.points, labels: pcaLabels, explained: pca.explained },
		crossTab: base.tier ? crossTab(fit.labels, k, base.tier) : undefined,
		rules,
		ruleAccuracy: accuracy,
		ms: performance.now() - start,
		backend: currentBackend(),
		computedAt: Date.now()
	};
	progress('store', 0.95);
	const { pca: p, ...meta } = result;
	await putResult(db, {
		datasetId,
		kind: CLUSTER_KIND,
		inputHash: result.hash,
		columns: { labels: fit.labels, pcaPoints: Float64Array.from(p.points), pcaLabels: p.labels },
		meta: { ...meta, explained: p.explained }
	}).catch(() => {});
	return result;
}
