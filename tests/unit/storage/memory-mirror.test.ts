// In-memory mode: the page's memory database and a worker's replica stay equal through the mirror
// (memory-mirror.ts). Two databases on two separate fake IndexedDB factories stand in for the two threads.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import {
	ApplyQueue,
	applyOps,
	dumpTables,
	loadTables,
	mirrorMiddleware,
	type MirrorOp
} from '$lib/storage/memory-mirror';
import { deleteDataset } from '$lib/storage/datasets';
import { putDefinition } from '$lib/storage/definitions';
import { fillWorkspace } from '../backup/workspace-fixture';

const opened: StrataDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

/** A page and a worker replica wired together the way memory-peers.ts wires them, minus postMessage. */
async function pair() {
	const pageQueue = new ApplyQueue();
	const workerQueue = new ApplyQueue();
	const sentByWorker: MirrorOp[][] = [];
	const sentByPage: MirrorOp[][] = [];
	const page = new StrataDb('page', { indexedDB: new IDBFactory(), IDBKeyRange });
	const worker = new StrataDb('worker', { indexedDB: new IDBFactory(), IDBKeyRange });
	page.use(
		mirrorMiddleware((ops, origin) => {
			if (origin === 'w1') return;
			sentByPage.push(ops);
			workerQueue.push(() => applyOps(worker, ops, 'page'));
		})
	);
	worker.use(
		mirrorMiddleware((ops, origin) => {
			if (origin) return;
			sentByWorker.push(ops);
			pageQueue.push(() => applyOps(page, ops, 'w1'));
		})
	);
	await page.open();
	await worker.open();
	opened.push(page, worker);
	const settle = async () => {
		await pageQueue.idle();
		await workerQueue.idle();
		await pageQueue.idle();
	};
	return { page, worker, settle, sentByPage, sentByWorker };
}

describe('memory mirror', () => {
	it('gives a worker a replica equal to the page, typed arrays included', async () => {
		const { page, worker, settle } = await pair();
		await fillWorkspace(page);
		await settle();
		const copy = await dumpTables(page);
		expect(copy.chunks.length).toBeGreaterThan(0);
		expect(await dumpTables(worker)).toEqual(await dumpTables(page));
		const columns = (await worker.chunks.toArray()).flatMap((c) => Object.values(c.columns ?? {}));
		expect(columns.some((c) => c instanceof Float64Array)).toBe(true);
	});

	it("brings the worker's results back to the page, and never echoes them to the worker", async () => {
		const { page, worker, settle, sentByPage, sentByWorker } = await pair();
		await page.datasets.put({ id: 'd1', name: 'n' } as never);
		await settle();
		const pageSends = sentByPage.length;
		await putDefinition(worker, 'd1', 'tiers', { names: ['VIP'] });
		await settle();
		expect(sentByWorker).toHaveLength(1);
		expect(sentByPage).toHaveLength(pageSends);
		expect((await page.definitions.get(['d1', 'tiers']))?.value).toEqual({ names: ['VIP'] });
	});

	it('mirrors updates, index deletes and clears', async () => {
		const { page, worker, settle } = await pair();
		await fillWorkspace(page);
		await settle();
		const [first] = await page.datasets.toArray();
		await page.datasets.update(first.id, { name: 'renamed' });
		await deleteDataset(page, first.id);
		await page.settings.clear();
		await settle();
		expect(await worker.datasets.get(first.id)).toBeUndefined();
		expect(await worker.chunks.where('datasetId').equals(first.id).count()).toBe(0);
		expect(await worker.settings.count()).toBe(0);
		expect(await dumpTables(worker)).toEqual(await dumpTables(page));
	});

	it('sends nothing for a transaction that aborts', async () => {
		const { page, worker, settle, sentByPage } = await pair();
		await page
			.transaction('rw', page.settings, async () => {
				await page.settings.put({ key: 'a', value: 1 });
				throw new Error('stop');
			})
			.catch(() => undefined);
		await settle();
		expect(sentByPage).toHaveLength(0);
		expect(await worker.settings.count()).toBe(0);
	});

	it('loads a starting copy without sending it back', async () => {
		const { page, worker, settle, sentByWorker } = await pair();
		await page.settings.put({ key: 'x', value: [1, 2] });
		await settle();
		const fresh = new StrataDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
		const sent: MirrorOp[][] = [];
		fresh.use(mirrorMiddleware((ops, origin) => (origin ? undefined : void sent.push(ops))));
		await fresh.open();
		opened.push(fresh);
		await loadTables(fresh, await dumpTables(page), 'page');
		expect(sent).toHaveLength(0);
		expect((await fresh.settings.get('x'))?.value).toEqual([1, 2]);
		expect(sentByWorker).toHaveLength(0);
		void worker;
	});
});
