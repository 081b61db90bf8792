// Per-customer churn scores (results kind 'churn'), the one place other features read churn risk from. Bands
// follow the early-warning policy (high ≥ threshold, medium ≥ threshold / 2, low below; −1 = not scored).
import type { ColumnData } from '$lib/domain/columns';
import { riskBand } from '$lib/domain/early-warning';
import type { StrataDb } from './db';
import { getResult, putResult, putResultRecord } from './results';

export const CHURN_KIND = 'churn';

/** Stored band codes: 2 = high, 1 = medium, 0 = low, −1 = not scored. */
export const BAND_HIGH = 2;
export const BAND_MEDIUM = 1;
export const BAND_LOW = 0;
export const BAND_NONE = -1;

export interface ChurnScores {
	/** Index = customer code; NaN for customers the model did not score. */
	probability: Float64Array;
	band: Int8Array;
	threshold: number;
	trainedAt: number;
}

/** What every stored churn result's meta holds at least; the churn page keeps more beside it. */
export interface ChurnMetaBase {
	threshold: number;
	trainedAt: number;
}

export function churnBandCodes(probability: ArrayLike<number>, threshold: number): Int8Array {
	const band = new Int8Array(probability.length);
	for (let i = 0; i < probability.length; i++) {
		const p = probability[i];
		band[i] = Number.isFinite(p) ? BAND_HIGH - riskBand(p, threshold) : BAND_NONE;
	}
	return band;
}

function readMeta(meta: unknown): ChurnMetaBase | undefined {
	if (!meta || typeof meta !== 'object') return undefined;
	const m = meta as Partial<ChurnMetaBase>;
	return typeof m.threshold === 'number' && typeof m.trainedAt === 'number'
		? { threshold: m.threshold, trainedAt: m.trainedAt }
		: undefined;
}

export async function getChurnScores(db: StrataDb, datasetId: string): Promise<ChurnScores | undefined> {
	const found = await getResult(db, datasetId, CHURN_KIND);
	const meta = readMeta(found?.meta);
	const probability = found?.columns?.probability;
	const band = found?.columns?.band;
	if (!meta || !(probability instanceof Float64Array) || !(band instanceof Int8Array)) return undefined;
	if (band.length !== probability.length) return undefined;
	return { probability, band, threshold: meta.threshold, trainedAt: meta.trainedAt };
}

/** Stores a churn scoring; the band column is computed here so it always matches the threshold. */
export async function putChurnScores<M extends ChurnMetaBase>(
	db: StrataDb,
	datasetId: string,
	record: { probability: Float64Array; inputHash: string; meta: M; extra?: Record<string, ColumnData> }
): Promise<void> {
	await putResult(
		db,
		{
			datasetId,
			kind: CHURN_KIND,
			inputHash: record.inputHash,
			columns: {
				...record.extra,
				probability: record.probability,
				band: churnBandCodes(record.probability, record.meta.threshold)
			},
			meta: record.meta
		},
		record.meta.trainedAt
	);
}

/** Moves the stored threshold and re-bands every customer in one transaction; false when nothing is stored. */
export async function setChurnThreshold(
	db: StrataDb,
	datasetId: string,
	threshold: number
): Promise<boolean> {
	return db.transaction('rw', db.results, async () => {
		const found = await getResult(db, datasetId, CHURN_KIND);
		const probability = found?.columns?.probability;
		if (!found || !readMeta(found.meta) || !(probability instanceof Float64Array)) return false;
		if ((found.meta as ChurnMetaBase).threshold === threshold) return true;
		await putResultRecord(db, {
			...found,
			columns: { ...found.columns, band: churnBandCodes(probability, threshold) },
			meta: { ...(found.meta as object), threshold }
		});
		return true;
	});
}
