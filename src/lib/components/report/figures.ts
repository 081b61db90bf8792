// The report's figures in one list: id, title, a one-line reading from the numbers, and the data the deck draws as
// a native chart (bar, line, doughnut). Figures without deck data (heatmaps, matrices, the Sankey) go to the deck as
// images. The report and the deck both read this list, so their titles and numbers cannot drift apart.
import type { CustomerTable, TieringView } from '$lib/domain/tiering-types';
import { fmtInt, fmtMoney, fmtNum, fmtPct, fmtThreshold, tierName } from '$lib/components/charts/format';
import { clvByTier } from '$lib/domain/clv/tier-clv';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import type { TierRisk } from '$lib/domain/report/churn-by-tier';
import { EIGHT_CLASSES, RFM_SEGMENTS } from '$lib/domain/rfm';
import type { FlowKind } from '$lib/domain/snapshots/sankey';
import type { ClusterResult } from '$lib/domain/cluster-types';
import { t } from '$lib/i18n/i18n.svelte';

export type DeckChart =
	| {
			type: 'bar';
			labels: string[];
			series: { name: string; values: number[] }[];
			/** Values are shares 0..1, shown as percentages. */
			percent?: boolean;
			horizontal?: boolean;
	  }
	| { type: 'line'; labels: string[]; series: { name: string; values: number[] }[]; percent?: boolean }
	| { type: 'doughnut'; name: string; labels: string[]; values: number[] };

export type FigureId =
	'tiers' | 'pareto' | 'segments' | 'rf' | 'matrix' | 'clv' | 'migration' | 'churn' | 'clusters';

export interface FigureSpec {
	id: FigureId;
	title: string;
	reading: string;
	/** Amounts on this figure are money (the currency line is shown). */
	money: boolean;
	deck?: DeckChart;
}

export interface FigureInputs {
	view: TieringView;
	table: CustomerTable;
	/** Tier per customer after manual overrides. */
	tier: ArrayLike<number>;
	migration?: { totals: Record<FlowKind, number> };
	churn?: { byTier: TierRisk[]; threshold: number; topTiers: number };
	clusters?: { result: ClusterResult; names: string[] };
}

const argmax = (values: number[]) => values.reduce((best, v, i) => (v > values[best] ? i : best), 0);

export function segmentRows(view: TieringView): { name: string; count: number }[] {
	return (view.definitions.scheme ?? 'rfmSegments') === 'rfmSegments'
		? RFM_SEGMENTS.map((id, i) => ({ name: t(`tiering.segment.${id}`), count: view.segments[i] }))
		: EIGHT_CLASSES.map((id, i) => ({ name: t(`tiering.eightClass.${id}`), count: view.eightClasses[i] }));
}

/** Pareto points at every 5% of customers, for a readable native line chart. */
export function paretoSteps(points: { customerShare: number; revenueShare: number }[]): number[] {
	return Array.from({ length: 21 }, (_, s) => {
		const x = s / 20;
		let best = points[0];
		for (const p of points) if (Math.abs(p.customerShare - x) < Math.abs(best.customerShare - x)) best = p;
		return best ? best.revenueShare : NaN;
	});
}

export function reportFigures(f: FigureInputs): FigureSpec[] {
	const { view, table } = f;
	const tiers = view.tiers.map((_, k) => tierName(view.tiering, k));
	const out: FigureSpec[] = [];
	const top = view.tiers[0];
	out.push({
		id: 'tiers',
		title: t('views.pyramid.title'),
		reading: top
			? t('report.read.tiers', {
					tier: tiers[0],
					customerShare: fmtPct(top.customerShare),
					revenueShare: fmtPct(top.revenueShare)
				})
			: '',
		money: false,
		deck: {
			type: 'bar',
			labels: tiers,
			series: [
				{ name: t('views.col.customerShare'), values: view.tiers.map((s) => s.customerShare) },
				{ name: t('views.col.revenueShare'), values: view.tiers.map((s) => s.revenueShare) }
			],
			percent: true
		}
	});
	out.push({
		id: 'pareto',
		title: t('views.pareto.title'),
		reading: t('report.read.pareto', { top20: fmtPct(view.pareto.top20RevenueShare) }),
		money: false,
		deck: {
			type: 'line',
			labels: Array.from({ length: 21 }, (_, s) => fmtPct(s / 20, 0)),
			series: [{ name: t('views.col.revenueShare'), values: paretoSteps(view.pareto.points) }],
			percent: true
		}
	});
	const seg = segmentRows(view);
	const segTotal = seg.reduce((s, r) => s + r.count, 0);
	const bigSeg = seg[argmax(seg.map((r) => r.count))];
	out.push({
		id: 'segments',
		title: t('views.segments.title'),
		reading: bigSeg
			? t('report.read.segments', {
					segment: bigSeg.name,
					count: fmtInt(bigSeg.count),
					share: fmtPct(segTotal ? bigSeg.count / segTotal : NaN)
				})
			: '',
		money: false,
		deck: {
			type: 'bar',
			horizontal: true,
			labels: seg.map((r) => r.name),
			series: [{ name: t('views.col.customers'), values: seg.map((r) => r.count) }]
		}
	});
	let rf = { r: 5, f: 1, count: -1 };
	view.rfGrid.forEach((row, r) =>
		row.forEach((cell, c) => {
			if (cell.count > rf.count) rf = { r: r + 1, f: c + 1, count: cell.count };
		})
	);
	out.push({
		id: 'rf',
		title: t('views.rf.title'),
		reading: t('report.read.rf', { r: rf.r, f: rf.f, count: fmtInt(rf.count) }),
		money: true
	});
	let cell = { k: 0, s: 0, count: -1 };
	view.tierLifecycle.slice(0, view.tiers.length).forEach((row, k) =>
		row.forEach((count, s) => {
			if (count > cell.count) cell = { k, s, count };
		})
	);
	out.push({
		id: 'matrix',
		title: t('views.matrix.title'),
		reading: t('report.read.matrix', {
			tier: tiers[cell.k] ?? '',
			stage: t(`tiering.stage.${LIFECYCLE_STAGES[cell.s]}`),
			count: fmtInt(cell.count)
		}),
		money: false
	});
	const clv = clvByTier(f.tier, table.clv, view.tiers.length);
	out.push({
		id: 'clv',
		title: t('clv.tiers.title'),
		reading: clv[0]
			? t(view.clvFitted ? 'report.read.clvPredicted' : 'report.read.clvHistorical', {
					tier: tiers[0],
					mean: fmtMoney(clv[0].mean)
				})
			: '',
		money: true,
		deck: {
			type: 'bar',
			labels: tiers,
			series: [{ name: t('clv.tiers.mean'), values: clv.map((s) => Math.round(s.mean)) }]
		}
	});
	if (f.migration) {
		const m = f.migration.totals;
		out.push({
			id: 'migration',
			title: t('report.migration'),
			reading: t('report.read.migration', {
				up: fmtInt(m.up),
				down: fmtInt(m.down),
				stayed: fmtInt(m.stayed),
				new: fmtInt(m.new),
				lost: fmtInt(m.lost)
			}),
			money: false
		});
	}
	if (f.churn) {
		const c = f.churn;
		const scored = c.byTier.reduce((s, r) => s + r.scored, 0);
		const flagged = c.byTier.reduce((s, r) => s + r.flagged, 0);
		const high = c.byTier.slice(0, c.topTiers).reduce((s, r) => s + r.flagged, 0);
		out.push({
			id: 'churn',
			title: t('report.fig.churn'),
			reading: t('report.read.churn', {
				flagged: fmtInt(flagged),
				scored: fmtInt(scored),
				threshold: fmtThreshold(c.threshold),
				high: fmtInt(high),
				tiers: tiers.slice(0, c.topTiers).join(t('report.summary.listSep'))
			}),
			money: false,
			deck: {
				type: 'bar',
				labels: tiers,
				series: [{ name: t('report.fig.churnSeries'), values: c.byTier.map((r) => r.flagged) }]
			}
		});
	}
	if (f.clusters) {
		const { result, names } = f.clusters;
		const big = result.profiles[argmax(result.profiles.map((p) => p.size))];
		out.push({
			id: 'clusters',
			title: t('report.fig.clusters'),
			reading: big
				? t('report.read.clusters', {
						k: result.k,
						silhouette: fmtNum(result.silhouette, 2),
						name: names[big.cluster],
						share: fmtPct(big.share)
					})
				: '',
			money: false,
			deck: {
				type: 'doughnut',
				name: t('report.fig.clusterSizes'),
				labels: result.profiles.map((p) => names[p.cluster]),
				values: result.profiles.map((p) => p.size)
			}
		});
	}
	return out;
}
