// What Look up shows, from either place customers can come from: the active workspace (analysis + strategies
// state) or a field pack opened on this device. Both give the same card and the same call-list columns, so
// the page, the card and the ranking never ask which one they have.
import type { CustomerTable } from '$lib/domain/tiering-types';
import type { Bilingual } from '$lib/domain/strategies/playbooks';
import { repEvery, packColumns } from '$lib/domain/field/build-pack';
import type { CallColumns } from '$lib/domain/field/call-list';
import { fromJson, type FieldPackBody, type RiskBand } from '$lib/domain/field/field-pack';
import { packRiskModel, type RiskModel } from '$lib/domain/field/risk-display';
import type { ChurnQuality } from '$lib/domain/churn-verdict';
import { RFM_SEGMENTS } from '$lib/domain/rfm';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import { firstMatchingPlaybook } from '$lib/domain/strategies/next-action';
import { isHighValueAtRisk, type AtRiskColumns, type AtRiskSettings } from '$lib/domain/at-risk';
import type { Playbook } from '$lib/domain/strategies/playbooks';
import type { RuleMatch } from '$lib/domain/strategies/rules';

export interface NextStep {
	playbookId: string;
	name: Bilingual;
	actions: Bilingual[];
}

export interface Card {
	id: string;
	name?: string;
	phone?: string;
	/** 0-based tier and its display name; −1 = none. */
	tier: number;
	tierName?: string;
	segment?: string;
	lifecycle?: string;
	probability: number;
	band?: RiskBand;
	/** The quality of the model behind `probability` (a weak one is shown as a band only). */
	quality: ChurnQuality | null;
	atRisk: boolean;
	value: number;
	recencyDays: number;
	next?: NextStep;
}

export interface LookupSource {
	/** The dataset id contacts are logged under. */
	logKey: string;
	ids: string[];
	names?: string[];
	phones?: string[];
	hasRisk: boolean;
	/** The churn model behind the risks, when known (its date and quality are shown with them). */
	riskModel?: RiskModel;
	card(i: number): Card;
	columns(): CallColumns;
	/** Older "contacted on" marks (Strategies), counted as reached contacts. */
	lastContacted: Map<string, string>;
	packId?: string;
}

const BANDS: readonly RiskBand[] = ['low', 'medium', 'high'];

export interface WorkspaceInputs {
	datasetId: string;
	table: CustomerTable;
	tier: Int32Array;
	tierName: (k: number) => string;
	churn?: Float64Array;
	band?: Int8Array;
	atRisk?: { cols: AtRiskColumns; settings: AtRiskSettings };
	playbooks: readonly Playbook[];
	matches: readonly RuleMatch[];
	contacted: Map<string, { date: string }>;
	riskModel?: RiskModel;
}

export function workspaceSource(w: WorkspaceInputs): LookupSource {
	const { table } = w;
	const atRisk = (i: number) => (w.atRisk ? isHighValueAtRisk(i, w.atRisk.cols, w.atRisk.settings) : false);
	const playbookOf = (i: number) => firstMatchingPlaybook(w.matches, i);
	return {
		logKey: w.datasetId,
		ids: table.ids,
		names: table.names,
		phones: table.phones,
		hasRisk: !!w.churn,
		riskModel: w.churn ? w.riskModel : undefined,
		lastContacted: new Map([...w.contacted].map(([id, c]) => [id, c.date])),
		card(i) {
			const p = w.playbooks[playbookOf(i)];
			const band = w.band?.[i] ?? -1;
			return {
				id: table.ids[i],
				name: table.names?.[i] || undefined,
				phone: table.phones?.[i] || undefined,
				tier: w.tier[i],
				tierName: w.tier[i] >= 0 ? w.tierName(w.tier[i]) : undefined,
				segment: RFM_SEGMENTS[table.segment[i]],
				lifecycle: LIFECYCLE_STAGES[table.lifecycle[i]],
				probability: w.churn?.[i] ?? NaN,
				band: band >= 0 ? BANDS[band] : undefined,
				quality: w.riskModel?.quality ?? null,
				atRisk: atRisk(i),
				value: table.clv[i],
				recencyDays: table.recencyDays[i],
				next: p ? { playbookId: p.id, name: p.name, actions: p.actions } : undefined
			};
		},
		columns() {
			const n = table.ids.length;
			return {
				ids: table.ids,
				every: Float64Array.from({ length: n }, (_, i) => repEvery(w.playbooks[playbookOf(i)])),
				atRisk: Uint8Array.from({ length: n }, (_, i) => (atRisk(i) ? 1 : 0)),
				probability: w.churn ?? new Float64Array(n).fill(NaN),
				tier: w.tier,
				value: table.clv
			};
		}
	};
}

export function packSource(pack: FieldPackBody): LookupSource {
	const c = pack.customers;
	const riskModel = packRiskModel(pack.churn) ?? undefined;
	return {
		riskModel,
		logKey: pack.source.datasetId,
		packId: pack.packId,
		ids: c.map((x) => x.id),
		names: c.map((x) => x.name ?? ''),
		phones: c.map((x) => x.phone ?? ''),
		hasRisk: c.some((x) => x.churn !== null),
		lastContacted: new Map(c.flatMap((x) => (x.lastContact ? [[x.id, x.lastContact] as const] : []))),
		card(i) {
			const x = c[i];
			const p = pack.playbooks[x.playbook];
			return {
				id: x.id,
				name: x.name ?? undefined,
				phone: x.phone ?? undefined,
				tier: x.tier,
				tierName: pack.tiers[x.tier]?.name,
				segment: x.segment ?? undefined,
				lifecycle: x.lifecycle ?? undefined,
				probability: fromJson(x.churn),
				band: x.band ?? undefined,
				quality: riskModel?.quality ?? null,
				atRisk: x.atRisk,
				value: fromJson(x.value),
				recencyDays: fromJson(x.recencyDays),
				next: p ? { playbookId: p.id, name: p.name, actions: p.actions } : undefined
			};
		},
		columns: () => packColumns(pack)
	};
}
