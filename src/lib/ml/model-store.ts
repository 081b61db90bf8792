// Saving and loading churn models through a tf.io.IOHandler, storage-agnostic: the caller supplies save/load
// callbacks (IndexedDB via Dexie later). The fitted feature pipeline travels with the weights, so new data is
// always encoded exactly as the training data was.
import * as tf from '@tensorflow/tfjs';
import type { FeaturePipeline } from '$lib/domain/features';
import type { BinaryNet } from './binary-net';
import { createLogistic } from './logistic';
import { createMlp } from './mlp';

/** A saved network's artifacts and the handler that stores them, for storage code outside ml/. */
export type ModelArtifacts = tf.io.ModelArtifacts;
export type ModelIOHandler = tf.io.IOHandler;

export const MODEL_FORMAT = 'strata-churn-net';

/** Everything besides the weights that scoring needs, plain JSON. */
export interface ChurnModelMeta {
	kind: BinaryNet['kind'];
	inputs: number;
	hidden?: number;
	pipeline: FeaturePipeline;
	/** Free-form facts shown with the model: split seed, test AUC, chosen threshold, trained-at. */
	info?: Record<string, string | number | boolean>;
}

/** A tf.io.IOHandler over two callbacks: plug in any storage (IndexedDB, memory, a file download). */
export function callbackHandler(
	save: (artifacts: tf.io.ModelArtifacts) => Promise<void>,
	load: () => Promise<tf.io.ModelArtifacts>
): tf.io.IOHandler {
	return {
		save: async (artifacts) => {
			await save(artifacts);
			return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
		},
		load
	};
}

export async function saveChurnModel(
	net: BinaryNet,
	meta: ChurnModelMeta,
	handler: tf.io.IOHandler
): Promise<tf.io.SaveResult> {
	if (!handler.save) throw new Error('handler cannot save');
	const named = Object.entries(net.params).map(([name, tensor]) => ({ name, tensor }));
	const { data, specs } = await tf.io.encodeWeights(named);
	return handler.save({
		format: MODEL_FORMAT,
		generatedBy: `TensorFlow.js ${tf.version_core}`,
		modelTopology: { kind: meta.kind, inputs: meta.inputs, hidden: meta.hidden ?? null },
		weightSpecs: specs,
		weightData: data,
		userDefinedMetadata: { meta: meta as unknown as object }
	});
}

export type LoadResult =
	{ net: BinaryNet; meta: ChurnModelMeta } | { error: 'wrongFormat' | 'shapeMismatch' };

/** Rebuilds the network and copies the stored weights in; reports a stored model it cannot read. */
export async function loadChurnModel(handler: tf.io.IOHandler): Promise<LoadResult> {
	if (!handler.load) throw new Error('handler cannot load');
	const artifacts = await handler.load();
	const meta = (artifacts.userDefinedMetadata as { meta?: ChurnModelMeta } | undefined)?.meta;
	if (artifacts.format !== MODEL_FORMAT || !meta || !artifacts.weightData || !artifacts.weightSpecs) {
		return { error: 'wrongFormat' };
	}
	const net = meta.kind === 'mlp' ? createMlp(meta.inputs, meta.hidden ?? 32) : createLogistic(meta.inputs);
	const weights = tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs);
	try {
		for (const [name, v] of Object.entries(net.params)) {
			const w = weights[name];
			if (!w || w.shape.join() !== v.shape.join()) {
				for (const p of Object.values(net.params)) p.dispose();
				return { error: 'shapeMismatch' };
			}
			v.assign(w);
		}
	} finally {
		tf.dispose(Object.values(weights));
	}
	return { net, meta };
}
