// KPIs of each snapshot for trend lines: customers and revenue per tier, active and repeat rates, and the
// retention rate from one snapshot to the next (earlier active customers who bought again).
import { ACTIVE_WITHIN_DAYS } from '../analysis';
import { churnOutcome } from './outcomes';
import type { SnapshotTable } from './types';

export interface SnapshotKpis {
	analysisDate: number;
	customers: number;
	revenue: number;
	/** Per tier of the snapshot's own list, top first. */
	tierCustomers: number[];
	tierRevenue: number[];
	activeRate: number;
	repeatRate: number;
	/** Share of the previous snapshot's active customers who bought again by this one; NaN for the first. */
	retentionRate: number;
}

export function snapshotKpis(s: SnapshotTable): Omit<SnapshotKpis, 'retentionRate'> {
	const T = s.tierIds.length;
	const tierCustomers = new Array<number>(T).fill(0);
	const tierRevenue = new Array<number>(T).fill(0);
	let revenue = 0;
	let active = 0;
	let buyers = 0;
	let repeat = 0;
	for (let i = 0; i < s.ids.length; i++) {
		const m = Number.isFinite(s.monetary[i]) ? s.monetary[i] : 0;
		revenue += m;
		const k = s.tier[i];
		if (k >= 0 && k < T) {
			tierCustomers[k]++;
			tierRevenue[k] += m;
		}
		if (s.recencyDays[i] <= ACTIVE_WITHIN_DAYS) active++;
		if (s.frequency[i] >= 1) buyers++;
		if (s.frequency[i] >= 2) repeat++;
	}
	const n = s.ids.length;
	return {
		analysisDate: s.analysisDate,
		customers: n,
		revenue,
		tierCustomers,
		tierRevenue,
		activeRate: n ? active / n : NaN,
		repeatRate: buyers ? repeat / buyers : NaN
	};
}

/** Retention from `earlier` to `later`: of the customers active at the earlier date, the share who bought again. */
export function retentionRate(earlier: SnapshotTable, later: SnapshotTable): number {
	if (!(later.analysisDate > earlier.analysisDate)) return NaN;
	const churned = churnOutcome(earlier, later);
	let base = 0;
	let kept = 0;
	for (let i = 0; i < earlier.ids.length; i++) {
		if (!(earlier.recencyDays[i] <= ACTIVE_WITHIN_DAYS)) continue;
		base++;
		if (churned[i] === 0) kept++;
	}
	return base ? kept / base : NaN;
}

/** KPIs of snapshots in date order (sorted here), each with the retention since the one before. */
export function kpiTrend(snapshots: readonly SnapshotTable[]): SnapshotKpis[] {
	const sorted = [...snapshots].sort((a, b) => a.analysisDate - b.analysisDate);
	return sorted.map((s, k) => ({
		...snapshotKpis(s),
		retentionRate: k ? retentionRate(sorted[k - 1], s) : NaN
	}));
}
