// The methods appendix as plain paragraphs (heading + lines), so the report prints them and the deck puts the same
// words into its speaker notes.
import type { TieringView } from '$lib/domain/tiering-types';
import { fmtInt, fmtNum, fmtPct, fmtThreshold, tierName } from '$lib/components/charts/format';
import { DEFAULT_LIFECYCLE_RULES, describeLifecycleRules } from '$lib/domain/lifecycle';
import type { ClusterResult } from '$lib/domain/cluster-types';
import type { ChurnMethod, QualityCounts } from '$lib/state/report-extras.svelte';
import { t } from '$lib/i18n/i18n.svelte';
import { measureName } from '$lib/components/labels/measure-name';

export type MethodId = 'tiers' | 'rfm' | 'lifecycle' | 'churn' | 'clv' | 'clusters' | 'quality';

export interface MethodSection {
	id: MethodId;
	heading: string;
	lines: string[];
}

export interface MethodInputs {
	view: TieringView;
	churn?: ChurnMethod;
	clusters?: { result: ClusterResult; featureNames: string[] };
	quality?: QualityCounts;
}

function tierLines(view: TieringView): string[] {
	const def = view.tiering;
	const method =
		def.method === 'preset' ? t(`tiering.preset.${def.preset}`) : t(`tiering.method.${def.method}`);
	const lines = [t('report.definition.method', { method, measure: measureName(view.tierMeasure) })];
	if (def.method === 'shares')
		lines.push(
			t('report.definition.shares', {
				shares: def.shares.map((s, j) => `${tierName(def, j)} ${fmtNum(s, 1)}%`).join(t('strategies.sep'))
			})
		);
	view.tiers.forEach((tier, k) => {
		if (Number.isFinite(tier.lowerBound))
			lines.push(
				t('report.definition.bound', { tier: tierName(def, k), bound: fmtThreshold(tier.lowerBound) })
			);
	});
	if (view.tierMeasure === 'valueScore') {
		const list = Object.entries(view.valueWeights)
			.filter(([, w]) => (w ?? 0) > 0)
			.sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
			.map(([k, w]) => `${t(`tiering.valueIndicator.${k}`)} ${fmtNum(w ?? 0, 1)}%`)
			.join(t('strategies.sep'));
		lines.push(
			t('report.methods.weights', {
				normalization: t(`tiering.normalization.${view.valueConfig.normalization}`),
				list
			})
		);
	}
	return lines;
}

function rfmLines(view: TieringView): string[] {
	const lines = [t('report.methods.rfmText'), t(`tiering.frequencyRule.${view.frequencyRule}`)];
	const levels = view.rfmLevels;
	if (levels && (['r', 'f', 'm'] as const).some((k) => levels[k].length < 5))
		lines.push(
			t('report.methods.rfmLevels', {
				list: (['r', 'f', 'm'] as const)
					.map((k) => levels[k].map((v) => `${k.toUpperCase()}${v}`).join('/'))
					.join(' · ')
			})
		);
	return lines;
}

function lifecycleLines(view: TieringView): string[] {
	return [
		t('views.lifecycle.desc'),
		t('views.lifecycle.unknown'),
		...describeLifecycleRules(view.definitions.lifecycle ?? DEFAULT_LIFECYCLE_RULES).map((row) =>
			row.measure && row.op && row.threshold !== null
				? t('report.methods.lifecycleRule', {
						stage: t(`tiering.stage.${row.stage}`),
						measure: t(`views.lifecycle.measure.${row.measure}`),
						op: row.op,
						threshold:
							row.measure === 'trend'
								? fmtPct(row.threshold, 0)
								: `${fmtInt(row.threshold)} ${t('views.lifecycle.days')}`
					})
				: `${t(`tiering.stage.${row.stage}`)}: ${t('views.lifecycle.otherwise')}`
		)
	];
}

function churnLines(c: ChurnMethod | undefined): string[] {
	if (!c) return [t('report.methods.churnNone')];
	const lines: string[] = [];
	if (c.rescore)
		lines.push(
			t('report.methods.churnRescored', { name: c.rescore.modelName, dataset: c.rescore.datasetName })
		);
	if (c.testAuc !== undefined)
		lines.push(
			t('report.methods.churnText', {
				model: t(`ml.model.${c.modelKind}`),
				auc: fmtNum(c.testAuc, 2),
				lift: fmtNum(c.topDecileLift ?? NaN, 1),
				baseRate: fmtPct(c.baseRate ?? NaN),
				threshold: fmtThreshold(c.threshold)
			})
		);
	if (c.verdict) {
		lines.push(t(`verdict.churn.${c.verdict.quality}`));
		lines.push(t('verdict.churn.bands'));
		if (c.verdict.baseRate)
			lines.push(t(`verdict.churn.${c.verdict.baseRate}`, { rate: fmtPct(c.baseRate ?? NaN) }));
	}
	return lines;
}

export function reportMethods(m: MethodInputs): MethodSection[] {
	const out: MethodSection[] = [
		{ id: 'tiers', heading: t('report.methods.tiers'), lines: tierLines(m.view) },
		{ id: 'rfm', heading: t('report.methods.rfm'), lines: rfmLines(m.view) },
		{ id: 'lifecycle', heading: t('report.methods.lifecycle'), lines: lifecycleLines(m.view) },
		{ id: 'churn', heading: t('report.methods.churn'), lines: churnLines(m.churn) },
		{
			id: 'clv',
			heading: t('report.methods.clv'),
			lines: [t(m.view.clvFitted ? 'report.methods.clvFitted' : 'report.methods.clvHistorical')]
		}
	];
	if (m.clusters)
		out.push({
			id: 'clusters',
			heading: t('report.methods.clusters'),
			lines: [
				t('report.methods.clustersText', {
					k: m.clusters.result.k,
					features: m.clusters.featureNames.join(t('strategies.sep')),
					silhouette: fmtNum(m.clusters.result.silhouette, 2)
				})
			]
		});
	const q = m.quality;
	out.push({
		id: 'quality',
		heading: t('report.methods.quality'),
		lines: [
			q
				? t('report.methods.qualityText', {
						read: fmtInt(q.rowsRead),
						imported: fmtInt(q.rowsImported),
						rejected: fmtInt(q.rowsRejected),
						duplicates: fmtInt(q.duplicateIds)
					})
				: t('report.methods.qualityNone')
		]
	});
	return out;
}
