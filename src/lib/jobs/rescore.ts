// Scores another dataset with a saved model: its features are built the way the model's label source built
// them (dataset columns by header, or order-line indicators as of the latest date) and encoded by the saved
// pipeline, so a column the model needs but the data lacks is reported by name. The scores are stored as the
// dataset's churn result.
import type { MessageRef } from '$lib/domain/tiering-types';
import type { RawColumn } from '$lib/domain/features';
import type { StrataDb } from '$lib/storage/db';
import { columnAsFeature, currentTimeFeatures } from '$lib/jobs/churn-data';
import { warningList } from '$lib/jobs/churn-run';
import type { RescoreResult } from '$lib/jobs/churn-types';
import { loadCustomerBase } from '$lib/jobs/customer-base';
import { loadModel } from '$lib/jobs/model-repo';
import { storeChurn } from '$lib/jobs/churn-store';
import { disposeNet } from '$lib/ml/binary-net';

export async function rescore(
	db: StrataDb,
	modelId: string,
	datasetId: string
): Promise<RescoreResult | { error: MessageRef }> {
	const loaded = await loadModel(db, modelId);
	if ('error' in loaded)
		return {
			error: { key: loaded.error === 'notFound' ? 'mlv.error.modelNotFound' : `ml.error.${loaded.error}` }
		};
	try {
		const base = await loadCustomerBase(db, datasetId);
		if ('error' in base) return base;
		let scoring: RawColumn[];
		let customers: Int32Array;
		if (loaded.label.kind === 'timeSplit') {
			const now = currentTimeFeatures(base);
			if ('error' in now) return now;
			scoring = now.scoring;
			customers = now.scoringCustomer;
		} else {
			scoring = [];
			for (const spec of base.dataset.columns) {
				const f = columnAsFeature(base, spec);
				if (!('reason' in f)) scoring.push(f);
			}
			customers = Int32Array.from({ length: base.n }, (_, i) => i);
		}
		const list = await warningList(base, loaded.model, loaded.explainer, scoring, customers);
		if ('error' in list) return list;
		const rescore = { modelName: loaded.record.name, datasetName: base.dataset.name };
		const threshold = loaded.record.metrics.threshold;
		// The re-score becomes the dataset's churn scores, banded at the threshold the model was saved with.
		await storeChurn(db, {
			datasetId,
			customerCount: base.n,
			customers,
			list,
			threshold: Number.isFinite(threshold) ? threshold : 0.5,
			trainedAt: Date.now(),
			modelKind: loaded.record.kind === 'mlp' ? 'mlp' : 'logistic',
			labelSource: loaded.label,
			modelId,
			modelName: loaded.record.name,
			rescore
		}).catch(() => {});
		return { ...rescore, list, warnings: [] };
	} finally {
		disposeNet(loaded.model.net);
		if (loaded.explainer && loaded.explainer.net !== loaded.model.net) disposeNet(loaded.explainer.net);
	}
}
