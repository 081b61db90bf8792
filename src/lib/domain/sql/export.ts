// The bridge from a stored tiering to the SQL generator: the definition objects the worker ran (weights it
// actually used, normalisation, tiering, tier measure, lifecycle rules, analysis date) and today's tier
// cut-offs for a frozen export. One source of truth: nothing here restates a rule.
import type { DatasetShape, ColumnSpec } from '$lib/domain/columns';
import type { LineRules } from '$lib/domain/line-rules';
import { DEFAULT_LIFECYCLE_RULES } from '$lib/domain/lifecycle';
import { generateTieringSql } from '$lib/domain/sql/generate';
import { frozenBoundsOf } from '$lib/domain/sql/tiers';
import type { CutoffMode, SqlChurnModel, SqlDialectName, SqlExport, SqlSource } from '$lib/domain/sql/types';
import type { StoredTiering } from '$lib/domain/tiering-record';
import type { TieringDefinitions } from '$lib/domain/tiering-types';

export interface SqlDatasetFacts {
	name: string;
	shape: DatasetShape;
	columns: ColumnSpec[];
	lineRules?: LineRules;
	source: { fileName: string; kind: string; encoding?: string; delimiter?: string; headerRow?: number };
}

export interface SqlExportOptions {
	dialect: SqlDialectName;
	cutoffs: CutoffMode;
	/** A table name instead of the file (DuckDB or Spark). */
	table?: string;
	churn?: SqlChurnModel;
	now?: Date;
}

function sourceOf(dataset: SqlDatasetFacts, table: string | undefined): SqlSource {
	if (table) return { kind: 'table', name: table };
	const s = dataset.source;
	const tab = /\.(tsv|tab)$/i.test(s.fileName);
	return {
		kind: 'csv',
		delimiter: s.delimiter ?? (tab ? '\t' : ','),
		encoding: s.encoding ?? 'utf-8',
		headerRow: s.headerRow ?? 0,
		path: s.kind === 'demo' ? 'demo.csv' : s.fileName
	};
}

export function exportTieringSql(
	dataset: SqlDatasetFacts,
	stored: StoredTiering,
	definitions: TieringDefinitions,
	options: SqlExportOptions
): SqlExport {
	const view = stored.view;
	const tierCount = view.tiering.tiers.length;
	return generateTieringSql({
		dialect: options.dialect,
		shape: dataset.shape,
		source: sourceOf(dataset, options.table),
		columns: dataset.columns,
		lineRules: dataset.lineRules,
		analysisDate: definitions.analysisDate,
		value: { normalization: view.valueConfig.normalization, weights: view.valueWeights },
		tiering: view.tiering,
		tierMeasure: view.tierMeasure,
		lifecycle: definitions.lifecycle ?? DEFAULT_LIFECYCLE_RULES,
		cutoffs: options.cutoffs,
		frozenBounds: frozenBoundsOf(stored.numbers.measure, stored.table.tier, tierCount),
		churn: options.churn,
		...(view.clvFit ? { clv: { ...view.clvFit, kind: view.clvFit.model } } : {}),
		datasetName: dataset.name,
		generatedAt: (options.now ?? new Date()).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
	});
}
