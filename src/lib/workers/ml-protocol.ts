// Every message between the page and the ML worker: the request map both sides share. Progress and epoch
// events stream while a job runs. Customer rows never cross: only typed-array columns and summaries.
import type { BackendChoice, BackendName } from '$lib/ml/backend';
import type { EpochLog } from '$lib/ml/binary-net';
import type {
	ClusterFeatureSpec,
	ClusterOptionsInfo,
	ClusterResult,
	ScanResult
} from '$lib/domain/cluster-types';
import type { ChurnResult, ChurnSetup, LabelChoice, RescoreResult } from '$lib/jobs/churn-types';
import type { StoredChurn } from '$lib/jobs/churn-store';
import type { Method } from './rpc';

/** What the page remembers per device (localStorage 'strata.tfBackend'). */
export interface StoredBackend {
	choice?: BackendChoice;
	/** The user's pick; absent = automatic (measured). */
	override?: BackendName;
}

/** The backend in use, for display: name and, for WASM, whether SIMD is on. */
export interface BackendInfo {
	name: BackendName;
	simd?: boolean;
	choice: BackendChoice;
	override?: BackendName;
}

export type MlPhase =
	'backend' | 'load' | 'features' | 'scan' | 'cluster' | 'explain' | 'train' | 'evaluate' | 'score' | 'store';

export type MlEvent =
	| { type: 'progress'; phase: MlPhase; fraction: number | null }
	| { type: 'epoch'; model: 'logistic' | 'mlp'; log: EpochLog; maxEpochs: number };

export interface TrainArgs {
	datasetId: string;
	label: LabelChoice;
	model: 'logistic' | 'mlp';
	seed: number;
	/** The page's threshold, to band the stored scores. */
	threshold: number;
}

export type MlApi = {
	init: Method<{ stored: StoredBackend }, BackendInfo>;
	clusterOptions: Method<{ datasetId: string }, ClusterOptionsInfo, MlEvent>;
	scan: Method<{ datasetId: string; features: ClusterFeatureSpec[] }, ScanResult, MlEvent>;
	cluster: Method<{ datasetId: string; features: ClusterFeatureSpec[]; k: number }, ClusterResult, MlEvent>;
	churnSetup: Method<{ datasetId: string }, { setup: ChurnSetup; stored?: StoredChurn }, MlEvent>;
	train: Method<TrainArgs, { result: ChurnResult; trainedAt: number }, MlEvent>;
	saveModel: Method<{ name: string; threshold: number }, { modelId: string }, MlEvent>;
	rescore: Method<{ modelId: string; datasetId: string }, RescoreResult, MlEvent>;
};

export type { KeyMessage } from './rpc';
