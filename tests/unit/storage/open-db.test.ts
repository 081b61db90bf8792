import { describe, expect, it } from 'vitest';
import { openDb } from '$lib/storage/open-db';

describe('openDb', () => {
	it('falls back to an in-memory database that works when IndexedDB is missing', async () => {
		// Node has no global indexedDB (this file does not load fake-indexeddb/auto), as in a locked-down browser.
		expect(typeof indexedDB).toBe('undefined');
		const { db, mode } = await openDb();
		expect(mode).toBe('memory');
		await db.settings.put({ key: 'k', value: 42 });
		expect((await db.settings.get('k'))?.value).toBe(42);
		// Opened once per thread: a second call gives the same database.
		expect((await openDb()).db).toBe(db);
	});
});
