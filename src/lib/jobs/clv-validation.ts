// Worker side of the CLV check: reads a transaction dataset from the store and runs the calibration/holdout
// validation on it. Customer-level data (a summary file) has no purchase dates to split, so it says that instead.
import type { StrataDb } from '$lib/storage/db';
import { getDataset, readColumns, readDictionaries } from '$lib/storage/datasets';
import { deleteDefinition, getDefinition, putDefinition } from '$lib/storage/definitions';
import { validateClv, type ClvValidation, type ValidationOptions } from '$lib/domain/clv/validation';
import type { TransactionColumns } from '$lib/domain/transactions';
import { columnKeysFor, prepareInput } from '$lib/domain/analysis-input';
import type { MessageRef } from '$lib/domain/tiering-types';

/** The calibration end the user picked on /clv, kept per dataset (a definition of its own kind, so changing it
 * never invalidates the stored tiering). */
export const CLV_CHECK_KIND = 'clvCheck';
interface SavedClvCheck {
	calibrationEnd: number;
}

let cached: { datasetId: string; rowCount: number; tx: TransactionColumns; customers: number } | undefined;

export async function runClvValidation(
	db: StrataDb,
	datasetId: string,
	options: ValidationOptions
): Promise<ClvValidation | { error: MessageRef }> {
	const dataset = await getDataset(db, datasetId);
	if (!dataset || dataset.status !== 'committed') return { error: { key: 'views.error.noDataset' } };
	// A buy-till-you-die summary has the models fitted (Overview) but no dated purchases to hold out.
	if (dataset.shape !== 'transactions' && dataset.columns.some((c) => c.role === 'customerAge'))
		return { error: { key: 'clv.error.summaryNoHoldout' } };
	if (dataset.shape !== 'transactions') return { error: { key: 'clv.error.needsTransactions' } };
	if (cached?.datasetId !== datasetId || cached.rowCount !== dataset.rowCount) {
		const cols = await readColumns(db, datasetId, columnKeysFor(dataset));
		const prepared = prepareInput(dataset, cols, await readDictionaries(db, datasetId));
		if ('error' in prepared) return prepared;
		if (prepared.input.shape !== 'transactions') return { error: { key: 'clv.error.needsTransactions' } };
		cached = {
			datasetId,
			rowCount: dataset.rowCount,
			tx: prepared.input.tx,
			customers: prepared.input.customerCount
		};
	}
	const calibrationEnd = await rememberCalibrationEnd(db, datasetId, options.calibrationEnd);
	const result = validateClv(cached.tx, cached.customers, { ...options, calibrationEnd });
	if ('error' in result) return { error: { key: result.error } };
	return result;
}

/** A number is the user's new pick (saved), null resets to the default (forgotten), undefined uses the saved one. */
async function rememberCalibrationEnd(
	db: StrataDb,
	datasetId: string,
	asked: number | null | undefined
): Promise<number | undefined> {
	if (asked === null) {
		await deleteDefinition(db, datasetId, CLV_CHECK_KIND);
		return undefined;
	}
	if (asked === undefined)
		return (await getDefinition<SavedClvCheck>(db, datasetId, CLV_CHECK_KIND))?.calibrationEnd;
	await putDefinition<SavedClvCheck>(db, datasetId, CLV_CHECK_KIND, { calibrationEnd: asked });
	return asked;
}
