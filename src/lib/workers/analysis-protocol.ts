// Every message between the page and the analysis worker. Requests carry an id that every reply repeats; the
// page ignores replies to requests it has superseded. Customer rows never cross: only typed-array columns.
import type { TierDefinition } from '$lib/domain/tier-definition';
import type { ClvValidation, ValidationOptions } from '$lib/domain/clv/validation';
import type { CutoffMode, SqlDialectName } from '$lib/domain/sql/types';
import type {
	CustomerDetail,
	CustomerTable,
	MessageRef,
	TieringDefinitions,
	TieringView,
	TierPreview
} from '$lib/domain/tiering-types';

export type AnalysisWorkerRequest =
	| { id: number; type: 'analyse'; datasetId: string; definitions?: TieringDefinitions }
	| { id: number; type: 'customer'; datasetId: string; index: number }
	| { id: number; type: 'previewTiers'; definition: TierDefinition; measure?: string }
	| { id: number; type: 'clvValidation'; datasetId: string; options: ValidationOptions }
	| { id: number; type: 'exportSql'; datasetId: string; dialect: SqlDialectName; cutoffs: CutoffMode };

export type { KeyMessage } from './protocol';

export type AnalysisPhase = 'load' | 'compute' | 'store';

export type AnalysisWorkerResponse =
	| { id: number; type: 'progress'; phase: AnalysisPhase; fraction: number }
	| { id: number; type: 'analysed'; view: TieringView; table: CustomerTable; fromCache: boolean }
	| { id: number; type: 'customer'; detail: CustomerDetail }
	| { id: number; type: 'preview'; preview: TierPreview }
	| { id: number; type: 'clvValidation'; validation: ClvValidation }
	| { id: number; type: 'sql'; sql: string; fileName: string; notes: string[] }
	| { id: number; type: 'error'; error: MessageRef };
