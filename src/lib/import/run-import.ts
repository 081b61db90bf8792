// Where rows come from: a streamed CSV/TSV/TXT, a workbook sheet, or the demo generator. Each feeds the same
// parse (builder → chunks → report) inside the same store write (dataset → chunks → commit), so the demo
// exercises exactly what a user's file goes through.
import type { ColumnSpec } from '$lib/domain/columns';
import { generateDemoTransactions } from '$lib/domain/demo';
import { guessMapping } from '$lib/domain/mapping';
import { ContentHasher, hashString } from './content-hash';
import { streamCsv, streamNotes, type RecordMark } from './csv-stream';
import { storeImport, type StoredImport } from '$lib/storage/import-write';
import { parseImport, type PipelineDeps, type PipelineSource, type RowSink } from './pipeline';
import { MAX_FILE_BYTES, loadWorkbook } from './sniff';
import { sheetRows } from './xlsx-read';
import { MAX_STORED_COLUMNS } from './wide-file';
import type { ImportSpec, MessageRef } from './types';

const BATCH = 20_000;

export type ImportOutcome = StoredImport;

/** Parses `input` into a new dataset: storage creates it, takes the chunks, and commits or discards it. */
function runPipeline(input: PipelineSource, deps: PipelineDeps): Promise<ImportOutcome> {
	const { db, chunkWriter, onStart, onProgress, ...parseDeps } = deps;
	const dataset = {
		name: input.name,
		shape: input.shape,
		contentHash: '',
		source: input.source,
		columns: input.columns.filter((c) => c.role !== 'ignore'),
		...(input.previousDatasetId ? { previousDatasetId: input.previousDatasetId } : {}),
		...(input.lineRules ? { lineRules: input.lineRules } : {})
	};
	return storeImport(
		db,
		dataset,
		(target, datasetId) =>
			parseImport(input, target, {
				...parseDeps,
				...(onProgress ? { onProgress: (p) => onProgress({ datasetId, ...p }) } : {})
			}),
		{ onStart, ...(chunkWriter ? { writeRows: (id, chunk) => chunkWriter.write(id, chunk) } : {}) }
	);
}

export async function importFile(file: File, spec: ImportSpec, deps: PipelineDeps): Promise<ImportOutcome> {
	if (file.size > MAX_FILE_BYTES) return { error: { key: 'import.error.tooLarge', params: { gb: 2 } } };
	if (file.size === 0) return { error: { key: 'import.error.empty' } };
	const stored = spec.columns.filter((c) => c.role !== 'ignore').length;
	if (stored > MAX_STORED_COLUMNS)
		return {
			error: { key: 'import.error.tooManyColumns', params: { total: stored, max: MAX_STORED_COLUMNS } }
		};
	const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
	const isZip = head[0] === 0x50 && head[1] === 0x4b;
	const isOle = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
	const workbook = isZip || isOle;
	const { options } = spec;
	return runPipeline(
		{
			name: spec.name,
			shape: spec.shape,
			columns: spec.columns,
			...(spec.lineRules ? { lineRules: spec.lineRules } : {}),
			source: {
				fileName: file.name,
				size: file.size,
				kind: workbook ? 'xlsx' : 'csv',
				...(workbook
					? { sheet: options.sheet }
					: // Delimiter and header row are kept so an SQL export can read the same file the same way.
						{ encoding: options.encoding, delimiter: options.delimiter, headerRow: options.headerRow })
			},
			feed: workbook ? (sink) => feedSheet(file, spec, sink) : (sink) => feedCsv(file, spec, sink, deps)
		},
		deps
	);
}

/** Hands the data rows (after title rows and the header) to the sink with their 1-based line numbers. */
function makeRowRouter(spec: ImportSpec, sink: RowSink) {
	const { headerRow, firstRowIsData } = spec.options;
	const firstData = firstRowIsData ? headerRow : headerRow + 1;
	let width = 0;
	return (rows: string[][], firstRecord: number, marks?: ReadonlyMap<number, RecordMark>) => {
		for (let i = 0; i < rows.length; i++) {
			const record = firstRecord + i;
			if (record < headerRow) continue;
			if (record === headerRow) sink.begin((width = rows[i].length));
			if (record < firstData) continue;
			const mark = marks?.get(i);
			// A line re-read after a stray quote is imported when its fields fit the header, else rejected.
			if (mark === 'undecodableText') sink.reject(rows[i], record + 1, 'undecodableText');
			else if (mark === 'unbalancedQuote' && rows[i].length !== width)
				sink.reject(rows[i], record + 1, 'unbalancedQuote');
			else sink.push(rows[i], record + 1);
		}
	};
}

async function feedCsv(file: File, spec: ImportSpec, sink: RowSink, deps: PipelineDeps) {
	const hasher = new ContentHasher();
	const route = makeRowRouter(spec, sink);
	let bytesDone = 0;
	const result = await streamCsv(file, {
		encoding: spec.options.encoding,
		delimiter: spec.options.delimiter,
		signal: deps.signal,
		hasher,
		headerRecord: spec.options.headerRow,
		blockSize: deps.blockSize,
		onRecords: async (rows, first, marks) => {
			route(rows, first, marks);
			await sink.flush(bytesDone, file.size);
		},
		onBytes: (done) => {
			bytesDone = done;
		}
	});
	if ('error' in result) return result;
	await sink.flush(file.size, file.size);
	return {
		contentHash: hasher.digest(),
		notes: streamNotes(result.damage, result.records, spec.options.encoding)
	};
}

async function feedSheet(
	file: File,
	spec: ImportSpec,
	sink: RowSink
): Promise<{ contentHash: string } | { error: MessageRef }> {
	const book = await loadWorkbook(file);
	if ('error' in book) return book;
	const sheet = spec.options.sheet ?? book.sheets[0];
	if (!sheet || !book.sheets.includes(sheet)) return { error: { key: 'import.error.noSheet' } };
	const rows = sheetRows(book, sheet);
	const route = makeRowRouter(spec, sink);
	for (let start = 0; start < rows.length; start += BATCH) {
		route(rows.slice(start, start + BATCH), start);
		await sink.flush(Math.round((file.size * Math.min(rows.length, start + BATCH)) / rows.length), file.size);
	}
	const hasher = new ContentHasher();
	hasher.update(new Uint8Array(await file.arrayBuffer()));
	return { contentHash: hasher.digest() };
}

export interface DemoRequest {
	variant: 'en' | 'zh';
	customers?: number;
	seed?: number;
	name?: string;
	/** A later period of the same customers (re-evaluation over time): history continues this many months. */
	laterMonths?: number;
	/** The dataset this later period follows. */
	previousDatasetId?: string;
}

/** Mapping of the demo table by the same guesser a user's file gets, as storable column specs. */
export function specsFromGuess(
	headers: string[],
	rows: string[][]
): { columns: ColumnSpec[]; shape: ImportSpec['shape'] } {
	const { columns, shape } = guessMapping(headers, rows.slice(0, 200));
	return {
		shape,
		columns: columns.map((g) => {
			const spec: ColumnSpec = {
				key: `c${g.source}`,
				header: g.header,
				source: g.source,
				role: g.role,
				type: g.type
			};
			if (g.dateOrder) spec.dateOrder = g.dateOrder;
			if (g.timeUnit) spec.timeUnit = g.timeUnit;
			return spec;
		})
	};
}

function demoName(variant: 'en' | 'zh', laterMonths: number): string {
	if (laterMonths <= 0) return variant === 'zh' ? '示例数据' : 'Demo data';
	return variant === 'zh' ? `示例数据（+${laterMonths} 个月）` : `Demo data (+${laterMonths} months)`;
}

export async function importDemo(request: DemoRequest, deps: PipelineDeps): Promise<ImportOutcome> {
	const seed = request.seed ?? 20240601;
	const customers = request.customers ?? 5000;
	const laterMonths = request.laterMonths ?? 0;
	const table = generateDemoTransactions({ seed, customers, variant: request.variant, laterMonths });
	const { columns, shape } = specsFromGuess(table.headers, table.rows);
	const total = table.rows.length;
	return runPipeline(
		{
			name: request.name ?? demoName(request.variant, laterMonths),
			previousDatasetId: request.previousDatasetId,
			shape,
			columns,
			source: { fileName: `demo-${request.variant}.csv`, size: total, kind: 'demo' },
			feed: async (sink) => {
				sink.begin(table.headers.length);
				for (let start = 0; start < total; start += BATCH) {
					const end = Math.min(total, start + BATCH);
					// Line 1 is the header, as in a file.
					for (let i = start; i < end; i++) sink.push(table.rows[i], i + 2);
					await sink.flush(end, total);
				}
				return { contentHash: hashString(`demo|${request.variant}|${seed}|${customers}|${laterMonths}`) };
			}
		},
		deps
	);
}
