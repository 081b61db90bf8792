// The clustering page's data as it crosses from the worker: feature choices, the K scan, and a finished run
// (profiles, PCA sample, cluster × tier table, explaining rules). Plain data, structured-clone friendly.
import type { KSuggestion } from '$lib/domain/cluster-quality';
import type { ClusterProfile } from '$lib/domain/cluster-profile';
import type { Rule } from '$lib/domain/tree';

/** A feature the user can cluster on: a customer indicator or a numeric column of the dataset. */
export interface ClusterFeatureOption {
	key: string;
	/** Column header for dataset columns; indicators are named by the page from their key. */
	header?: string;
	/** Skewed, non-negative amounts default to log scale. */
	logByDefault: boolean;
	/** Share of customers with a value (the rest are imputed with the median). */
	present: number;
}

export interface ClusterFeatureSpec {
	key: string;
	log: boolean;
}

export interface ClusterOptionsInfo {
	customers: number;
	options: ClusterFeatureOption[];
	defaults: ClusterFeatureSpec[];
	hasTiers: boolean;
	scan?: ScanResult;
	result?: ClusterResult;
}

export interface ScanResult {
	features: ClusterFeatureSpec[];
	ks: number[];
	inertias: number[];
	silhouettes: number[];
	suggestion: KSuggestion;
	/** Rows the scan was fitted on (a seeded sample on large data). */
	fitRows: number;
	ms: number;
	backend: string;
}

export interface ClusterResult {
	hash: string;
	features: ClusterFeatureSpec[];
	k: number;
	customers: number;
	inertia: number;
	silhouette: number;
	profiles: ClusterProfile[];
	/** Overall mean per feature in the data's units (for "mean vs overall"). */
	overallMeans: number[];
	/** Sampled PCA points (x, y interleaved) and their cluster. */
	pca: { points: Float32Array; labels: Int32Array; explained: [number, number] };
	/** crossTab[cluster][tier] customer counts; the last column counts customers without a tier. */
	crossTab?: number[][];
	rules: Rule[];
	ruleAccuracy: number;
	ms: number;
	backend: string;
	computedAt: number;
}
