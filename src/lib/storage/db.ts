// The one place Strata's IndexedDB schema is declared. Primary keys cannot change later in Dexie, so every
// table is keyed by what it will be queried by for years: a dataset id first, then the record's own key.
// Large tables (rows, rejected rows) are columnar chunks — one record per ~50,000 rows holding typed arrays —
// because one record per row caps an import near 10k rows/s (see the README's benchmark: naive bulkAdd).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ColumnData, ColumnSpec, DatasetShape, RejectedRow } from '$lib/domain/columns';
import type { LineRules } from '$lib/domain/line-rules';
import type { GuessedCurrency } from '$lib/domain/currency';
import { declareMigrations } from './migrations';

export type DatasetStatus = 'importing' | 'committed';

export interface DatasetRecord {
	id: string;
	name: string;
	status: DatasetStatus;
	shape: DatasetShape;
	createdAt: number;
	/** Hash of the source file's bytes, to recognize a re-import of the same file. */
	contentHash: string;
	source: {
		fileName: string;
		size: number;
		kind: 'csv' | 'xlsx' | 'demo';
		encoding?: string;
		sheet?: string;
		/** CSV only: the delimiter and 0-based header row the import used (absent in datasets imported earlier). */
		delimiter?: string;
		headerRow?: number;
	};
	columns: ColumnSpec[];
	rowCount: number;
	customerCount: number;
	chunkCount: number;
	/** A newer import of the same customers points at the dataset it follows (re-evaluation over time). */
	previousDatasetId?: string;
	/** Refund and derived-amount rules the import applied (domain/line-rules.ts); absent = the defaults. */
	lineRules?: LineRules;
	/** The currency the amount cells named (¥88, $12.50, 88元), read during the import; absent = none seen. */
	currency?: GuessedCurrency;
	/**
	 * Encryption at rest (issue #11): name, source, columns and the content hash sealed; `contentHash` then holds
	 * a keyed hash (at-rest.ts KEYED_FIELDS). Not an index, so no schema version: older records simply lack it.
	 */
	sealed?: { iv: Uint8Array; data: ArrayBuffer; v?: number };
}

/** A slice of a dataset's rows (table 'rows') or of its rejected rows (table 'rejects'). */
export interface ChunkRecord {
	datasetId: string;
	table: 'rows' | 'rejects';
	index: number;
	length: number;
	/** Column key → values, for table 'rows'. */
	columns?: Record<string, ColumnData>;
	/** For table 'rejects'. */
	rejected?: RejectedRow[];
	/** When encryption at rest is on, `columns`/`rejected` are absent and this holds them sealed. */
	sealed?: { iv: Uint8Array; data: ArrayBuffer };
}

/** Values of a category column: code i stands for values[i]. */
export interface DictionaryRecord {
	datasetId: string;
	column: string;
	/** Absent while sealed (encryption at rest): then `sealed` holds the values. */
	values: string[];
	sealed?: { iv: Uint8Array; data: ArrayBuffer };
}

export interface ColumnQuality {
	key: string;
	header: string;
	missing: number;
	/** Cells that could not be read as the column's type (the row was rejected or the cell left missing). */
	invalid: number;
}

export interface ImportReportRecord {
	datasetId: string;
	rowsRead: number;
	rowsImported: number;
	rowsRejected: number;
	/** Rejections counted by reason. */
	byReason: Record<string, number>;
	duplicateIds: number;
	columns: ColumnQuality[];
	/** Notes in message keys + params, so they show in the UI language. */
	notes: { key: string; params?: Record<string, string | number> }[];
	durationMs: number;
	/**
	 * Encryption at rest (issue #11): the fields listed for this table in at-rest.ts SEALED_FIELDS, sealed. Not an
	 * index, so adding it needs no schema version: older records simply lack it and are read as they are.
	 */
	sealed?: { iv: Uint8Array; data: ArrayBuffer };
}

/** Computed analysis output (indicators, scores, tiers, clusters, churn scores), columnar, per dataset. */
export interface ResultRecord {
	datasetId: string;
	kind: string;
	/** Hash of the definition and data the result was computed from; a mismatch means recompute. */
	inputHash: string;
	computedAt: number;
	columns?: Record<string, ColumnData>;
	meta?: unknown;
	sealed?: { iv: Uint8Array; data: ArrayBuffer };
}

/** User-edited definitions per dataset: tier rules, weights, playbooks, lifecycle rules… */
export interface DefinitionRecord {
	datasetId: string;
	kind: string;
	value: unknown;
	updatedAt: number;
	/**
	 * Encryption at rest (issue #11): the fields listed for this table in at-rest.ts SEALED_FIELDS, sealed. Not an
	 * index, so adding it needs no schema version: older records simply lack it and are read as they are.
	 */
	sealed?: { iv: Uint8Array; data: ArrayBuffer };
}

/** A frozen analysis at a date: each customer's tier, segment, lifecycle and risk. */
export interface SnapshotRecord {
	id: string;
	datasetId: string;
	createdAt: number;
	analysisDate: number;
	definitions: unknown;
	columns?: Record<string, ColumnData>;
	sealed?: { iv: Uint8Array; data: ArrayBuffer };
}

export interface ModelRecord {
	id: string;
	datasetId: string;
	createdAt: number;
	kind: string;
	name: string;
	metrics: Record<string, number>;
	/** The fitted feature pipeline, so new data is scored identically. */
	pipeline: unknown;
	/** TF.js model artifacts (topology, weight specs, weight data). */
	artifacts: unknown;
	/**
	 * Encryption at rest (issue #11): the fields listed for this table in at-rest.ts SEALED_FIELDS, sealed. Not an
	 * index, so adding it needs no schema version: older records simply lack it and are read as they are.
	 */
	sealed?: { iv: Uint8Array; data: ArrayBuffer };
}

/** Per-customer marks that survive recomputes: tier overrides, contacted dates. */
export interface AnnotationRecord {
	datasetId: string;
	customerId: string;
	kind: string;
	value: unknown;
	updatedAt: number;
	/**
	 * Encryption at rest (issue #11): the fields listed for this table in at-rest.ts SEALED_FIELDS, sealed. Not an
	 * index, so adding it needs no schema version: older records simply lack it and are read as they are.
	 */
	sealed?: { iv: Uint8Array; data: ArrayBuffer };
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

export const DB_NAME = 'strata';

export class StrataDb extends Dexie {
	datasets!: EntityTable<DatasetRecord, 'id'>;
	chunks!: Table<ChunkRecord, [string, string, number]>;
	dictionaries!: Table<DictionaryRecord, [string, string]>;
	reports!: EntityTable<ImportReportRecord, 'datasetId'>;
	results!: Table<ResultRecord, [string, string]>;
	definitions!: Table<DefinitionRecord, [string, string]>;
	snapshots!: EntityTable<SnapshotRecord, 'id'>;
	models!: EntityTable<ModelRecord, 'id'>;
	annotations!: Table<AnnotationRecord, [string, string, string]>;
	settings!: EntityTable<SettingRecord, 'key'>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			datasets: 'id, status, contentHash, createdAt',
			chunks: '[datasetId+table+index], datasetId',
			dictionaries: '[datasetId+column], datasetId',
			reports: 'datasetId',
			results: '[datasetId+kind], datasetId',
			definitions: '[datasetId+kind], datasetId',
			snapshots: 'id, datasetId, [datasetId+createdAt]',
			models: 'id, datasetId, createdAt',
			annotations: '[datasetId+customerId+kind], datasetId, [datasetId+kind]',
			settings: 'key'
		});
		// Versions 2+ (with their record upgrades) live in migrations.ts; version 1 above never changes.
		declareMigrations(this);
	}
}
