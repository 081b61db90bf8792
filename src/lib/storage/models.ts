// The models repository: saved churn models (weights as TF.js artifacts, the fitted feature pipeline, test
// metrics, date and dataset). Dexie only — the tf.io handler over it lives in ml-session/model-repo.ts so the
// page can list and delete models without loading TF.js.
import type { ModelRecord, StrataDb } from './db';

export type ModelSummary = Omit<ModelRecord, 'artifacts'>;

export async function putModel(db: StrataDb, record: ModelRecord): Promise<void> {
	await db.models.put(record);
}

export async function getModel(db: StrataDb, id: string): Promise<ModelRecord | undefined> {
	return db.models.get(id);
}

/** Every saved model without its weights, newest first. */
export async function listModels(db: StrataDb): Promise<ModelSummary[]> {
	const all = await db.models.orderBy('createdAt').reverse().toArray();
	return all.map(({ artifacts: _artifacts, ...summary }) => {
		void _artifacts;
		return summary;
	});
}

export async function deleteModel(db: StrataDb, id: string): Promise<void> {
	await db.models.delete(id);
}
