// The worker-side analysis of one dataset: load its columns from the store, run the engine (or reuse a stored
// result with the same input hash), store the result, and answer per-customer and preview questions from memory.
import { analyseCustomers } from '$lib/domain/analysis';
import { assignTiers, tierCounts, type TierDefinition } from '$lib/domain/tiers';
import type { StrataDb } from '$lib/storage/db';
import { getDataset, readColumns, readDictionaries } from '$lib/storage/datasets';
import { getDefinition, putDefinition } from '$lib/storage/definitions';
import { getFreshResult, putResult } from '$lib/storage/results';
import { recordFirstSnapshot } from '$lib/jobs/first-snapshot';
import { exportTieringSql } from '$lib/domain/sql/export';
import { newestLogistic } from '$lib/jobs/sql-churn';
import type { CutoffMode, SqlDialectName } from '$lib/domain/sql/types';
import { columnKeysFor, prepareInput } from '$lib/domain/analysis-input';
import {
	DEFINITION_KIND,
	engineDefinitions,
	fromColumns,
	fromResult,
	inputHash,
	RESULT_KIND,
	toColumns
} from '$lib/domain/tiering-record';
import type { StoredTiering } from '$lib/domain/tiering-record';
import type { CustomerDetail, MessageRef, TieringDefinitions, TierPreview } from '$lib/domain/tiering-types';
import { buildTable, buildView } from '$lib/domain/tiering-view';

export type ProgressFn = (phase: 'load' | 'compute' | 'store', fraction: number) => void;

export type AnalyseOutcome = { stored: StoredTiering; fromCache: boolean } | { error: MessageRef };

export class AnalysisSession {
	private current: { datasetId: string; hash: string; stored: StoredTiering } | undefined;
	private history:
		{ datasetId: string; customer: Int32Array; date: Float64Array; amount: Float64Array } | undefined;

	constructor(private readonly db: StrataDb) {}

	/** The tiering analysed last, when it is this dataset's (what the page's table was built from). */
	cached(datasetId: string): StoredTiering | undefined {
		return this.current?.datasetId === datasetId ? this.current.stored : undefined;
	}

	/** Runs (or reuses) the tiering of a dataset. New definitions are saved first; none given → the saved ones. */
	async analyse(
		datasetId: string,
		given: TieringDefinitions | undefined,
		progress: ProgressFn
	): Promise<AnalyseOutcome> {
		const dataset = await getDataset(this.db, datasetId);
		if (!dataset || dataset.status !== 'committed') return { error: { key: 'views.error.noDataset' } };
		if (given) await putDefinition(this.db, datasetId, DEFINITION_KIND, given);
		const definitions =
			given ?? (await getDefinition<TieringDefinitions>(this.db, datasetId, DEFINITION_KIND)) ?? {};
		const hash = inputHash(dataset, definitions);
		if (this.current?.datasetId === datasetId && this.current.hash === hash) {
			this.current.stored.view.definitions = definitions;
			return { stored: this.current.stored, fromCache: true };
		}
		progress('load', 0);
		const cached = await getFreshResult(this.db, datasetId, RESULT_KIND, hash);
		if (cached?.columns && isView(cached.meta)) {
			const stored = fromColumns(cached.columns, { ...cached.meta, definitions });
			this.current = { datasetId, hash, stored };
			return { stored, fromCache: true };
		}
		const cols = await readColumns(this.db, datasetId, columnKeysFor(dataset));
		const dicts = await readDictionaries(this.db, datasetId);
		progress('compute', 0.3);
		const prepared = prepareInput(dataset, cols, dicts);
		if ('error' in prepared) return prepared;
		if (prepared.input.shape === 'transactions') {
			const { customer, date, amount } = prepared.input.tx;
			this.history = { datasetId, customer, date, amount };
		}
		// The analysis date belongs to the input (what "today" is), the rest to the engine's definitions.
		const { analysisDate, ...chosen } = engineDefinitions(definitions);
		if (analysisDate !== undefined) prepared.input.analysisDate = analysisDate;
		const engine = { ...prepared.fallbackDefinitions, ...chosen };
		const result = analyseCustomers(prepared.input, engine);
		const extras = {
			datasetId,
			shape: dataset.shape,
			computedAt: Date.now(),
			ids: prepared.ids,
			names: prepared.names,
			phones: prepared.phones,
			warnings: prepared.warnings,
			definitions: { ...definitions, tierMeasure: engine.tierMeasure }
		};
		const view = buildView(result, extras);
		view.definitions = definitions;
		const stored = fromResult(result, view, buildTable(result, extras));
		progress('store', 0.9);
		try {
			await putResult(this.db, {
				datasetId,
				kind: RESULT_KIND,
				inputHash: hash,
				columns: toColumns(stored),
				meta: view
			});
		} catch {
			// A full disk only costs the instant reopen; the result is still shown.
		}
		try {
			await recordFirstSnapshot(this.db, dataset, stored);
		} catch {
			// Same: without room for the snapshot the analysis still stands.
		}
		this.current = { datasetId, hash, stored };
		return { stored, fromCache: false };
	}

	/** Tier counts under a definition being edited, on the current dataset's values (nothing is stored). */
	previewTiers(definition: TierDefinition, measure?: string): TierPreview | { error: MessageRef } {
		const s = this.current?.stored;
		if (!s) return { error: { key: 'views.error.notAnalysed' } };
		const values = (measure && s.numbers[measure]) || s.numbers.measure;
		const assigned = assignTiers(values, definition, {
			rfm: { segment: s.table.segment, eightClass: s.table.eightClass }
		});
		if ('errors' in assigned)
			return { counts: definition.tiers.map(() => 0), unassigned: values.length, errors: assigned.errors };
		const counts = tierCounts(assigned.tier, definition.tiers.length);
		return { counts: counts.counts, unassigned: counts.unassigned, errors: [] };
	}

	/** The tiering as a runnable SQL file for DuckDB or Spark, from the definitions this session ran. */
	async exportSql(
		datasetId: string,
		dialect: SqlDialectName,
		cutoffs: CutoffMode
	): Promise<{ sql: string; fileName: string; notes: string[]; columns: string[] } | { error: MessageRef }> {
		if (this.current?.datasetId !== datasetId) {
			const outcome = await this.analyse(datasetId, undefined, () => {});
			if ('error' in outcome) return outcome;
		}
		const dataset = await getDataset(this.db, datasetId);
		const stored = this.current?.stored;
		if (!dataset || !stored) return { error: { key: 'views.error.noDataset' } };
		const definitions = stored.view.definitions ?? {};
		const models = await this.db.models.where('datasetId').equals(datasetId).toArray();
		const churn = newestLogistic(models);
		const out = exportTieringSql(dataset, stored, definitions, { dialect, cutoffs, churn });
		if ('error' in out) return { error: { key: `sqlExport.error.${out.error}` } };
		const fileName = `strata-tiering-${dialect}.sql`;
		return { sql: out.sql, fileName, notes: out.notes, columns: out.columns };
	}

	async customer(datasetId: string, index: number): Promise<CustomerDetail | { error: MessageRef }> {
		if (this.current?.datasetId !== datasetId) {
			const outcome = await this.analyse(datasetId, undefined, () => {});
			if ('error' in outcome) return outcome;
		}
		const s = (this.current as { stored: StoredTiering }).stored;
		const t = s.table;
		if (!(index >= 0 && index < t.tier.length)) return { error: { key: 'views.error.noCustomer' } };
		const indicators: Record<string, number> = {};
		for (const [k, v] of Object.entries(s.numbers)) if (k !== 'measure') indicators[k] = v[index];
		const num = (k: string) => s.numbers[k]?.[index] ?? NaN;
		return {
			index,
			id: t.ids[index] ?? '',
			name: t.names?.[index],
			phone: t.phones?.[index],
			tier: t.tier[index],
			segment: t.segment[index],
			eightClass: t.eightClass[index],
			lifecycle: t.lifecycle[index],
			r: s.r[index],
			f: s.f[index],
			m: s.m[index],
			valueScore: num('valueScore'),
			historicalClv: num('historicalClv'),
			predictedClv: num('predictedClv'),
			probabilityAlive: num('probabilityAlive'),
			indicators,
			history: await this.purchaseHistory(datasetId, index)
		};
	}

	private async purchaseHistory(datasetId: string, index: number): Promise<CustomerDetail['history']> {
		const empty = { date: new Float64Array(0), amount: new Float64Array(0) };
		if (this.history?.datasetId !== datasetId) {
			const dataset = await getDataset(this.db, datasetId);
			if (!dataset || dataset.shape !== 'transactions') return empty;
			const cols = await readColumns(this.db, datasetId, columnKeysFor(dataset));
			const prepared = prepareInput(dataset, cols, await readDictionaries(this.db, datasetId));
			if ('error' in prepared || prepared.input.shape !== 'transactions') return empty;
			const { customer, date, amount } = prepared.input.tx;
			this.history = { datasetId, customer, date, amount };
		}
		const h = this.history;
		const lines: number[] = [];
		for (let i = 0; i < h.customer.length; i++) if (h.customer[i] === index) lines.push(i);
		lines.sort((a, b) => h.date[a] - h.date[b]);
		return {
			date: Float64Array.from(lines, (i) => h.date[i]),
			amount: Float64Array.from(lines, (i) => h.amount[i])
		};
	}
}

function isView(meta: unknown): meta is StoredTiering['view'] {
	return typeof meta === 'object' && meta !== null && 'tiers' in meta && 'kpis' in meta;
}
