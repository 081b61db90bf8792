// One churn training job on the worker: build inputs for the chosen label source, train the logistic baseline
// (and the MLP when chosen) with epoch progress, evaluate on the held-out test split, permutation importance,
// and score every customer for the early-warning list. The trained models stay in memory until saved.
import { currentBackend } from '$lib/ml/backend';
import type { MessageRef } from '$lib/domain/tiering-types';
import { featureGroups, transform, type FeaturePipeline, type RawColumn } from '$lib/domain/features';
import { permutationImportance } from '$lib/domain/importance';
import type { EpochLog } from '$lib/ml/binary-net';
import { predictProba, type BinaryNet } from '$lib/ml/binary-net';
import { disposeChurnResult, trainChurnModel, type ChurnTrainResult } from '$lib/ml/churn-train';
import { contributions, logisticCoefficients, topRiskFactors } from '$lib/ml/logistic';
import type { StrataDb } from '$lib/storage/db';
import { buildChurnData, checkTrainable } from '$lib/jobs/churn-data';
import { explainChurn } from '$lib/domain/churn-rules';
import type { ChurnResult, LabelChoice, ModelRun, WarningList } from '$lib/jobs/churn-types';
import { loadCustomerBase, type CustomerBase } from '$lib/jobs/customer-base';
import { assembleList } from '$lib/jobs/churn-store';

type Signal = { readonly aborted: boolean };
export type ChurnProgress = (
	phase: 'load' | 'features' | 'train' | 'evaluate' | 'score',
	fraction: number | null
) => void;
export type EpochFn = (model: 'logistic' | 'mlp', log: EpochLog, maxEpochs: number) => void;

export const MAX_EPOCHS = 100;

export interface TrainedModels {
	datasetId: string;
	label: LabelChoice;
	seed: number;
	baseline: ChurnTrainResult;
	chosen: ChurnTrainResult;
	summary: ChurnResult;
	/** Customers in the dataset and the codes of the scored ones, in list order (for the stored scores). */
	customerCount: number;
	scored: Int32Array;
	trainedAt: number;
}

function run(kind: 'logistic' | 'mlp', r: ChurnTrainResult): ModelRun {
	return {
		kind,
		history: r.report.history,
		bestEpoch: r.report.bestEpoch,
		stoppedEarly: r.report.stoppedEarly,
		test: r.test
	};
}

/** Up to three features pushing each row's risk up, from the logistic model's contributions. */
export function riskFactors(
	net: BinaryNet,
	pipeline: FeaturePipeline,
	columns: RawColumn[]
): string[] | { error: 'missingColumn'; column: string } {
	const m = transform(pipeline, columns);
	if ('error' in m) return m;
	const coef = logisticCoefficients(net);
	return Array.from({ length: m.rows }, (_, i) =>
		topRiskFactors(contributions(coef, m.values, i, m.featureNames))
			.map((c) => c.feature)
			.join('|')
	);
}

/** Scores rows with a model and builds the warning list (customer codes say which customer each row is). */
export async function warningList(
	base: CustomerBase,
	model: { net: BinaryNet; pipeline: FeaturePipeline },
	explainer: { net: BinaryNet; pipeline: FeaturePipeline } | undefined,
	scoring: RawColumn[],
	customers: Int32Array
): Promise<WarningList | { error: MessageRef }> {
	const m = transform(model.pipeline, scoring);
	if ('error' in m) return { error: { key: 'ml.error.missingColumn', params: { column: m.column } } };
	const p = await predictProba(model.net, m.values, m.rows, m.cols);
	const factors = explainer
		? riskFactors(explainer.net, explainer.pipeline, scoring)
		: new Array<string>(m.rows).fill('');
	if ('error' in factors)
		return { error: { key: 'ml.error.missingColumn', params: { column: factors.column } } };
	return assembleList(base, customers, p, factors);
}

export async function trainChurn(
	db: StrataDb,
	datasetId: string,
	label: LabelChoice,
	model: 'logistic' | 'mlp',
	seed: number,
	progress: ChurnProgress,
	onEpoch: EpochFn,
	signal: Signal
): Promise<TrainedModels | { error: MessageRef }> {
	const start = performance.now();
	progress('load', null);
	const base = await loadCustomerBase(db, datasetId);
	if ('error' in base) return base;
	progress('features', null);
	const data = buildChurnData(base, label);
	if ('error' in data) return data;
	const refuse = checkTrainable(data.summary);
	if (refuse) return { error: refuse };
	const common = { seed, labelSource: data.labelSource, epochs: MAX_EPOCHS, signal, split: { seed } };
	progress('train', null);
	const baseline = await trainChurnModel(data.columns, data.label, {
		...common,
		model: 'logistic',
		onEpoch: (log) => onEpoch('logistic', log, MAX_EPOCHS)
	});
	if ('error' in baseline)
		return {
			error: {
				key: baseline.error === 'tooFewChurners' ? 'mlv.error.tooFewChurners' : `ml.error.${baseline.error}`
			}
		};
	let chosen = baseline;
	if (model === 'mlp') {
		const mlp = await trainChurnModel(data.columns, data.label, {
			...common,
			model: 'mlp',
			onEpoch: (log) => onEpoch('mlp', log, MAX_EPOCHS)
		});
		if ('error' in mlp) {
			disposeChurnResult(baseline);
			return { error: { key: `ml.error.${mlp.error === 'tooFewChurners' ? 'cancelled' : mlp.error}` } };
		}
		chosen = mlp;
	}
	progress('evaluate', null);
	const test = transform(chosen.pipeline, data.columns, chosen.split.test);
	if ('error' in test) throw new Error('test rows lost a column');
	const importance = await permutationImportance(
		test.values,
		test.rows,
		test.cols,
		chosen.testLabels,
		(x, rows, cols) => predictProba(chosen.net, x, rows, cols),
		{
			groups: featureGroups(chosen.pipeline),
			repeats: 3,
			seed
		}
	);
	const rules = explainChurn(chosen.pipeline, data.columns, data.label, chosen.split, seed);
	progress('score', null);
	const list = await warningList(base, chosen, baseline, data.scoring, data.scoringCustomer);
	if ('error' in list) return list;
	const summary: ChurnResult = {
		label,
		summary: data.summary,
		seed,
		split: {
			train: chosen.split.train.length,
			validation: chosen.split.validation.length,
			test: chosen.split.test.length
		},
		featureNames: chosen.pipeline.featureNames,
		excluded: chosen.pipeline.excluded,
		notFeatures: data.notFeatures,
		baseline: run('logistic', baseline),
		chosen: run(model, chosen),
		testScores: chosen.testScores,
		testLabels: chosen.testLabels,
		importance: importance.importances,
		rules,
		list,
		backend: currentBackend(),
		ms: performance.now() - start
	};
	return {
		datasetId,
		label,
		seed,
		baseline,
		chosen,
		summary,
		customerCount: base.n,
		scored: data.scoringCustomer,
		trainedAt: Date.now()
	};
}

export function disposeTrained(t: TrainedModels | undefined): void {
	if (!t) return;
	disposeChurnResult(t.baseline);
	if (t.chosen !== t.baseline) disposeChurnResult(t.chosen);
}
