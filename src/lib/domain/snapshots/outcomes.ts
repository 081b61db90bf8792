// What happened after a snapshot: who bought again by the later snapshot (= did not churn), and how well the
// earlier churn predictions ranked and were calibrated against that (realised AUC, reliability table).
import { calibration, rocAuc, type CalibrationBin } from '../metrics';
import { DAY_MS, type SnapshotTable } from './types';

/**
 * 1 = churned: no purchase after the earlier analysis date by the later one. A customer missing from the later
 * snapshot counts as churned; the last purchase date is the later analysis date minus its recency.
 */
export function churnOutcome(earlier: SnapshotTable, later: SnapshotTable): Int8Array {
	const laterIndex = new Map<string, number>();
	later.ids.forEach((id, j) => laterIndex.set(id, j));
	const out = new Int8Array(earlier.ids.length);
	for (let i = 0; i < earlier.ids.length; i++) {
		const j = laterIndex.get(earlier.ids[i]);
		if (j === undefined) {
			out[i] = 1;
			continue;
		}
		const r = later.recencyDays[j];
		const lastPurchase = later.analysisDate - r * DAY_MS;
		out[i] = Number.isFinite(r) && lastPurchase > earlier.analysisDate ? 0 : 1;
	}
	return out;
}

export type RealisedCheck =
	| { customers: number; churned: number; auc: number; calibration: CalibrationBin[] }
	| { error: 'noPredictions' | 'oneClass' | 'notLater' };

/** Checks the earlier snapshot's churn probabilities against what happened (customers with a score only). */
export function realisedChurnCheck(earlier: SnapshotTable, later: SnapshotTable, bins = 10): RealisedCheck {
	if (!earlier.churn) return { error: 'noPredictions' };
	if (!(later.analysisDate > earlier.analysisDate)) return { error: 'notLater' };
	const outcome = churnOutcome(earlier, later);
	const scores: number[] = [];
	const labels: number[] = [];
	for (let i = 0; i < outcome.length; i++) {
		if (!Number.isFinite(earlier.churn[i])) continue;
		scores.push(earlier.churn[i]);
		labels.push(outcome[i]);
	}
	const churned = labels.reduce((s, v) => s + v, 0);
	if (!scores.length || churned === 0 || churned === scores.length) return { error: 'oneClass' };
	return {
		customers: scores.length,
		churned,
		auc: rocAuc(scores, labels),
		calibration: calibration(scores, labels, bins)
	};
}
