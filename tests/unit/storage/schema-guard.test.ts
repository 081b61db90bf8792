// An older app meeting a database saved by a newer one (issue #11, item 6): it must refuse with 'newer' and
// write nothing. Before the guard, Dexie opened the newer database at its own version and carried on.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openStrataDb, StorageOpenError } from '$lib/storage/open-db';
import { schemaVersion } from '$lib/storage/migrations';

/** A database as a future Strata would leave it: one version up (Dexie numbering ×10), with a new store. */
function makeNewer(factory: IDBFactory, name: string, version: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const req = factory.open(name, version * 10);
		req.onupgradeneeded = () => {
			const db = req.result;
			db.createObjectStore('settings', { keyPath: 'key' });
			db.createObjectStore('future', { keyPath: 'id' });
		};
		req.onsuccess = () => {
			req.result.close();
			resolve();
		};
		req.onerror = () => reject(req.error);
	});
}

function rawState(factory: IDBFactory, name: string): Promise<{ version: number; stores: string[] }> {
	return new Promise((resolve, reject) => {
		const req = factory.open(name);
		req.onsuccess = () => {
			const db = req.result;
			const out = { version: db.version, stores: [...db.objectStoreNames].sort() };
			db.close();
			resolve(out);
		};
		req.onerror = () => reject(req.error);
	});
}

describe('schema guard', () => {
	for (const listing of [true, false])
		it(`refuses a database saved by a newer Strata and changes nothing in it (${listing ? 'with' : 'without'} indexedDB.databases)`, async () => {
			const factory = new IDBFactory();
			if (!listing) Object.defineProperty(factory, 'databases', { value: undefined });
			const newer = schemaVersion() + 1;
			await makeNewer(factory, 'strata-newer', newer);
			const before = await rawState(factory, 'strata-newer');
			const error = await openStrataDb({ indexedDB: factory, IDBKeyRange }, 'strata-newer').catch(
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(StorageOpenError);
			expect((error as StorageOpenError).reason).toBe('newer');
			expect(await rawState(factory, 'strata-newer')).toEqual(before);
			expect(before.version).toBe(newer * 10);
		});

	it('opens a database of this version as usual', async () => {
		const factory = new IDBFactory();
		const db = await openStrataDb({ indexedDB: factory, IDBKeyRange }, 'strata-same');
		expect(db?.verno).toBe(schemaVersion());
		db?.close();
		const again = await openStrataDb({ indexedDB: factory, IDBKeyRange }, 'strata-same');
		expect(again?.tables.map((t) => t.name)).toContain('chunks');
		again?.close();
	});

	it('reports a quota failure as quota, not as an empty in-memory workspace', async () => {
		const factory = new IDBFactory();
		const failing = new Proxy(factory, {
			get(target, prop) {
				if (prop === 'open')
					return () => {
						throw new DOMException('full', 'QuotaExceededError');
					};
				const v = Reflect.get(target, prop) as unknown;
				return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
			}
		});
		const error = await openStrataDb({ indexedDB: failing, IDBKeyRange }, 'strata-q').catch(
			(e: unknown) => e
		);
		expect((error as StorageOpenError).reason).toBe('quota');
	});
});
