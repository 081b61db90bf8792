// Every message between the page and the import worker, in one place. Requests carry an id; every reply
// repeats it, so the page matches replies to requests. Rows never cross: the worker writes them to Dexie.
import type { ImportReportRecord } from '$lib/storage/db';
import type { DemoRequest } from '$lib/import/run-import';
import type { FilePreview, ImportProgress, ImportSpec, MessageRef, SniffOverrides } from '$lib/import/types';

export type { DemoRequest, FilePreview, ImportProgress, ImportSpec, MessageRef, SniffOverrides };

export type ImportWorkerRequest =
	| { id: number; type: 'sniff'; file: File; overrides?: SniffOverrides }
	| ({ id: number; type: 'import'; file: File } & ImportSpec)
	| { id: number; type: 'demo'; request: DemoRequest };

/** The page's at-rest key (undefined = locked or encryption off), sent after creating the worker and on unlock. */
export interface KeyMessage {
	type: 'key';
	key: CryptoKey | undefined;
}

export interface ImportDone {
	datasetId: string;
	report: ImportReportRecord;
	customerCount: number;
}

export type ImportWorkerResponse =
	| { id: number; type: 'preview'; preview: FilePreview }
	| { id: number; type: 'started'; datasetId: string }
	| { id: number; type: 'progress'; progress: ImportProgress }
	| ({ id: number; type: 'done' } & ImportDone)
	| { id: number; type: 'error'; error: MessageRef };
