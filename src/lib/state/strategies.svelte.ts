// The Strategies page's state for the active dataset: playbooks (saved or default), tier overrides, contact
// marks, optional churn scores and clusters, and the snapshots. Matching runs on the main thread: it is a filter.
import { analysis } from './analysis.svelte';
import type { CustomerTable, TieringView } from '$lib/domain/tiering-types';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import { RFM_SEGMENTS } from '$lib/domain/rfm';
import type { SnapshotTable } from '$lib/domain/snapshots/types';
import { defaultPlaybooks, textIn, type Playbook } from '$lib/domain/strategies/playbooks';
import { firstMatchingPlaybook } from '$lib/domain/strategies/next-action';
import {
	applyTierOverrides,
	BAND_LIMITS,
	matchRule,
	type Rule,
	type RuleColumns,
	type RuleMatch
} from '$lib/domain/strategies/rules';
import { openDb } from '$lib/storage/open-db';
import { getDefinition, putDefinition } from '$lib/storage/definitions';
import { defaultTopTiers, highValueAtRisk } from '$lib/domain/at-risk';

/** Definitions kind holding the at-risk list's top-tiers setting. */
const AT_RISK_KIND = 'atRiskTiers';
import { withWriteLock } from '$lib/storage/at-rest';
import { getResult } from '$lib/storage/results';
import { CHURN_KIND, getChurnScores } from '$lib/storage/churn-scores';
import { getPlaybooks, putPlaybooks, resetPlaybooks } from '$lib/storage/playbooks';
import {
	clearContactedLocked,
	clearTierOverrideLocked,
	deleteSnapshotLocked
} from '$lib/storage/page-deletes';
import {
	listContacted,
	listTierOverrides,
	markContacted,
	setTierOverride,
	type Contacted,
	type TierOverride
} from '$lib/storage/annotations';
import { getSnapshotTable, listSnapshots, saveSnapshot, type SnapshotHeader } from '$lib/storage/snapshots';

/** A per-customer column of another result, put in this table's customer order (by id when it has ids). */
function aligned<T extends Float64Array | Int32Array>(
	values: T,
	ids: string[] | undefined,
	table: CustomerTable
): T | undefined {
	const n = table.ids.length;
	if (!ids) return values.length === n ? values : undefined;
	const at = new Map(ids.map((id, j) => [id, j] as const));
	const out = new (values.constructor as new (n: number) => T)(n);
	for (let i = 0; i < n; i++) {
		const j = at.get(table.ids[i]);
		out[i] = j === undefined ? (values instanceof Float64Array ? NaN : -1) : values[j];
	}
	return out;
}

/** Number columns from the worker that belong to a table of n customers (a newer analysis may differ). */
function sameLength(
	numbers: Record<string, Float64Array> | object,
	n: number
): numbers is Record<string, Float64Array> {
	const columns = Object.values(numbers);
	return columns.length > 0 && columns.every((c) => c instanceof Float64Array && c.length === n);
}

class Strategies {
	datasetId = $state<string | undefined>(undefined);
	/** The dataset's saved playbooks; undefined = the defaults. */
	saved = $state.raw<Playbook[] | undefined>(undefined);
	overrides = $state.raw<TierOverride[]>([]);
	contacted = $state.raw<Map<string, Contacted>>(new Map());
	churn = $state.raw<Float64Array | undefined>(undefined);
	/** Risk band codes from the churn page (its threshold policy), aligned with `churn`. */
	churnBand = $state.raw<Int8Array | undefined>(undefined);
	/** The churn page's threshold the stored bands follow; undefined without stored scores. */
	churnThreshold = $state<number | undefined>(undefined);
	/** How many top tiers count as "high value" for the at-risk list; undefined = defaultTopTiers. */
	savedTopTiers = $state<number | undefined>(undefined);
	clusters = $state.raw<{ labels: Int32Array; k: number } | undefined>(undefined);
	numbers = $state.raw<Record<string, Float64Array>>({});
	snapshots = $state.raw<SnapshotHeader[]>([]);
	private loadedFor: string | undefined;
	// A plain cache of decoded snapshots: nothing renders from it directly, so it need not be reactive.
	private snapshotCache = new Map<string, SnapshotTable>();

	view = $derived<TieringView | undefined>(analysis.datasetId === this.datasetId ? analysis.view : undefined);
	table = $derived<CustomerTable | undefined>(
		analysis.datasetId === this.datasetId ? analysis.table : undefined
	);
	tierIds = $derived(this.view?.tiering.tiers.map((s) => s.id) ?? []);
	atRiskTopTiers = $derived(
		Math.min(this.savedTopTiers ?? defaultTopTiers(this.tierIds.length), this.tierIds.length)
	);
	usingDefaults = $derived(!this.saved);
	/** Defaults target the current tiering's top and bottom tiers, so they follow a changed tiering. */
	playbooks = $derived<Playbook[]>(
		this.saved ?? (this.view ? defaultPlaybooks({ tierIds: this.tierIds }) : [])
	);

	/** Tiers after manual overrides. */
	tier = $derived.by(() => {
		const table = this.table;
		if (!table) return undefined;
		const map = new Map(this.overrides.map((o) => [o.customerId, o.tierId]));
		return applyTierOverrides(table.tier, table.ids, this.tierIds, map);
	});

	columns = $derived.by<RuleColumns | undefined>(() => {
		const table = this.table;
		const tier = this.tier;
		if (!table || !tier) return undefined;
		return {
			n: table.ids.length,
			tier,
			tierIds: this.tierIds,
			segment: table.segment,
			segmentIds: RFM_SEGMENTS,
			lifecycle: table.lifecycle,
			lifecycleIds: LIFECYCLE_STAGES,
			cluster: this.clusters?.labels,
			churnProbability: this.churn,
			churnBand: this.churnBand,
			churnThreshold: this.churnThreshold,
			atRiskTopTiers: this.atRiskTopTiers,
			indicators: {
				...this.numbers,
				valueScore: table.valueScore,
				recencyDays: table.recencyDays,
				frequency: table.frequency,
				monetary: table.monetary,
				clv: table.clv,
				...(this.churn ? { churnProbability: this.churn } : {})
			}
		};
	});

	matches = $derived.by(() => {
		const cols = this.columns;
		return cols ? this.playbooks.map((p) => matchRule(p.rule, cols)) : [];
	});

	/** Inputs of the one high-value-at-risk definition (domain/at-risk.ts) for this dataset. */
	atRiskSettings = $derived({
		threshold: this.churnThreshold ?? BAND_LIMITS.high,
		topTiers: this.atRiskTopTiers
	});
	atRiskColumns = $derived.by(() => {
		const table = this.table;
		const tier = this.tier;
		return table && tier && this.churn ? { probability: this.churn, tier, value: table.clv } : undefined;
	});

	/** The ranked high-value-at-risk customers, optionally narrowed to some tiers. */
	atRiskList(tierFilter?: (tier: number) => boolean): Int32Array {
		const cols = this.atRiskColumns;
		return cols ? highValueAtRisk(cols, this.atRiskSettings, tierFilter) : new Int32Array(0);
	}

	/** The first matching playbook (list order = priority) and its first action, for customer i. */
	nextAction(i: number, locale: 'en' | 'zh-CN'): { playbook: string; action: string } | undefined {
		const k = firstMatchingPlaybook(this.matches, i);
		if (k < 0) return undefined;
		const p = this.playbooks[k];
		return { playbook: textIn(p.name, locale), action: p.actions[0] ? textIn(p.actions[0], locale) : '' };
	}

	match(rule: Rule): RuleMatch | undefined {
		return this.columns ? matchRule(rule, this.columns) : undefined;
	}

	/** Follows the active dataset (call from a page effect, after analysis.follow). */
	follow(datasetId: string | undefined): void {
		this.datasetId = datasetId;
		if (datasetId && this.loadedFor !== datasetId) {
			this.loadedFor = datasetId;
			void this.load(datasetId);
		}
	}

	/**
	 * Re-reads churn scores and clusters, which other pages may have computed since, and asks the analysis worker
	 * for the tiering's other number columns (the result route in docs/ARCHITECTURE.md: per-customer columns come
	 * from the worker as transferred arrays; this thread never decodes the stored tiering record).
	 */
	async refreshResults(): Promise<void> {
		const id = this.datasetId;
		const table = this.table;
		if (!id || !table) return;
		// A User Timing entry: the result-route bench (BENCH_ONLY=results) reads it.
		const start = performance.now();
		const n = table.ids.length;
		const { db } = await openDb();
		const [scores, clusters, numbers] = await Promise.all([
			getChurnScores(db, id),
			getResult(db, id, 'clusters'),
			analysis.numbers(id)
		]);
		// Only without the churn page's own scores: any other stored probability column, read once.
		const churn = scores?.probability.length === n ? undefined : await getResult(db, id, CHURN_KIND);
		if (id !== this.datasetId) return;
		if (scores && scores.probability.length === n) {
			// The churn page's scores are in customer order already, with its risk bands.
			this.churn = scores.probability;
			this.churnBand = scores.band;
			this.churnThreshold = scores.threshold;
		} else {
			// Any other stored probability column (e.g. with ids): align it and band it by the default limits.
			const p = churn?.columns?.probability;
			const ids = churn?.columns?.ids;
			this.churn =
				p instanceof Float64Array ? aligned(p, Array.isArray(ids) ? ids : undefined, table) : undefined;
			this.churnBand = undefined;
			this.churnThreshold = undefined;
		}
		const labels = clusters?.columns?.labels;
		const k = (clusters?.meta as { k?: number } | undefined)?.k;
		this.clusters = labels instanceof Int32Array && labels.length === n && k ? { labels, k } : undefined;
		this.numbers = sameLength(numbers, n) ? numbers : {};
		performance.measure('strategies.refreshResults', { start });
	}

	private async load(datasetId: string): Promise<void> {
		const { db } = await openDb();
		const [saved, overrides, contacted, topTiers] = await Promise.all([
			getPlaybooks(db, datasetId),
			listTierOverrides(db, datasetId),
			listContacted(db, datasetId),
			getDefinition<{ topTiers: number }>(db, datasetId, AT_RISK_KIND)
		]);
		if (datasetId !== this.datasetId) return;
		this.saved = saved;
		this.savedTopTiers = topTiers?.topTiers;
		this.overrides = overrides;
		this.contacted = new Map(contacted.map((c) => [c.customerId, c]));
		await this.refreshSnapshots();
	}

	/** Sets how many top tiers count as high value, for every at-risk list of this dataset. */
	async setAtRiskTopTiers(topTiers: number): Promise<void> {
		const id = this.datasetId;
		if (!id) return;
		this.savedTopTiers = topTiers;
		const { db } = await openDb();
		await putDefinition(db, id, AT_RISK_KIND, { topTiers });
	}

	async savePlaybooks(list: Playbook[]): Promise<void> {
		const id = this.datasetId;
		if (!id) return;
		const plain = $state.snapshot(list) as Playbook[];
		this.saved = plain;
		const { db } = await openDb();
		await withWriteLock(db, () => putPlaybooks(db, id, plain));
	}

	async resetPlaybooks(): Promise<void> {
		const id = this.datasetId;
		if (!id) return;
		const { db } = await openDb();
		await resetPlaybooks(db, id);
		this.saved = undefined;
	}

	async setOverride(customerId: string, tierId: string, reason: string): Promise<void> {
		const id = this.datasetId;
		if (!id) return;
		const { db } = await openDb();
		await withWriteLock(db, () => setTierOverride(db, id, { customerId, tierId, reason }));
		this.overrides = await listTierOverrides(db, id);
	}

	async clearOverride(customerId: string): Promise<void> {
		const id = this.datasetId;
		if (!id) return;
		const { db } = await openDb();
		await clearTierOverrideLocked(db, id, customerId);
		this.overrides = await listTierOverrides(db, id);
	}

	async setContacted(customerIds: string[], date: string | null, playbookId?: string): Promise<void> {
		const id = this.datasetId;
		if (!id || !customerIds.length) return;
		const { db } = await openDb();
		if (date) await withWriteLock(db, () => markContacted(db, id, customerIds, date, playbookId));
		else await clearContactedLocked(db, id, customerIds);
		const list = await listContacted(db, id);
		this.contacted = new Map(list.map((c) => [c.customerId, c]));
	}

	/** The current analysis (with overrides and churn scores) as a snapshot table. */
	currentTable(): SnapshotTable | undefined {
		const table = this.table;
		const view = this.view;
		const tier = this.tier;
		if (!table || !view || !tier) return undefined;
		return {
			analysisDate: view.analysisDate,
			tierIds: [...this.tierIds],
			ids: table.ids,
			tier,
			segment: table.segment,
			lifecycle: table.lifecycle,
			recencyDays: table.recencyDays,
			frequency: table.frequency,
			monetary: table.monetary,
			churn: this.churn
		};
	}

	async saveSnapshot(datasetName: string): Promise<string | undefined> {
		const id = this.datasetId;
		const current = this.currentTable();
		if (!id || !current || !this.view) return undefined;
		const { db } = await openDb();
		const tiering = $state.snapshot(this.view.tiering);
		// Sealed with this page's key: under the workspace lock so an encryption change is not half-way.
		const snapId = await withWriteLock(db, () => saveSnapshot(db, id, { datasetName, tiering }, current));
		await this.refreshSnapshots();
		return snapId;
	}

	async deleteSnapshot(snapId: string): Promise<void> {
		const { db } = await openDb();
		await deleteSnapshotLocked(db, snapId);
		this.snapshotCache.delete(snapId);
		await this.refreshSnapshots();
	}

	async refreshSnapshots(): Promise<void> {
		const { db } = await openDb();
		this.snapshots = await listSnapshots(db);
	}

	async snapshotTable(snapId: string): Promise<SnapshotTable | undefined> {
		const cached = this.snapshotCache.get(snapId);
		if (cached) return cached;
		const { db } = await openDb();
		const table = await getSnapshotTable(db, snapId);
		if (table) this.snapshotCache.set(snapId, table);
		return table;
	}
}

export const strategies = new Strategies();
