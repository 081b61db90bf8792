// How one tiering result is laid out in the `results` table: a flat record of typed-array columns plus the
// view model as meta, and the hash that says which data and definitions produced it.
import type { AnalysisResult } from '$lib/domain/analysis';
import type { ColumnData } from '$lib/domain/columns';
import type { CustomerTable, TieringDefinitions, TieringView } from '$lib/domain/tiering-types';
import { measureValues } from '$lib/domain/tiering-view';

export const RESULT_KIND = 'tiering';
export const DEFINITION_KIND = 'tiering';
/** Bump when the engine's output for the same input changes, so stored results are recomputed. */
export const ENGINE_VERSION = 4; // 2: CLV outlook columns (issue #14); 3: predicted CLV from the chosen model; 4: CLV parameters in the view (SQL export, #15)

/** JSON with sorted keys, so equal definitions always hash equally. */
export function stableStringify(value: unknown): string {
	if (value === undefined) return 'null';
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** FNV-1a (32-bit, hex): a fingerprint for cache keys, not for security. */
export function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** The part of the definitions that changes the computation (the segment scheme is a view choice). */
export function engineDefinitions(defs: TieringDefinitions): Omit<TieringDefinitions, 'scheme'> {
	const { scheme: _scheme, ...engine } = defs;
	void _scheme;
	return engine;
}

export function inputHash(dataset: { id: string; rowCount: number }, defs: TieringDefinitions): string {
	return fnv1a(
		stableStringify({
			v: ENGINE_VERSION,
			id: dataset.id,
			rows: dataset.rowCount,
			defs: engineDefinitions(defs)
		})
	);
}

/** The per-customer indicators kept with a tiering result (and shown on a customer's page, in this order). */
export const INDICATOR_KEYS = [
	'recencyDays',
	'frequency',
	'monetary',
	'averageOrderValue',
	'tenureDays',
	'meanIntervalDays',
	'intervalRegularity',
	'trend',
	'revenueShare',
	'refundAmount',
	'refundCount',
	'distinctProducts',
	'distinctCategories',
	'margin'
] as const;

export interface StoredTiering {
	view: TieringView;
	table: CustomerTable;
	/** Float columns by name: indicators, valueScore, historicalClv, predictedClv, probabilityAlive, measure. */
	numbers: Record<string, Float64Array>;
	r: Uint8Array;
	f: Uint8Array;
	m: Uint8Array;
}

export function fromResult(result: AnalysisResult, view: TieringView, table: CustomerTable): StoredTiering {
	const numbers: Record<string, Float64Array> = {
		valueScore: result.value.score,
		historicalClv: result.historicalClv,
		measure: measureValues(result, view.tierMeasure)
	};
	if (result.clv?.predicted) numbers.predictedClv = result.clv.predicted;
	if (result.clv?.probabilityAlive) numbers.probabilityAlive = result.clv.probabilityAlive;
	// Issue #14: each customer's outlook (expected30 … spendTier), read by the customer page and the Look-up.
	if (result.clv?.outlook) Object.assign(numbers, result.clv.outlook);
	for (const key of INDICATOR_KEYS) {
		const col = result.indicators[key];
		if (col) numbers[key] = col;
	}
	return { view, table, numbers, r: result.rfm.r, f: result.rfm.f, m: result.rfm.m };
}

/** Small codes (< 128) are stored as Int8Array, the narrowest column type the store declares. */
const narrow = (codes: Uint8Array) => Int8Array.from(codes);
const widen = (data: ColumnData | undefined) =>
	data instanceof Int8Array ? Uint8Array.from(data) : new Uint8Array(0);

export function toColumns(s: StoredTiering): Record<string, ColumnData> {
	const cols: Record<string, ColumnData> = {
		ids: s.table.ids,
		tier: s.table.tier,
		segment: narrow(s.table.segment),
		eightClass: narrow(s.table.eightClass),
		lifecycle: narrow(s.table.lifecycle),
		r: narrow(s.r),
		f: narrow(s.f),
		m: narrow(s.m)
	};
	if (s.table.names) cols.names = s.table.names;
	if (s.table.phones) cols.phones = s.table.phones;
	for (const [k, v] of Object.entries(s.numbers)) cols[`n.${k}`] = v;
	return cols;
}

export function fromColumns(cols: Record<string, ColumnData>, view: TieringView): StoredTiering {
	const numbers: Record<string, Float64Array> = {};
	for (const [k, v] of Object.entries(cols))
		if (k.startsWith('n.') && v instanceof Float64Array) numbers[k.slice(2)] = v;
	const n = (cols.tier as Int32Array).length;
	const nan = () => new Float64Array(n).fill(NaN);
	const table: CustomerTable = {
		ids: cols.ids as string[],
		names: cols.names as string[] | undefined,
		phones: cols.phones as string[] | undefined,
		tier: cols.tier as Int32Array,
		segment: widen(cols.segment),
		eightClass: widen(cols.eightClass),
		lifecycle: widen(cols.lifecycle),
		valueScore: numbers.valueScore ?? nan(),
		recencyDays: numbers.recencyDays ?? nan(),
		frequency: numbers.frequency ?? nan(),
		monetary: numbers.monetary ?? nan(),
		clv: numbers.predictedClv ?? numbers.historicalClv ?? nan()
	};
	return { view, table, numbers, r: widen(cols.r), f: widen(cols.f), m: widen(cols.m) };
}
