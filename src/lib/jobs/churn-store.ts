// Keeps the churn page's last scoring per dataset (results kind 'churn') so a reopened page shows it without
// training, and rebuilds it: ids, names, tiers and values are read from the current customer base, not stored.
import { fnv1a, stableStringify } from '$lib/domain/tiering-record';
import type { StrataDb } from '$lib/storage/db';
import { CHURN_KIND, putChurnScores, type ChurnMetaBase } from '$lib/storage/churn-scores';
import { getResult, putResultRecord } from '$lib/storage/results';
import type { ChurnResult, LabelChoice, RescoreResult, WarningList } from '$lib/jobs/churn-types';
import { customerValue, type CustomerBase } from '$lib/jobs/customer-base';

/** The evaluation of a training run without its columns (test scores/labels and the list live in columns). */
export type StoredEvaluation = Omit<ChurnResult, 'list' | 'testScores' | 'testLabels'>;

export interface ChurnStoredMeta extends ChurnMetaBase {
	version: 1;
	/** Customers in the dataset when scored: a different count means the record does not fit. */
	customers: number;
	modelId?: string;
	modelName?: string;
	modelKind: 'logistic' | 'mlp';
	labelSource: LabelChoice;
	testAuc?: number;
	baseRate?: number;
	/** Present for a training run: what the page needs to redraw the evaluation and the loss history. */
	evaluation?: StoredEvaluation;
	/** Present for a re-score by a saved model. */
	rescore?: { modelName: string; datasetName: string };
}

/** What the page restores: a training run (result) or a saved model's re-score, with its threshold. */
export interface StoredChurn {
	trainedAt: number;
	threshold: number;
	modelId?: string;
	result?: ChurnResult;
	rescored?: RescoreResult;
}

export function churnInputHash(
	datasetId: string,
	customers: number,
	label: LabelChoice,
	model: string
): string {
	return fnv1a(stableStringify({ v: 1, datasetId, customers, label, model }));
}

/** The list's rows for scored customers (codes), from the base and the scores in customer order. */
export function assembleList(
	base: CustomerBase,
	customers: Int32Array,
	probability: ArrayLike<number>,
	factors: string[]
): WarningList {
	const value = customerValue(base);
	const tier = base.tier;
	return {
		ids: Array.from(customers, (c) => base.prepared.ids[c] ?? String(c)),
		names: base.prepared.names ? Array.from(customers, (c) => base.prepared.names?.[c] ?? '') : undefined,
		probability: Float64Array.from(probability),
		tier: tier ? Int32Array.from(customers, (c) => tier[c]) : undefined,
		value: Float64Array.from(customers, (c) => value[c]),
		factors
	};
}

/** Scores by customer code (NaN = not scored) from the list's row order. */
export function byCustomer(n: number, customers: Int32Array, probability: ArrayLike<number>): Float64Array {
	const out = new Float64Array(n).fill(NaN);
	for (let i = 0; i < customers.length; i++) out[customers[i]] = probability[i];
	return out;
}

export interface ScoringToStore {
	datasetId: string;
	customerCount: number;
	customers: Int32Array;
	list: WarningList;
	threshold: number;
	trainedAt: number;
	modelKind: 'logistic' | 'mlp';
	labelSource: LabelChoice;
	modelId?: string;
	modelName?: string;
	result?: ChurnResult;
	rescore?: { modelName: string; datasetName: string };
}

export async function storeChurn(db: StrataDb, s: ScoringToStore): Promise<void> {
	const meta: ChurnStoredMeta = {
		version: 1,
		threshold: s.threshold,
		trainedAt: s.trainedAt,
		customers: s.customerCount,
		modelId: s.modelId,
		modelName: s.modelName,
		modelKind: s.modelKind,
		labelSource: s.labelSource,
		testAuc: s.result?.chosen.test.rocAuc,
		baseRate: s.result?.summary.baseRate,
		rescore: s.rescore
	};
	const extra: Record<string, Float64Array | Int8Array | Int32Array | string[]> = {
		scored: s.customers,
		factors: s.list.factors
	};
	if (s.result) {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the list and test arrays go to columns
		const { list, testScores, testLabels, ...evaluation } = s.result;
		meta.evaluation = evaluation;
		extra.testScores = Float64Array.from(testScores);
		extra.testLabels = testLabels;
	}
	await putChurnScores(db, s.datasetId, {
		probability: byCustomer(s.customerCount, s.customers, s.list.probability),
		inputHash: churnInputHash(s.datasetId, s.customerCount, s.labelSource, s.modelId ?? s.modelKind),
		meta,
		extra
	});
}

/** Records which saved model the stored scoring came from, when it is still that training run's. */
export async function attachModel(
	db: StrataDb,
	datasetId: string,
	trainedAt: number,
	modelId: string,
	modelName: string
): Promise<void> {
	await db.transaction('rw', db.results, async () => {
		const found = await getResult(db, datasetId, CHURN_KIND);
		const meta = found?.meta as ChurnStoredMeta | undefined;
		if (!found || meta?.trainedAt !== trainedAt) return;
		await putResultRecord(db, { ...found, meta: { ...meta, modelId, modelName } });
	});
}

export async function restoreChurn(db: StrataDb, base: CustomerBase): Promise<StoredChurn | undefined> {
	const found = await getResult(db, base.dataset.id, CHURN_KIND);
	const meta = found?.meta as ChurnStoredMeta | undefined;
	const c = found?.columns;
	if (!meta || meta.version !== 1 || meta.customers !== base.n || !c) return undefined;
	const { probability, scored, factors } = c;
	if (!(probability instanceof Float64Array) || probability.length !== base.n) return undefined;
	if (!(scored instanceof Int32Array) || !Array.isArray(factors) || factors.length !== scored.length)
		return undefined;
	if (scored.some((code) => code < 0 || code >= base.n)) return undefined;
	const list = assembleList(
		base,
		scored,
		Float64Array.from(scored, (code) => probability[code]),
		factors
	);
	const out: StoredChurn = { trainedAt: meta.trainedAt, threshold: meta.threshold, modelId: meta.modelId };
	if (meta.evaluation && c.testScores instanceof Float64Array && c.testLabels instanceof Int8Array)
		out.result = {
			...meta.evaluation,
			testScores: Float32Array.from(c.testScores),
			testLabels: c.testLabels,
			list
		};
	else if (meta.rescore)
		out.rescored = {
			modelName: meta.rescore.modelName,
			datasetName: meta.rescore.datasetName,
			list,
			warnings: []
		};
	else return undefined;
	return out;
}
