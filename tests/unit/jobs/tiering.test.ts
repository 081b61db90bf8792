import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisSession } from '$lib/jobs/tiering';
import { inputHash, stableStringify } from '$lib/domain/tiering-record';
import { StrataDb } from '$lib/storage/db';
import { appendRowChunk, commitDataset, createDataset, writeDictionaries } from '$lib/storage/datasets';
import { getDefinition } from '$lib/storage/definitions';

const DAY = 86_400_000;
let db: StrataDb;
let n = 0;
let datasetId: string;

beforeEach(async () => {
	db = new StrataDb(`session-test-${n++}`);
	await db.open();
	datasetId = await createDataset(db, {
		name: 'orders',
		shape: 'transactions',
		contentHash: 'x',
		source: { fileName: 'o.csv', size: 1, kind: 'csv' },
		columns: [
			{ key: 'c0', header: 'id', source: 0, role: 'customerId', type: 'category' },
			{ key: 'c1', header: 'date', source: 1, role: 'orderDate', type: 'date' },
			{ key: 'c2', header: 'amount', source: 2, role: 'amount', type: 'number' }
		]
	});
	// Two chunks, so the session must join them in order. A: 100 + 100; B: 50; C: 400; D: 10.
	await appendRowChunk(db, datasetId, 0, 3, {
		c0: Int32Array.from([0, 0, 1]),
		c1: Float64Array.from([0, 10 * DAY, 5 * DAY]),
		c2: Float64Array.from([100, 100, 50])
	});
	await appendRowChunk(db, datasetId, 1, 2, {
		c0: Int32Array.from([2, 3]),
		c1: Float64Array.from([20 * DAY, 20 * DAY]),
		c2: Float64Array.from([400, 10])
	});
	await writeDictionaries(db, datasetId, [{ column: 'c0', values: ['A', 'B', 'C', 'D'] }]);
	await commitDataset(db, datasetId, { rowCount: 5, customerCount: 4, chunkCount: 2 });
});
afterEach(async () => {
	await db.delete();
});

const cutoffs = {
	tierMeasure: 'monetary' as const,
	tiering: { method: 'cutoffs' as const, tiers: [{ id: 'gold' }, { id: 'regular' }], cutoffs: [150] }
};

describe('AnalysisSession', () => {
	it('analyses a stored dataset: customers, revenue and ids come from its chunks and dictionary', async () => {
		const out = await new AnalysisSession(db).analyse(datasetId, undefined, () => {});
		if ('error' in out) throw new Error(out.error.key);
		expect(out.fromCache).toBe(false);
		expect(out.stored.view.kpis.customers).toBe(4);
		expect(out.stored.view.kpis.revenue).toBe(660);
		expect(out.stored.table.ids).toEqual(['A', 'B', 'C', 'D']);
		expect(Array.from(out.stored.table.monetary)).toEqual([200, 50, 400, 10]);
	});

	it("keeps the last analysis's number columns for the page to ask for (the `numbers` call), per dataset", async () => {
		const session = new AnalysisSession(db);
		expect(session.cached(datasetId)).toBeUndefined();
		const out = await session.analyse(datasetId, undefined, () => {});
		if ('error' in out) throw new Error(out.error.key);
		const cached = session.cached(datasetId);
		expect(cached).toBe(out.stored);
		expect(Array.from(cached?.numbers.monetary ?? [])).toEqual([200, 50, 400, 10]);
		expect(cached?.numbers.frequency).toHaveLength(4);
		expect(session.cached('another-dataset')).toBeUndefined();
	});

	it('looks back from a chosen analysis date: later lines are left out and recency counts from that day', async () => {
		const out = await new AnalysisSession(db).analyse(datasetId, { analysisDate: 6 * DAY }, () => {});
		if ('error' in out) throw new Error(out.error.key);
		// On day 6 only A's first order (day 0, 100) and B's (day 5, 50) have happened.
		expect(out.stored.view.analysisDate).toBe(6 * DAY);
		expect(out.stored.view.kpis.revenue).toBe(150);
		expect(Array.from(out.stored.table.monetary)).toEqual([100, 50, 0, 0]);
		expect(Array.from(out.stored.table.recencyDays.slice(0, 2))).toEqual([6, 1]);
	});

	it('keeps a snapshot of the first analysis of a dataset, and only of the first', async () => {
		const session = new AnalysisSession(db);
		const first = await session.analyse(datasetId, undefined, () => {});
		if ('error' in first) throw new Error(first.error.key);
		const snaps = await db.snapshots.where('datasetId').equals(datasetId).toArray();
		expect(snaps).toHaveLength(1);
		expect(snaps[0].analysisDate).toBe(20 * DAY);
		expect(snaps[0].columns?.ids).toEqual(['A', 'B', 'C', 'D']);
		await session.analyse(datasetId, cutoffs, () => {});
		expect(await db.snapshots.where('datasetId').equals(datasetId).count()).toBe(1);
	});

	it('reuses the stored result in a new session when nothing changed, and recomputes after a definition change', async () => {
		await new AnalysisSession(db).analyse(datasetId, undefined, () => {});
		const again = await new AnalysisSession(db).analyse(datasetId, undefined, () => {});
		if ('error' in again) throw new Error(again.error.key);
		expect(again.fromCache).toBe(true);
		expect(again.stored.table.ids).toEqual(['A', 'B', 'C', 'D']);
		const changed = await new AnalysisSession(db).analyse(datasetId, cutoffs, () => {});
		if ('error' in changed) throw new Error(changed.error.key);
		expect(changed.fromCache).toBe(false);
		// Monetary ≥ 150 → gold: A (200) and C (400).
		expect(Array.from(changed.stored.table.tier)).toEqual([0, 1, 0, 1]);
		expect(await getDefinition(db, datasetId, 'tiering')).toEqual(cutoffs);
	});

	it('previews tier counts for a definition being edited without storing it', async () => {
		const session = new AnalysisSession(db);
		await session.analyse(datasetId, cutoffs, () => {});
		const preview = session.previewTiers(
			{ method: 'cutoffs', tiers: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], cutoffs: [300, 40] },
			'monetary'
		);
		// ≥ 300: C; ≥ 40: A, B; rest: D.
		expect(preview).toEqual({ counts: [1, 2, 1], unassigned: 0, errors: [] });
		const bad = session.previewTiers({
			method: 'cutoffs',
			tiers: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
			cutoffs: [40, 300]
		});
		expect('errors' in bad && bad.errors.map((e) => e.key)).toEqual(['tiering.validation.unsorted']);
	});

	it("returns a customer's purchase lines in date order", async () => {
		const session = new AnalysisSession(db);
		const detail = await session.customer(datasetId, 0);
		if ('error' in detail) throw new Error(detail.error.key);
		expect(detail.id).toBe('A');
		expect(Array.from(detail.history.date)).toEqual([0, 10 * DAY]);
		expect(Array.from(detail.history.amount)).toEqual([100, 100]);
		expect(detail.indicators.frequency).toBe(2);
	});
});

describe('input hash', () => {
	it('ignores key order and the segment scheme, but not the definitions themselves', () => {
		const ds = { id: 'd', rowCount: 5 };
		expect(stableStringify({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
		expect(inputHash(ds, { scheme: 'eightClass' })).toBe(inputHash(ds, {}));
		expect(inputHash(ds, cutoffs)).not.toBe(inputHash(ds, {}));
		expect(inputHash({ id: 'd', rowCount: 6 }, {})).not.toBe(inputHash(ds, {}));
	});
});
