// The churn page's data as it crosses from the worker: label sources, a finished training run (test scores for
// the live threshold views, importance, the early-warning list) and a re-score of another dataset.
import type { EpochLog } from '$lib/ml/binary-net';
import type { FeatureImportance } from '$lib/domain/importance';
import type { Exclusion } from '$lib/domain/features';
import type { LabelSummary } from '$lib/domain/churn-label';
import type { MessageRef } from '$lib/domain/tiering-types';
import type { ChurnRules } from '$lib/domain/churn-rules';

export type LabelChoice = { kind: 'column' } | { kind: 'timeSplit'; cutoff: number; horizonDays: number };

/** Columns that never become model inputs, by role, before the pipeline's own exclusions. */
export interface NotAFeature {
	column: string;
	reason: 'identifier' | 'text' | 'label';
}

export interface ChurnSetup {
	customers: number;
	shape: 'transactions' | 'customers';
	/** The mapped churn column, with its label summary and the cells that were not yes/no. */
	column?: { header: string; summary: LabelSummary; unexpected: { value: string; count: number }[] };
	/** Time split on order lines: data range and the latest cutoff leaving a full window of 90 days. */
	timeSplit?: { firstDate: number; lastDate: number; defaultCutoff: number };
	/** Average CLV from the tiering result, the default value of a saved customer. */
	averageClv?: number;
	hasTiers: boolean;
}

/** One customer of the early-warning list, columnar. */
export interface WarningList {
	ids: string[];
	names?: string[];
	probability: Float64Array;
	/** Value tier (0 = top, −1 = none) when the tiering result exists. */
	tier?: Int32Array;
	/** Customer value used to order within a tier (CLV or spend). */
	value: Float64Array;
	/** Up to three features pushing risk up (logistic contributions), '|' separated. */
	factors: string[];
}

export interface ModelRun {
	kind: 'logistic' | 'mlp';
	history: EpochLog[];
	bestEpoch: number;
	stoppedEarly: boolean;
	test: { rocAuc: number; averagePrecision: number; brier: number };
}

export interface ChurnResult {
	label: LabelChoice;
	summary: LabelSummary;
	seed: number;
	split: { train: number; validation: number; test: number };
	featureNames: string[];
	excluded: Exclusion[];
	notFeatures: NotAFeature[];
	baseline: ModelRun;
	chosen: ModelRun;
	/** Test-split scores of the chosen model and their labels: the page recomputes threshold views from them. */
	testScores: Float32Array;
	testLabels: Int8Array;
	importance: FeatureImportance[];
	/** If-then rules of a shallow tree explaining churn (absent in results stored before the rules existed). */
	rules?: ChurnRules;
	list: WarningList;
	backend: string;
	ms: number;
}

export interface RescoreResult {
	modelName: string;
	datasetName: string;
	list: WarningList;
	warnings: MessageRef[];
}
