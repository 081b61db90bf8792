// What the report reads beyond the analysis and strategies state: the stored churn evaluation (for its verdict in
// the methods appendix), the stored clustering with its user names, and the import's data-quality counts.
// Read-only: the report never trains or recomputes; a page that has not been run simply leaves its part out.
import { churnVerdict, type ChurnVerdict } from '$lib/domain/churn-verdict';
import { gains } from '$lib/domain/metrics';
import type { ChurnStoredMeta } from '$lib/jobs/churn-store';
import type { ClusterResult } from '$lib/domain/cluster-types';
import { CHURN_KIND } from '$lib/storage/churn-scores';
import { readReport } from '$lib/storage/datasets';
import { getDefinition } from '$lib/storage/definitions';
import { openDb } from '$lib/storage/open-db';
import { getResult } from '$lib/storage/results';

export interface ChurnMethod {
	modelKind: 'logistic' | 'mlp';
	labelSource: ChurnStoredMeta['labelSource'];
	threshold: number;
	/** When the scores were computed (training or re-score), ms. */
	trainedAt?: number;
	/** Present for a training run. */
	testAuc?: number;
	topDecileLift?: number;
	baseRate?: number;
	verdict?: ChurnVerdict;
	rescore?: { modelName: string; datasetName: string };
}

export interface QualityCounts {
	rowsRead: number;
	rowsImported: number;
	rowsRejected: number;
	duplicateIds: number;
}

class ReportExtras {
	datasetId = $state<string | undefined>(undefined);
	churn = $state.raw<ChurnMethod | undefined>(undefined);
	clusters = $state.raw<ClusterResult | undefined>(undefined);
	clusterNames = $state.raw<string[]>([]);
	quality = $state.raw<QualityCounts | undefined>(undefined);

	async load(datasetId: string | undefined): Promise<void> {
		this.datasetId = datasetId;
		this.churn = this.clusters = this.quality = undefined;
		this.clusterNames = [];
		if (!datasetId) return;
		const { db } = await openDb();
		const [churn, clusters, names, report] = await Promise.all([
			getResult(db, datasetId, CHURN_KIND),
			getResult(db, datasetId, 'clusters'),
			getDefinition<{ hash: string; names: string[] }>(db, datasetId, 'clusterNames'),
			readReport(db, datasetId)
		]);
		if (datasetId !== this.datasetId) return;
		this.churn = churnMethod(churn?.meta as ChurnStoredMeta | undefined, churn?.columns);
		const c = clusters?.meta as ClusterResult | undefined;
		this.clusters = c && Array.isArray(c.profiles) && c.k > 0 ? c : undefined;
		this.clusterNames = c && names && names.hash === c.hash ? names.names : [];
		this.quality = report
			? {
					rowsRead: report.rowsRead,
					rowsImported: report.rowsImported,
					rowsRejected: report.rowsRejected,
					duplicateIds: report.duplicateIds
				}
			: undefined;
	}
}

function churnMethod(
	meta: ChurnStoredMeta | undefined,
	columns: Record<string, unknown> | undefined
): ChurnMethod | undefined {
	if (!meta || meta.version !== 1) return undefined;
	const out: ChurnMethod = {
		modelKind: meta.modelKind,
		labelSource: meta.labelSource,
		threshold: meta.threshold,
		trainedAt: meta.trainedAt,
		rescore: meta.rescore
	};
	const ev = meta.evaluation;
	const scores = columns?.testScores;
	const labels = columns?.testLabels;
	if (ev && scores instanceof Float64Array && labels instanceof Int8Array && scores.length) {
		out.testAuc = ev.chosen.test.rocAuc;
		out.baseRate = ev.summary.baseRate;
		out.topDecileLift = gains(scores, labels, [0.1])[0].lift;
		out.verdict = churnVerdict({
			rocAuc: out.testAuc,
			topDecileLift: out.topDecileLift,
			baseRate: out.baseRate
		});
	}
	return out;
}

export const reportExtras = new ReportExtras();
