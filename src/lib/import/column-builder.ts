// Turns raw string rows into columnar chunks (the storage contract in domain/columns.ts) and decides, row by
// row, what is imported and what is rejected — so that rows read = rows imported + rows rejected, always.
//
// Row policy:
// - a cell longer than 1 MiB characters → rejected 'cellTooLarge';
// - more fields than the header → rejected 'tooManyFields' only when an extra cell is non-empty, else tolerated;
// - fewer fields than the header → absent cells are missing; rejected 'tooFewFields' if that loses the customer id;
// - a 合计/Total/Subtotal row whose amount or quantity equals the sum of the rows it closes → rejected 'totalsRow',
//   or of the whole file → 'grandTotalRow' (totals-check.ts); a labelled row that sums nothing is data;
// - empty customer id → rejected 'missingCustomerId';
// - columns the shape needs (transactions: order date, amount — or quantity and unit price when the amount is
//   derived) empty → rejected 'missingValue', unparsable → 'unparsableDate' / 'unparsableNumber'; any other
//   column that cannot be read → kept, cell missing, counted invalid;
// - transactions: refunds are stored with a negative amount, a refund of 0 is rejected 'refundWithoutAmount'
//   (line-meaning.ts); rows of a different width count as 'ragged' only when imported, and never for a sheet's
//   short rows (XLSX leaves trailing empty cells out);
// - customers shape: a repeated customer id → the first row is kept, later ones rejected 'duplicateCustomer'.
// Blank lines and lines of only delimiters are not rows: they are skipped and only counted in a note.
import type {
	ColumnData,
	ColumnSpec,
	DatasetShape,
	RejectedRow,
	RejectReason,
	ValueType
} from '$lib/domain/columns';
import { isBlankRow, MONEY_ROLES } from '$lib/domain/columns';
import { parseNumber } from '$lib/domain/parse/numbers';
import {
	countCurrency,
	dominantCurrency,
	type CurrencyCounts,
	type GuessedCurrency
} from '$lib/domain/currency';
import { parseDate } from '$lib/domain/parse/dates';
import { parseBoolean } from '$lib/domain/parse/booleans';
import { DEFAULT_LINE_RULES, isTotalsRow, type LineRules } from '$lib/domain/line-rules';
import { LineMeaning, type LineCounts } from './line-meaning';
import { TotalsSums } from './totals-check';

export const CHUNK_SIZE = 50_000;
export const REJECT_CHUNK_SIZE = 10_000;
export const MAX_CELL_CHARS = 1024 * 1024;

/** Placeholders that spreadsheets and database exports write for "no value". */
const NULL_TOKENS = new Set(['', 'null', 'NULL', 'Null', '#N/A', 'N/A', 'n/a', '\\N', 'NaN']);

/** Hot path (every cell): rule out most cells by length and first character before hashing the string. */
function isMissing(s: string): boolean {
	const n = s.length;
	if (n === 0) return true;
	if (n > 4) return false;
	const c = s.charCodeAt(0);
	// n N # \
	if (c !== 110 && c !== 78 && c !== 35 && c !== 92) return false;
	return NULL_TOKENS.has(s);
}

// Storage kinds as small integers: the per-cell dispatch compares numbers, not type names.
const FLOAT = 0;
const BOOL = 1;
const CATEGORY = 2;
const TEXT = 3;
type Kind = typeof FLOAT | typeof BOOL | typeof CATEGORY | typeof TEXT;

function kindOf(type: ValueType): Kind {
	if (type === 'number' || type === 'date') return FLOAT;
	if (type === 'boolean') return BOOL;
	return type === 'category' ? CATEGORY : TEXT;
}

export interface BuiltChunk {
	index: number;
	length: number;
	columns: Record<string, ColumnData>;
}

export interface RejectChunk {
	index: number;
	length: number;
	rejected: RejectedRow[];
}

export interface ColumnStats {
	key: string;
	header: string;
	missing: number;
	invalid: number;
}

export interface BuildSummary {
	rowsRead: number;
	rowsImported: number;
	rowsRejected: number;
	byReason: Partial<Record<RejectReason, number>>;
	duplicateIds: number;
	customerCount: number;
	blankLines: number;
	raggedTolerated: number;
	columns: ColumnStats[];
	dictionaries: { column: string; values: string[] }[];
	chunkCount: number;
	rejectChunkCount: number;
	/** The currency most money cells named (¥88, $12.50, 88元); undefined when they show none. */
	currency: GuessedCurrency | undefined;
	/** Transactions: refunds and amount checks (see line-meaning.ts); absent for customer lists. */
	lines?: LineCounts;
}

export interface BuilderOptions {
	columns: readonly ColumnSpec[];
	shape: DatasetShape;
	/** Number of fields the header row has: the expected width of every row. */
	fieldCount: number;
	chunkSize?: number;
	rejectChunkSize?: number;
	/** Refund and derived-amount rules; defaults to DEFAULT_LINE_RULES. */
	lineRules?: LineRules;
	/** A sheet's rows end at their last non-empty cell: shorter rows are normal, not ragged. */
	shortRowsAreNormal?: boolean;
}

/** Roles whose values a shape cannot do without, with the reason used when they are empty or unreadable. */
const ESSENTIAL: Record<DatasetShape, Partial<Record<string, RejectReason>>> = {
	transactions: { orderDate: 'unparsableDate', amount: 'unparsableNumber' },
	customers: {}
};

interface Col {
	spec: ColumnSpec;
	type: ValueType;
	kind: Kind;
	isDate: boolean;
	source: number;
	essential: RejectReason | undefined;
	missing: number;
	invalid: number;
	dict?: Map<string, number>;
	dictValues?: string[];
	data: ColumnData;
}

function allocate(type: ValueType, size: number): ColumnData {
	if (type === 'number' || type === 'date') return new Float64Array(size);
	if (type === 'boolean') return new Int8Array(size);
	if (type === 'category') return new Int32Array(size);
	// Filled up front, so a row's store never grows the array; packed (not `new Array(size)`, whose holes
	// would make IndexedDB's structured clone write it as a sparse array, several times slower).
	return Array.from({ length: size }, () => '');
}

function cut(data: ColumnData, length: number): ColumnData {
	if (Array.isArray(data)) return data.length === length ? data : data.slice(0, length);
	// slice, not subarray: structured clone of a view would copy the whole underlying buffer.
	return data.length === length ? data : data.slice(0, length);
}

export class ColumnBuilder {
	private readonly cols: Col[];
	private readonly shape: DatasetShape;
	private readonly fieldCount: number;
	private readonly chunkSize: number;
	private readonly rejectChunkSize: number;
	private readonly idCol: Col | undefined;
	/** The id column's header, trimmed once: compared with every row's id cell (repeated header lines). */
	private readonly idHeader: string = '';
	/** Distinct customer ids among imported rows, when the id column is not a category (which has its own map). */
	private readonly idSet = new Set<string>();
	private readonly essentialCols: Col[];
	private readonly scratch: Float64Array;
	private readonly lines: LineMeaning | undefined;
	/** Index in essentialCols of the amount, whose stored value settle() signs. */
	private readonly amountIndex: number;
	private readonly shortRowsAreNormal: boolean;
	/** Running sums that prove a 合计/Total row (amount, quantity); `measure` is the current row's pair. */
	private readonly totals = new TotalsSums(2);
	private readonly measure = new Float64Array(2);
	/** The amount of the row being checked as written (before a refund is signed), NaN until parsed. */
	private rawAmount = NaN;
	private readonly amountSource: number | undefined;
	private readonly quantitySource: number | undefined;

	private fill = 0;
	private chunkIndex = 0;
	private rejectIndex = 0;
	private pendingChunks: BuiltChunk[] = [];
	private pendingRejects: RejectChunk[] = [];
	private rejectBuffer: RejectedRow[] = [];

	private read = 0;
	private imported = 0;
	private rejected = 0;
	private byReason: Partial<Record<RejectReason, number>> = {};
	private duplicateIds = 0;
	private blankLines = 0;
	private raggedTolerated = 0;
	private readonly currencyCounts: CurrencyCounts = {};

	constructor(options: BuilderOptions) {
		this.shape = options.shape;
		this.fieldCount = options.fieldCount;
		this.chunkSize = options.chunkSize ?? CHUNK_SIZE;
		this.rejectChunkSize = options.rejectChunkSize ?? REJECT_CHUNK_SIZE;
		const essential = ESSENTIAL[options.shape];
		this.cols = options.columns
			.filter((c) => c.role !== 'ignore')
			.map((spec) => {
				const reason = essential[spec.role];
				const needsType = reason === 'unparsableDate' ? 'date' : 'number';
				const col: Col = {
					spec,
					type: spec.type,
					kind: kindOf(spec.type),
					isDate: spec.type === 'date',
					source: spec.source,
					essential: reason && spec.type === needsType ? reason : undefined,
					missing: 0,
					invalid: 0,
					data: allocate(spec.type, this.chunkSize)
				};
				if (spec.type === 'category') {
					col.dict = new Map();
					col.dictValues = [];
				}
				return col;
			});
		this.idCol = this.cols.find((c) => c.spec.role === 'customerId');
		this.idHeader = this.idCol?.spec.header.trim() ?? '';
		this.essentialCols = this.cols.filter((c) => c.essential);
		this.scratch = new Float64Array(this.essentialCols.length);
		this.amountIndex = this.essentialCols.findIndex((c) => c.spec.role === 'amount');
		this.shortRowsAreNormal = options.shortRowsAreNormal ?? false;
		if (options.shape === 'transactions' && this.amountIndex >= 0)
			this.lines = new LineMeaning(
				this.cols.map((c) => c.spec),
				options.lineRules ?? DEFAULT_LINE_RULES
			);
		const numeric = (role: string) =>
			this.cols.find((c) => c.spec.role === role && c.spec.type === 'number' && !c.spec.derived)?.source;
		this.amountSource = numeric(options.shape === 'customers' ? 'monetary' : 'amount');
		this.quantitySource = this.lines ? numeric('quantity') : undefined;
	}

	/** Columns actually stored (role 'ignore' dropped). */
	get storedColumns(): ColumnSpec[] {
		return this.cols.map((c) => c.spec);
	}

	/** Adds one raw row; `line` is its 1-based record number in the source. */
	push(row: string[], line: number): void {
		if (row.length === 0 || (row[0].trim() === '' && isBlankRow(row))) {
			this.blankLines++;
			return;
		}
		this.read++;
		this.rawAmount = NaN;
		const reason = this.check(row);
		if (reason) {
			this.reject(row, line, reason[0], reason[1]);
			// A rejected row still counts in a sheet's own 合计 below it.
			if (reason[0] !== 'totalsRow' && reason[0] !== 'grandTotalRow') this.totals.add(this.cellMeasures(row));
		} else {
			if (this.lines && this.shape === 'transactions') {
				this.measure[0] = this.rawAmount;
				this.measure[1] = this.quantitySource === undefined ? NaN : this.lines.settledQuantity;
				this.totals.add(this.measure);
			} else this.totals.add(this.cellMeasures(row));
			// Counted only for imported rows, so the note never contradicts the rejections.
			if (row.length > this.fieldCount || (row.length < this.fieldCount && !this.shortRowsAreNormal))
				this.raggedTolerated++;
			this.accept(row);
		}
	}

	/** Returns why the row cannot be imported (reason, column header), or undefined when it can. */
	private check(row: string[]): [RejectReason, string?] | undefined {
		for (let i = 0; i < row.length; i++) {
			if (row[i].length > MAX_CELL_CHARS) return ['cellTooLarge', this.headerAt(i)];
		}
		if (row.length > this.fieldCount) {
			for (let i = this.fieldCount; i < row.length; i++) if (row[i].trim() !== '') return ['tooManyFields'];
		} else if (row.length < this.fieldCount && !this.shortRowsAreNormal) {
			if (this.idCol && this.idCol.spec.source >= row.length) return ['tooFewFields', this.idCol.spec.header];
		}
		const idCol = this.idCol;
		let id = '';
		if (idCol) {
			id = cellAt(row, idCol.spec.source);
			if (isTotalsRow(row, idCol.spec.source)) {
				const kind = this.totals.match(this.cellMeasures(row));
				if (kind) return [kind === 'section' ? 'totalsRow' : 'grandTotalRow', idCol.spec.header];
			}
			if (id.trim() === this.idHeader && this.isHeaderAgain(row)) return ['repeatedHeader'];
			if (isMissing(id)) {
				idCol.missing++;
				return ['missingCustomerId', idCol.spec.header];
			}
		}
		for (let e = 0; e < this.essentialCols.length; e++) {
			const col = this.essentialCols[e];
			if (col.spec.derived && this.lines) {
				const value = this.lines.derive(row);
				if (typeof value !== 'number') {
					if (value[0] === 'missingValue') col.missing++;
					else col.invalid++;
					return value;
				}
				this.scratch[e] = value;
				continue;
			}
			const raw = cellAt(row, col.spec.source);
			const value = isMissing(raw) ? NaN : this.parseFloatish(col, raw);
			if (Number.isNaN(value)) {
				// Empty is 'missing', not 'not a date': the reason agrees with the column table.
				if (isMissing(raw)) {
					col.missing++;
					return ['missingValue', col.spec.header];
				}
				col.invalid++;
				return [col.essential as RejectReason, col.spec.header];
			}
			this.scratch[e] = value;
		}
		if (this.shape === 'customers' && idCol && this.idSeen(idCol, id)) {
			this.duplicateIds++;
			return ['duplicateCustomer', idCol.spec.header];
		}
		if (this.lines) {
			this.rawAmount = this.scratch[this.amountIndex];
			const amount = this.lines.settle(row, this.rawAmount);
			if (typeof amount !== 'number') return amount;
			this.scratch[this.amountIndex] = amount;
		}
		return undefined;
	}

	/** Every stored column's cell is its own header: the header line repeated (pasted exports). Rare, so only
	 * checked once the id cell already equals the id header — one string compare per row on the hot path. */
	private isHeaderAgain(row: string[]): boolean {
		for (const c of this.cols)
			if (!c.spec.derived && cellAt(row, c.spec.source).trim() !== c.spec.header.trim()) return false;
		return true;
	}

	/** The row's amount (stated or derived; monetary for customer lists) and quantity, read from its cells. */
	private cellMeasures(row: string[]): Float64Array {
		const m = this.measure;
		m[0] = NaN;
		m[1] = NaN;
		if (this.lines?.derived) {
			const v = this.lines.derive(row);
			if (typeof v === 'number') m[0] = v;
		} else if (this.amountSource !== undefined) {
			const raw = cellAt(row, this.amountSource);
			if (!isMissing(raw)) m[0] = parseNumber(raw);
		}
		if (this.quantitySource !== undefined) {
			const raw = cellAt(row, this.quantitySource);
			if (!isMissing(raw)) m[1] = parseNumber(raw);
		}
		return m;
	}

	private headerAt(source: number): string | undefined {
		return this.cols.find((c) => c.spec.source === source)?.spec.header;
	}

	private idSeen(idCol: Col, id: string): boolean {
		return idCol.dict ? idCol.dict.has(id) : this.idSet.has(id);
	}

	private parseFloatish(col: Col, raw: string): number {
		if (col.isDate) return parseDate(raw, col.spec.dateOrder);
		// Money cells name their currency (¥88, $12.50, 88元): the dataset keeps the most frequent (#10).
		if (MONEY_ROLES.has(col.spec.role)) countCurrency(this.currencyCounts, raw);
		return parseNumber(raw);
	}

	private accept(row: string[]): void {
		const n = this.fill;
		let e = 0;
		for (let c = 0; c < this.cols.length; c++) {
			const col = this.cols[c];
			if (col.essential) {
				(col.data as Float64Array)[n] = this.scratch[e++];
				continue;
			}
			const raw = cellAt(row, col.source);
			const missing = isMissing(raw);
			if (missing) col.missing++;
			const kind = col.kind;
			if (kind === FLOAT) {
				const v = missing ? NaN : this.parseFloatish(col, raw);
				if (!missing && v !== v) col.invalid++;
				(col.data as Float64Array)[n] = v;
			} else if (kind === CATEGORY) {
				let code = -1;
				if (!missing) {
					const dict = col.dict as Map<string, number>;
					const known = dict.get(raw);
					if (known === undefined) {
						code = dict.size;
						const value = detach(raw);
						dict.set(value, code);
						(col.dictValues as string[]).push(value);
					} else code = known;
				}
				(col.data as Int32Array)[n] = code;
			} else if (kind === BOOL) {
				const v = missing ? -1 : parseBoolean(raw);
				if (!missing && v === -1) col.invalid++;
				(col.data as Int8Array)[n] = v;
			} else (col.data as string[])[n] = missing ? '' : raw;
		}
		if (this.idCol && !this.idCol.dict) {
			const id = cellAt(row, this.idCol.source);
			if (!this.idSet.has(id)) this.idSet.add(detach(id));
		}
		this.imported++;
		this.fill++;
		if (this.fill === this.chunkSize) this.flushChunk();
	}

	/** Adds a row the reader already knows is unusable (a stray quote, undecodable bytes): read and rejected. */
	pushRejected(row: string[], line: number, reason: RejectReason): void {
		if (isBlankRow(row)) {
			this.blankLines++;
			return;
		}
		this.read++;
		this.reject(row, line, reason);
	}

	private reject(row: string[], line: number, reason: RejectReason, column?: string): void {
		this.rejected++;
		this.byReason[reason] = (this.byReason[reason] ?? 0) + 1;
		// A cell over the cap is kept cut, so the rejected-rows download never carries it whole.
		const cells = reason === 'cellTooLarge' ? row.map(cutCell) : row;
		const record: RejectedRow = { line, reason, cells };
		if (column !== undefined) record.column = column;
		this.rejectBuffer.push(record);
		if (this.rejectBuffer.length === this.rejectChunkSize) this.flushRejects();
	}

	private flushChunk(): void {
		if (this.fill === 0) return;
		const columns: Record<string, ColumnData> = {};
		for (const col of this.cols) {
			columns[col.spec.key] = cut(col.data, this.fill);
			col.data = allocate(col.type, this.chunkSize);
		}
		this.pendingChunks.push({ index: this.chunkIndex++, length: this.fill, columns });
		this.fill = 0;
	}

	private flushRejects(): void {
		if (this.rejectBuffer.length === 0) return;
		const rejected = this.rejectBuffer;
		this.pendingRejects.push({ index: this.rejectIndex++, length: rejected.length, rejected });
		this.rejectBuffer = [];
	}

	/** True when full row or reject chunks wait to be taken. */
	get hasTakeable(): boolean {
		return this.pendingChunks.length > 0 || this.pendingRejects.length > 0;
	}

	/** Full chunks produced since the last call, ready to be written. */
	takeChunks(): BuiltChunk[] {
		const out = this.pendingChunks;
		this.pendingChunks = [];
		return out;
	}

	takeRejectChunks(): RejectChunk[] {
		const out = this.pendingRejects;
		this.pendingRejects = [];
		return out;
	}

	/** Flushes the partly filled chunks; call once after the last row, then take the chunks. */
	finish(): void {
		this.flushChunk();
		this.flushRejects();
	}

	summary(): BuildSummary {
		const idCol = this.idCol;
		return {
			rowsRead: this.read,
			rowsImported: this.imported,
			rowsRejected: this.rejected,
			byReason: { ...this.byReason },
			duplicateIds: this.duplicateIds,
			customerCount: idCol ? (idCol.dict ? idCol.dict.size : this.idSet.size) : 0,
			blankLines: this.blankLines,
			raggedTolerated: this.raggedTolerated,
			columns: this.cols.map((c) => ({
				key: c.spec.key,
				header: c.spec.header,
				missing: c.missing,
				invalid: c.invalid
			})),
			dictionaries: this.cols
				.filter((c) => c.dictValues)
				.map((c) => ({ column: c.spec.key, values: c.dictValues as string[] })),
			chunkCount: this.chunkIndex,
			rejectChunkCount: this.rejectIndex,
			currency: dominantCurrency(this.currencyCounts),
			...(this.lines
				? {
						lines: {
							refunds: this.lines.refunds,
							amountMismatches: this.lines.amountMismatches,
							amountChecked: this.lines.amountChecked
						}
					}
				: {})
		};
	}
}

/**
 * A copy of a dictionary value that does not point into the 4 MB block it was parsed from: V8 keeps longer
 * substrings as slices of their parent, and a dictionary lives for the whole import (a 500 MB file would stay
 * in memory). Done once per distinct value only.
 */
function detach(s: string): string {
	return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Characters of an oversized cell kept in its rejected row. */
export const CUT_CELL_CHARS = 1000;

function cutCell(cell: string): string {
	return cell.length > MAX_CELL_CHARS
		? `${cell.slice(0, CUT_CELL_CHARS)}… (${cell.length} characters)`
		: cell;
}

/** A line of only delimiters (`,,,,` — Excel's trailing empty rows) is blank, not a row. */

function cellAt(row: string[], source: number): string {
	const cell = row[source];
	if (cell === undefined) return '';
	// Trim only when an end is whitespace: most cells are clean and trim() is not free.
	const n = cell.length;
	if (n === 0 || (cell.charCodeAt(0) > 32 && cell.charCodeAt(n - 1) > 32)) return cell;
	return cell.trim();
}
