import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { StrataDb } from '$lib/storage/db';
import { isStrataDatabase, wipeEverything } from '$lib/storage/wipe';

class MemoryStorage implements Storage {
	private map = new Map<string, string>();
	get length() {
		return this.map.size;
	}
	clear() {
		this.map.clear();
	}
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	key(i: number) {
		return [...this.map.keys()][i] ?? null;
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
	setItem(k: string, v: string) {
		this.map.set(k, v);
	}
}

function fakeCaches(names: string[]): CacheStorage {
	const live = new Set(names);
	return {
		keys: async () => [...live],
		delete: async (name: string) => live.delete(name),
		has: async (name: string) => live.has(name)
	} as unknown as CacheStorage;
}

const dbNames = async () => (await indexedDB.databases()).map((d) => d.name).sort();

describe('wipeEverything', () => {
	it("deletes the workspace and restore staging databases, every cache and only the 'strata.' keys", async () => {
		const db = new StrataDb('strata');
		await db.settings.put({ key: 'x', value: 1 });
		const staging = new StrataDb('strata-restore-17');
		await staging.open();
		staging.close();
		const other = new Dexie('someone-else');
		other.version(1).stores({ t: 'id' });
		await other.open();
		other.close();

		const storage = new MemoryStorage();
		storage.setItem('strata.locale', 'en');
		storage.setItem('strata.activeDataset', 'd1');
		storage.setItem('unrelated', 'keep');
		const caches = fakeCaches(['workbox-precache-v2-https://x/', 'other']);

		const report = await wipeEverything({ db, indexedDB, caches, storage });

		expect(report).toEqual({ databases: ['strata', 'strata-restore-17'], caches: 2, localKeys: 2 });
		expect(await dbNames()).toEqual(['someone-else']);
		expect(await caches.keys()).toEqual([]);
		expect(storage.length).toBe(1);
		expect(storage.getItem('unrelated')).toBe('keep');
		await Dexie.delete('someone-else');
	});

	it('only treats strata and strata-restore-* as its own databases', () => {
		expect(['strata', 'strata-restore-1', 'strata2', 'my-strata'].map(isStrataDatabase)).toEqual([
			true,
			true,
			false,
			false
		]);
	});
});
