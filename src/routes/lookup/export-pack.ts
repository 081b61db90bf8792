// The manager's side of a field pack: which customers a slice holds, and the pack built from the workspace's
// current tiers, scores, at-risk flags and playbooks (the same inputs Look up and Strategies use).
import { buildPack } from '$lib/domain/field/build-pack';
import { MAX_PACK_CUSTOMERS, PACK_VERSION, type FieldPackBody } from '$lib/domain/field/field-pack';
import { firstMatchingPlaybook } from '$lib/domain/strategies/next-action';
import { RFM_SEGMENTS } from '$lib/domain/rfm';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import { isHighValueAtRisk } from '$lib/domain/at-risk';
import type { ContactSummary } from '$lib/domain/field/contact-log';
import { packChurnHeader, type RiskModel } from '$lib/domain/field/risk-display';
import type { strategies as Strategies } from '$lib/state/strategies.svelte';

export type SliceKind = 'all' | 'today' | 'atRisk' | 'tier' | 'segment' | 'playbook';
export interface Slice {
	kind: SliceKind;
	/** Tier index, segment index or playbook index for those kinds. */
	value: number;
}

type S = typeof Strategies;

export function sliceIndices(s: S, slice: Slice, today: readonly number[]): number[] {
	const table = s.table;
	const tier = s.tier;
	if (!table || !tier) return [];
	const n = table.ids.length;
	const all = Array.from({ length: n }, (_, i) => i);
	switch (slice.kind) {
		case 'all':
			return all;
		case 'today':
			return [...today];
		case 'atRisk':
			return [...s.atRiskList()];
		case 'tier':
			return all.filter((i) => tier[i] === slice.value);
		case 'segment':
			return all.filter((i) => table.segment[i] === slice.value);
		case 'playbook':
			return all.filter((i) => s.matches[slice.value]?.mask[i] === 1);
	}
}

export { MAX_PACK_CUSTOMERS, PACK_VERSION };

export function makePack(
	s: S,
	indices: readonly number[],
	meta: { title: string; datasetId: string; datasetName: string; currency: string | undefined },
	tierNames: string[],
	summaries: ReadonlyMap<string, ContactSummary>,
	riskModel?: RiskModel
): FieldPackBody | undefined {
	const table = s.table;
	const tier = s.tier;
	const view = s.view;
	if (!table || !tier || !view) return undefined;
	const at = s.atRiskColumns;
	const lastContact = (id: string) =>
		[summaries.get(id)?.lastReached, s.contacted.get(id)?.date]
			.filter((d): d is string => !!d)
			.sort()
			.pop();
	return buildPack(
		{
			ids: table.ids,
			names: table.names,
			phones: table.phones,
			tier,
			tiers: s.tierIds.map((id, k) => ({ id, name: tierNames[k] ?? id })),
			segmentId: (i) => RFM_SEGMENTS[table.segment[i]] ?? null,
			lifecycleId: (i) => LIFECYCLE_STAGES[table.lifecycle[i]] ?? null,
			valueScore: table.valueScore,
			value: table.clv,
			recencyDays: table.recencyDays,
			frequency: table.frequency,
			churn: s.churn,
			band: s.churnBand,
			atRisk: (i) => (at ? isHighValueAtRisk(i, at, s.atRiskSettings) : false),
			playbookOf: (i) => firstMatchingPlaybook(s.matches, i),
			playbooks: s.playbooks,
			lastContact
		},
		indices,
		{
			packId: crypto.randomUUID(),
			title: meta.title,
			source: { datasetId: meta.datasetId, datasetName: meta.datasetName },
			analysisDate: view.analysisDate,
			currency: meta.currency ?? null,
			churn: s.churn ? packChurnHeader(s.atRiskSettings.threshold, riskModel) : null
		}
	);
}
