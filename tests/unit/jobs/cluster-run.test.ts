// The clustering job end to end on a fake store: two groups of customers far apart in spend, K = 2 on the
// plain typed-array k-means (TF.js on its cpu backend), the result stored for an instant reopen.
import 'fake-indexeddb/auto';
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StrataDb } from '$lib/storage/db';
import { getResult } from '$lib/storage/results';
import { CLUSTER_KIND, SCAN_KIND, clusterOptions, runClusters, runScan } from '$lib/jobs/cluster-run';
import { D0, DAY, freshDb, spec, store } from './fixture';

let db: StrataDb;
beforeAll(async () => {
	await tf.setBackend('cpu');
});
beforeEach(async () => {
	db = await freshDb();
});
afterEach(async () => {
	await db.delete();
});

/** 24 customers with one order each: the first 12 spend 10–21, the other 12 spend 1,000–1,011. */
async function twoGroups(): Promise<string> {
	const n = 24;
	const ids = Array.from({ length: n }, (_, i) => `K${i}`);
	return store(
		db,
		'transactions',
		[
			spec('c0', 'customer', 'customerId', 'category', 0),
			spec('c1', 'date', 'orderDate', 'date', 1),
			spec('c2', 'amount', 'amount', 'number', 2)
		],
		{
			c0: Int32Array.from({ length: n }, (_, i) => i),
			c1: Float64Array.from({ length: n }, (_, i) => D0 + i * DAY),
			c2: Float64Array.from({ length: n }, (_, i) => (i < 12 ? 10 + i : 1000 + i - 12))
		},
		{ c0: ids },
		n
	);
}

const MONETARY = [{ key: 'monetary', log: true }];
const signal = { aborted: false };

describe('runClusters', () => {
	it('splits the two spend groups into two clusters of 12, reports its phases and stores the labels', async () => {
		const id = await twoGroups();
		const phases: string[] = [];
		const out = await runClusters(db, id, MONETARY, 2, (phase) => phases.push(phase), signal);
		if ('error' in out) throw new Error(out.error.key);
		expect(out.k).toBe(2);
		expect(out.customers).toBe(24);
		expect(out.profiles.map((p) => p.size).sort()).toEqual([12, 12]);
		expect(out.backend).toBe('cpu');
		// The low group's mean spend is 15.5 and the high group's 1,005.5, by hand.
		const means = out.profiles.map((p) => p.means[0]).sort((a, b) => a - b);
		expect(means[0]).toBeCloseTo(15.5, 9);
		expect(means[1]).toBeCloseTo(1005.5, 9);
		expect(out.silhouette).toBeGreaterThan(0.9);
		expect(phases).toEqual(['load', 'cluster', 'explain', 'store']);
		const stored = await getResult(db, id, CLUSTER_KIND);
		const labels = stored?.columns?.labels as Int32Array;
		expect(labels).toHaveLength(24);
		// Every customer of a group shares its group's label, and the two labels differ.
		expect(new Set(labels.subarray(0, 12)).size).toBe(1);
		expect(new Set(labels.subarray(12)).size).toBe(1);
		expect(labels[0]).not.toBe(labels[12]);
	});

	it('is reopened from the store by clusterOptions while the data and features are unchanged', async () => {
		const id = await twoGroups();
		const out = await runClusters(db, id, MONETARY, 2, () => {}, signal);
		if ('error' in out) throw new Error(out.error.key);
		const options = await clusterOptions(db, id);
		if ('error' in options) throw new Error(options.error.key);
		expect(options.customers).toBe(24);
		expect(options.result?.hash).toBe(out.hash);
		expect(options.result?.k).toBe(2);
		expect(Array.from(options.result?.pca.labels ?? [])).toEqual(Array.from(out.pca.labels));
	});

	it('refuses K at or above the number of customers, an unknown feature, and a cancelled run', async () => {
		const id = await twoGroups();
		expect(await runClusters(db, id, MONETARY, 24, () => {}, signal)).toEqual({
			error: { key: 'ml.error.tooFewRows' }
		});
		expect(await runClusters(db, id, [{ key: 'shoeSize', log: false }], 2, () => {}, signal)).toEqual({
			error: { key: 'mlv.error.unknownFeature', params: { feature: 'shoeSize' } }
		});
		expect(await runClusters(db, id, MONETARY, 2, () => {}, { aborted: true })).toEqual({
			error: { key: 'ml.error.cancelled' }
		});
		expect(await runClusters(db, 'no-such-dataset', MONETARY, 2, () => {}, signal)).toEqual({
			error: { key: 'views.error.noDataset' }
		});
	});
});

describe('runScan', () => {
	it('scans K and stores the scan, whose inertia falls as K grows', async () => {
		const id = await twoGroups();
		const out = await runScan(db, id, MONETARY, () => {}, signal);
		if ('error' in out) throw new Error(out.error.key);
		expect(out.ks[0]).toBe(2);
		expect(out.fitRows).toBe(24);
		for (let i = 1; i < out.inertias.length; i++)
			expect(out.inertias[i]).toBeLessThanOrEqual(out.inertias[i - 1] + 1e-9);
		expect(out.suggestion.k).toBe(2);
		expect(out.suggestion.reasonKey).toBe('cluster.k.silhouette');
		expect((await getResult(db, id, SCAN_KIND))?.meta).toEqual(out);
	});
});
