// Every message between the page and the import worker, in one place: the request map both sides share, and
// the id-tagged replies that import/handle-request posts (the worker adapts them to the map). Rows never
// cross: the worker writes them to Dexie.
import type { ImportReportRecord } from '$lib/storage/db';
import type { DemoRequest } from '$lib/import/run-import';
import type { FilePreview, ImportProgress, ImportSpec, MessageRef, SniffOverrides } from '$lib/import/types';
import type { Method } from './rpc';

export type { DemoRequest, FilePreview, ImportProgress, ImportSpec, MessageRef, SniffOverrides };
export type { KeyMessage } from './rpc';

export interface ImportDone {
	datasetId: string;
	report: ImportReportRecord;
	customerCount: number;
}

/** Streams while an import runs: its dataset id once created, then progress. */
export type ImportEvent =
	{ type: 'started'; datasetId: string } | { type: 'progress'; progress: ImportProgress };

export type ImportApi = {
	sniff: Method<{ file: File; overrides?: SniffOverrides }, FilePreview>;
	import: Method<{ file: File } & ImportSpec, ImportDone, ImportEvent>;
	demo: Method<{ request: DemoRequest }, ImportDone, ImportEvent>;
};

export type ImportWorkerRequest =
	| { id: number; type: 'sniff'; file: File; overrides?: SniffOverrides }
	| ({ id: number; type: 'import'; file: File } & ImportSpec)
	| { id: number; type: 'demo'; request: DemoRequest };

export type ImportWorkerResponse =
	| { id: number; type: 'preview'; preview: FilePreview }
	| ({ id: number; type: 'started' } & Omit<Extract<ImportEvent, { type: 'started' }>, 'type'>)
	| { id: number; type: 'progress'; progress: ImportProgress }
	| ({ id: number; type: 'done' } & ImportDone)
	| { id: number; type: 'error'; error: MessageRef };
