// Loads what every ML job starts from: the dataset's columns, the engine input (reusing the tiering mapping),
// and per-customer indicators — from the stored tiering result when present, else computed here.
import type { MessageRef } from '$lib/domain/tiering-types';
import { prepareInput, type PreparedInput } from '$lib/domain/analysis-input';
import type { ColumnData } from '$lib/domain/columns';
import { computeIndicators } from '$lib/domain/indicators';
import { indicatorsFromCustomerTable } from '$lib/domain/customer-indicators';
import type { DatasetRecord, StrataDb } from '$lib/storage/db';
import { getDataset, readColumns, readDictionaries } from '$lib/storage/datasets';
import { getResult } from '$lib/storage/results';

/** The stored tiering columns (`n.<key>`) the ML jobs start from; other indicators are not needed there. */
const ML_INDICATOR_KEYS = [
	'recencyDays',
	'frequency',
	'monetary',
	'averageOrderValue',
	'tenureDays',
	'trend',
	'valueScore',
	'predictedClv',
	'historicalClv'
] as const;

export interface CustomerBase {
	dataset: DatasetRecord;
	cols: Record<string, ColumnData>;
	dicts: Record<string, string[]>;
	prepared: PreparedInput;
	/** Customers (index = customer code). */
	n: number;
	indicators: Record<string, Float64Array>;
	/** Value tier per customer (0 = top, −1 = unassigned) when the tiering result exists. */
	tier?: Int32Array;
}

export async function loadCustomerBase(
	db: StrataDb,
	datasetId: string
): Promise<CustomerBase | { error: MessageRef }> {
	const dataset = await getDataset(db, datasetId);
	if (!dataset || dataset.status !== 'committed') return { error: { key: 'views.error.noDataset' } };
	const cols = await readColumns(
		db,
		datasetId,
		dataset.columns.map((c) => c.key)
	);
	const dicts = await readDictionaries(db, datasetId);
	const prepared = prepareInput(dataset, cols, dicts);
	if ('error' in prepared) return prepared;
	const n = prepared.ids.length;
	const indicators: Record<string, Float64Array> = {};
	let tier: Int32Array | undefined;
	const stored = await getResult(db, datasetId, 'tiering');
	const sc = stored?.columns;
	if (sc && sc.tier instanceof Int32Array && sc.tier.length === n) {
		tier = sc.tier;
		for (const key of ML_INDICATOR_KEYS) {
			const v = sc[`n.${key}`];
			if (v instanceof Float64Array && v.length === n) indicators[key] = v;
		}
	}
	if (!indicators.frequency) {
		const ind =
			prepared.input.shape === 'transactions'
				? computeIndicators(prepared.input.tx, n)
				: indicatorsFromCustomerTable(prepared.input.columns, n, { tenureUnit: prepared.input.tenureUnit });
		for (const key of [
			'recencyDays',
			'frequency',
			'monetary',
			'averageOrderValue',
			'tenureDays',
			'trend'
		] as const)
			indicators[key] = ind[key];
	}
	return { dataset, cols, dicts, prepared, n, indicators, tier };
}

/** Customer value for ordering and the default "value of a saved customer": CLV, else spend. */
export function customerValue(base: CustomerBase): Float64Array {
	const i = base.indicators;
	return i.predictedClv ?? i.historicalClv ?? i.monetary ?? new Float64Array(base.n).fill(NaN);
}

export function finiteMean(values: ArrayLike<number>): number {
	let s = 0;
	let c = 0;
	for (let k = 0; k < values.length; k++)
		if (Number.isFinite(values[k])) {
			s += values[k];
			c++;
		}
	return c ? s / c : NaN;
}
