// Every message between the page and the analysis worker: the request map both sides share. Customer rows
// never cross: only typed-array columns (transferred) and summaries.
import type { TierDefinition } from '$lib/domain/tier-definition';
import type { ClvValidation, ValidationOptions } from '$lib/domain/clv/validation';
import type { CutoffMode, SqlDialectName } from '$lib/domain/sql/types';
import type {
	CustomerDetail,
	CustomerTable,
	TieringDefinitions,
	TieringView,
	TierPreview
} from '$lib/domain/tiering-types';
import type { Method } from './rpc';

export type { KeyMessage } from './rpc';

export type AnalysisPhase = 'load' | 'compute' | 'store';

export interface AnalysisProgress {
	phase: AnalysisPhase;
	fraction: number;
}

export interface Analysed {
	view: TieringView;
	table: CustomerTable;
	fromCache: boolean;
}

export interface SqlFile {
	sql: string;
	fileName: string;
	notes: string[];
	/** The file's output columns, so the page can say before download what it lacks. */
	columns: string[];
}

export type AnalysisApi = {
	analyse: Method<{ datasetId: string; definitions?: TieringDefinitions }, Analysed, AnalysisProgress>;
	customer: Method<{ datasetId: string; index: number }, CustomerDetail>;
	/** The tiering's other per-customer number columns (indicators, CLV outlook), transferred on request. */
	numbers: Method<{ datasetId: string }, Record<string, Float64Array>>;
	previewTiers: Method<{ definition: TierDefinition; measure?: string }, TierPreview>;
	clvValidation: Method<{ datasetId: string; options: ValidationOptions }, ClvValidation>;
	exportSql: Method<{ datasetId: string; dialect: SqlDialectName; cutoffs: CutoffMode }, SqlFile>;
};
