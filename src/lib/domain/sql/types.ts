// What the SQL export is generated from: the same definition objects the analysis worker runs (value weights,
// normalisation, tiering, lifecycle rules, the churn pipeline and coefficients), plus where the data lives.
import type { TierMeasure } from '../analysis';
import type { BgNbdParams } from '../clv/bg-nbd';
import type { GammaGammaParams } from '../clv/gamma-gamma';
import type { ClvTimeUnit } from '../clv/summary';
import type { ColumnSpec } from '../columns';
import type { FeaturePipeline } from '../features';
import type { LifecycleRules } from '../lifecycle';
import type { LineRules } from '../line-rules';
import type { TierDefinition } from '../tier-definition';
import type { ValueConfig } from '../value-score';

export type SqlDialectName = 'duckdb' | 'spark';

/** frozen: today's cut-offs as numbers (exactly today's tiers); recomputed: the definition applied to new data. */
export type CutoffMode = 'frozen' | 'recomputed';

export type SqlSource =
	/** A delimited text file as the import read it. `path` is written into Spark's view (DuckDB takes a variable). */
	| { kind: 'csv'; delimiter: string; encoding: string; headerRow: number; path?: string }
	/** A table or view that already holds the file's columns as text, under the same names. */
	| { kind: 'table'; name: string };

/** A fitted logistic churn model: the feature pipeline (time-split features) and its coefficients. */
export interface SqlChurnModel {
	pipeline: FeaturePipeline;
	weights: ArrayLike<number>;
	bias: number;
}

/** The CLV models Strata fitted on its data, frozen into the SQL like the churn coefficients. */
export interface SqlClvModel {
	/** Pareto/NBD has no closed form the SQL writes; its exports fall back (header and UI say so). */
	kind: 'bgnbd' | 'paretonbd';
	bgNbd: BgNbdParams;
	/** Absent when the spend model was not fitted (q ≤ 1): no predicted CLV, purchases only. */
	gammaGamma?: GammaGammaParams;
	unit: ClvTimeUnit;
	months: number;
	monthlyDiscount: number;
}

export interface SqlExportSpec {
	dialect: SqlDialectName;
	source: SqlSource;
	/** One row per order line (default), or one row per customer (a customer list). */
	shape?: 'transactions' | 'customers';
	/** The columns as mapped at import (headers are the user's own names; a derived amount names its factors). */
	columns: ColumnSpec[];
	/** Refund and derived-amount rules the import applied; absent = the defaults. */
	lineRules?: LineRules;
	/** Fixed analysis date (UTC ms); undefined = the latest order date in the data, as the app does. */
	analysisDate?: number;
	/** Weights actually used by the app (they sum to 100) and the normalisation. */
	value: ValueConfig;
	tiering: TierDefinition;
	tierMeasure: TierMeasure;
	lifecycle: LifecycleRules;
	cutoffs: CutoffMode;
	/** Lower bounds of tiers 0..k−2 on today's data; required for frozen shares and always for Jenks. */
	frozenBounds?: number[];
	churn?: SqlChurnModel;
	/** Fitted CLV models; absent when Strata did not fit them on this data. */
	clv?: SqlClvModel;
	/** Shown in the header comment. */
	datasetName?: string;
	generatedAt?: string;
}

/** Column expressions per indicator the value model and rules can use; absent = this data cannot give it. */
export type IndicatorSql = Partial<Record<string, string>>;

export type SqlExport =
	| {
			sql: string;
			/** The output columns, in order. */
			columns: string[];
			/** Reasons (in English, also written into the header) why a column or rule is not exported. */
			notes: string[];
	  }
	| { error: 'noCustomerId' | 'customersShape' | 'noDates' };
