// Saving and loading churn models in the `models` table through tf.io handlers (model-store's callbackHandler):
// one record holds the chosen model and, for an MLP, the logistic baseline that explains each customer's risk.
import type { ModelArtifacts, ModelIOHandler } from '$lib/ml/model-store';
import type { FeaturePipeline } from '$lib/domain/features';
import type { BinaryNet } from '$lib/ml/binary-net';
import { callbackHandler, loadChurnModel, saveChurnModel, type ChurnModelMeta } from '$lib/ml/model-store';
import type { ModelRecord, StrataDb } from '$lib/storage/db';
import { getModel, putModel } from '$lib/storage/models';
import type { LabelChoice } from '$lib/jobs/churn-types';

type Slot = 'model' | 'explainer';

export interface StoredArtifacts {
	model?: ModelArtifacts;
	explainer?: ModelArtifacts;
	label: LabelChoice;
}

/** A tf.io handler that reads and writes one slot of a model record. */
export function modelHandler(db: StrataDb, id: string, slot: Slot): ModelIOHandler {
	return callbackHandler(
		async (artifacts) => {
			const record = await getModel(db, id);
			if (!record) throw new Error(`no model record ${id}`);
			await putModel(db, {
				...record,
				artifacts: { ...(record.artifacts as StoredArtifacts), [slot]: artifacts }
			});
		},
		async () => {
			const stored = (await getModel(db, id))?.artifacts as StoredArtifacts | undefined;
			const artifacts = stored?.[slot];
			if (!artifacts) throw new Error(`model ${id} has no ${slot}`);
			return artifacts;
		}
	);
}

export interface SaveModelInput {
	id: string;
	datasetId: string;
	name: string;
	label: LabelChoice;
	metrics: Record<string, number>;
	model: { net: BinaryNet; pipeline: FeaturePipeline; hidden?: number };
	explainer?: { net: BinaryNet; pipeline: FeaturePipeline };
	createdAt?: number;
}

function meta(net: BinaryNet, pipeline: FeaturePipeline, hidden?: number): ChurnModelMeta {
	return {
		kind: net.kind,
		inputs: pipeline.featureNames.length,
		hidden: net.kind === 'mlp' ? (hidden ?? 32) : undefined,
		pipeline
	};
}

export async function saveModel(db: StrataDb, input: SaveModelInput): Promise<void> {
	const record: ModelRecord = {
		id: input.id,
		datasetId: input.datasetId,
		createdAt: input.createdAt ?? Date.now(),
		kind: input.model.net.kind,
		name: input.name,
		metrics: input.metrics,
		pipeline: input.model.pipeline,
		artifacts: { label: input.label } satisfies StoredArtifacts
	};
	await putModel(db, record);
	await saveChurnModel(
		input.model.net,
		meta(input.model.net, input.model.pipeline, input.model.hidden),
		modelHandler(db, input.id, 'model')
	);
	if (input.explainer)
		await saveChurnModel(
			input.explainer.net,
			meta(input.explainer.net, input.explainer.pipeline),
			modelHandler(db, input.id, 'explainer')
		);
}

export interface LoadedModel {
	record: ModelRecord;
	label: LabelChoice;
	model: { net: BinaryNet; pipeline: FeaturePipeline };
	explainer?: { net: BinaryNet; pipeline: FeaturePipeline };
}

export async function loadModel(
	db: StrataDb,
	id: string
): Promise<LoadedModel | { error: 'notFound' | 'wrongFormat' | 'shapeMismatch' }> {
	const record = await getModel(db, id);
	const stored = record?.artifacts as StoredArtifacts | undefined;
	if (!record || !stored?.model) return { error: 'notFound' };
	const model = await loadChurnModel(modelHandler(db, id, 'model'));
	if ('error' in model) return model;
	let explainer: LoadedModel['explainer'];
	if (stored.explainer) {
		const e = await loadChurnModel(modelHandler(db, id, 'explainer'));
		if (!('error' in e)) explainer = { net: e.net, pipeline: e.meta.pipeline };
	} else if (model.net.kind === 'logistic') explainer = { net: model.net, pipeline: model.meta.pipeline };
	return { record, label: stored.label, model: { net: model.net, pipeline: model.meta.pipeline }, explainer };
}
