import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StrataDb } from '$lib/storage/db';
import { loadCustomerBase, type CustomerBase } from '$lib/jobs/customer-base';
import { buildChurnData, checkTrainable, type ChurnData } from '$lib/jobs/churn-data';
import { customerDataset, D0, DAY, freshDb, orderDataset } from './fixture';

let db: StrataDb;
beforeEach(async () => {
	db = await freshDb();
});
afterEach(async () => {
	await db.delete();
});

async function base(id: string): Promise<CustomerBase> {
	const b = await loadCustomerBase(db, id);
	if ('error' in b) throw new Error(b.error.key);
	return b;
}

function ok(d: ChurnData | { error: unknown }): ChurnData {
	if ('error' in d) throw new Error(JSON.stringify(d.error));
	return d;
}

describe('churn inputs from a mapped churn column', () => {
	it('labels each customer 1/0 from the column and −1 where it is missing', async () => {
		const data = ok(buildChurnData(await base(await customerDataset(db)), { kind: 'column' }));
		expect(Array.from(data.label)).toEqual([1, 0, 1, 0, 1, -1]);
		expect(data.summary).toMatchObject({ positives: 3, negatives: 2, unknown: 1, labelled: 5 });
		expect(data.labelSource).toBe('churned');
	});

	it('turns numbers, categories and dates into features and leaves id, name and the label out with reasons', async () => {
		const data = ok(buildChurnData(await base(await customerDataset(db)), { kind: 'column' }));
		expect(data.columns.map((c) => `${c.name}:${c.kind}`)).toEqual([
			'monthly charge:numeric',
			'plan:categorical',
			'signed up:numeric'
		]);
		expect(data.notFeatures).toEqual([
			{ column: 'id', reason: 'identifier' },
			{ column: 'name', reason: 'identifier' },
			{ column: 'churned', reason: 'label' }
		]);
		const plan = data.columns[1].values as ArrayLike<string | null>;
		expect(Array.from(plan)).toEqual(['monthly', 'yearly', 'monthly', 'yearly', 'monthly', null]);
		// Sign-up dates become days before the latest one (D0): 0, 10, 2, 30, 0, 5.
		expect(Array.from(data.columns[2].values as ArrayLike<number>)).toEqual([0, 10, 2, 30, 0, 5]);
		// The missing charge stays NaN here: the pipeline imputes it, so NaN never reaches the model.
		expect(Number.isNaN((data.columns[0].values as ArrayLike<number>)[5])).toBe(true);
	});

	it('scores every customer row, one row per customer code', async () => {
		const data = ok(buildChurnData(await base(await customerDataset(db)), { kind: 'column' }));
		expect(Array.from(data.scoringCustomer)).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('reports a dataset without a churn column instead of training', async () => {
		const data = buildChurnData(await base(await orderDataset(db)), { kind: 'column' });
		expect(data).toEqual({ error: { key: 'mlv.error.noChurnColumn' } });
	});
});

describe('churn inputs from a time split on order lines', () => {
	const cutoff = D0 + 100 * DAY;

	it('keeps customers who bought by the cutoff and calls no purchase in the next 50 days churn', async () => {
		const data = ok(
			buildChurnData(await base(await orderDataset(db)), { kind: 'timeSplit', cutoff, horizonDays: 50 })
		);
		expect(Array.from(data.rowCustomer)).toEqual([0, 1]);
		// X bought on day 120 (inside (100, 150]) → stayed; Y bought nothing after day 80 → churned.
		expect(Array.from(data.label)).toEqual([0, 1]);
	});

	it('builds features only from purchases on or before the cutoff (no leakage of the day-120 order)', async () => {
		const data = ok(
			buildChurnData(await base(await orderDataset(db)), { kind: 'timeSplit', cutoff, horizonDays: 50 })
		);
		const col = (name: string) =>
			Array.from(data.columns.find((c) => c.name === name)?.values as ArrayLike<number>);
		expect(col('monetary')).toEqual([400, 100]);
		expect(col('frequency')).toEqual([2, 2]);
		expect(col('recencyDays')).toEqual([10, 20]);
		expect(col('tenureDays')).toEqual([90, 50]);
		expect(col('averageOrderValue')).toEqual([200, 50]);
	});

	it('scores every customer on features as of the last order date (day 200)', async () => {
		const data = ok(
			buildChurnData(await base(await orderDataset(db)), { kind: 'timeSplit', cutoff, horizonDays: 50 })
		);
		expect(Array.from(data.scoringCustomer)).toEqual([0, 1, 2]);
		const monetary = data.scoring.find((c) => c.name === 'monetary')?.values as ArrayLike<number>;
		expect(Array.from(monetary)).toEqual([1400, 100, 12]);
		const recency = data.scoring.find((c) => c.name === 'recencyDays')?.values as ArrayLike<number>;
		expect(Array.from(recency)).toEqual([80, 120, 0]);
	});

	it('refuses a window that runs past the end of the data', async () => {
		const data = buildChurnData(await base(await orderDataset(db)), {
			kind: 'timeSplit',
			cutoff: D0 + 180 * DAY,
			horizonDays: 50
		});
		expect(data).toEqual({ error: { key: 'ml.error.horizonBeyondData', params: { needed: '2024-08-18' } } });
	});
});

describe('refusing data a model cannot learn from', () => {
	it('refuses fewer than 50 labelled customers', () => {
		expect(
			checkTrainable({
				labelled: 49,
				positives: 20,
				negatives: 29,
				unknown: 0,
				baseRate: 20 / 49,
				imbalanceRatio: 29 / 20
			})?.key
		).toBe('mlv.error.tooFewLabelled');
	});

	it('refuses labels that are all one class', () => {
		expect(
			checkTrainable({
				labelled: 100,
				positives: 0,
				negatives: 100,
				unknown: 0,
				baseRate: 0,
				imbalanceRatio: Infinity
			})?.key
		).toBe('mlv.error.singleClass');
	});

	it('accepts 50 labelled customers with both classes', () => {
		expect(
			checkTrainable({
				labelled: 50,
				positives: 10,
				negatives: 40,
				unknown: 0,
				baseRate: 0.2,
				imbalanceRatio: 4
			})
		).toBeUndefined();
	});
});
