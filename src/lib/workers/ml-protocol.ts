// Every message between the page and the ML worker. Requests carry an id that replies repeat; progress and
// epoch messages stream while a job runs. Customer rows never cross: only typed-array columns and summaries.
import type { BackendChoice, BackendName } from '$lib/ml/backend';
import type { EpochLog } from '$lib/ml/binary-net';
import type { MessageRef } from '$lib/domain/tiering-types';
import type {
	ClusterFeatureSpec,
	ClusterOptionsInfo,
	ClusterResult,
	ScanResult
} from '$lib/domain/cluster-types';
import type { ChurnResult, ChurnSetup, LabelChoice, RescoreResult } from '$lib/jobs/churn-types';
import type { StoredChurn } from '$lib/jobs/churn-store';

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

export type MlWorkerRequest =
	| { id: number; type: 'init'; stored: StoredBackend }
	| { id: number; type: 'clusterOptions'; datasetId: string }
	| { id: number; type: 'scan'; datasetId: string; features: ClusterFeatureSpec[] }
	| { id: number; type: 'cluster'; datasetId: string; features: ClusterFeatureSpec[]; k: number }
	| { id: number; type: 'churnSetup'; datasetId: string }
	| {
			id: number;
			type: 'train';
			datasetId: string;
			label: LabelChoice;
			model: 'logistic' | 'mlp';
			seed: number;
			/** The page's threshold, to band the stored scores. */
			threshold: number;
	  }
	| { id: number; type: 'saveModel'; name: string; threshold: number }
	| { id: number; type: 'rescore'; modelId: string; datasetId: string };

export type { KeyMessage } from './protocol';

export type MlPhase =
	'backend' | 'load' | 'features' | 'scan' | 'cluster' | 'explain' | 'train' | 'evaluate' | 'score' | 'store';

export type MlWorkerResponse =
	| { id: number; type: 'progress'; phase: MlPhase; fraction: number | null }
	| { id: number; type: 'epoch'; model: 'logistic' | 'mlp'; log: EpochLog; maxEpochs: number }
	| { id: number; type: 'backend'; info: BackendInfo }
	| { id: number; type: 'clusterOptions'; info: ClusterOptionsInfo }
	| { id: number; type: 'scan'; result: ScanResult }
	| { id: number; type: 'cluster'; result: ClusterResult }
	| { id: number; type: 'churnSetup'; setup: ChurnSetup; stored?: StoredChurn }
	| { id: number; type: 'trained'; result: ChurnResult; trainedAt: number }
	| { id: number; type: 'saved'; modelId: string }
	| { id: number; type: 'rescored'; result: RescoreResult }
	| { id: number; type: 'error'; error: MessageRef };
