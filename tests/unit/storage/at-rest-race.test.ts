// Encryption changes against writers and crashes (issue #11). The first test is the probe from the issue: a
// writer keeps appending chunks while encryption is turned off. Before the workspace lock 17–30 chunks written
// during the change were left sealed with no key; now each write finishes before the change or waits for it.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { appendRowChunk, readColumns } from '$lib/storage/datasets';
import {
	isLockedError,
	readSetting,
	setSessionKey,
	syncKeyWithSetting,
	withWriteLock
} from '$lib/storage/at-rest';
import {
	changePassphrase,
	disableEncryption,
	enableEncryption,
	finishPendingChange,
	unlock
} from '$lib/storage/at-rest-change';

const FAST = { iterations: 1000 };
const PASS = 'correct horse battery';
let db: StrataDb;
let n = 0;

beforeEach(async () => {
	setSessionKey(undefined);
	db = new StrataDb(`at-rest-race-${n++}`);
	await db.open();
	await syncKeyWithSetting(db);
	for (let i = 0; i < 20; i++) await appendRowChunk(db, 'd1', i, 1, { id: [`C-${i}`] });
});

const ids = async () => (await readColumns(db, 'd1', ['id'])).id as string[];
const sealedCount = async () => (await db.chunks.toArray()).filter((c) => c.sealed).length;

/** Appends one-row chunks, each under the write lock as the import does, until `stop()`. */
function writer(from: number) {
	let index = from;
	let stopped = false;
	const done = (async () => {
		while (!stopped && index < from + 30) {
			await withWriteLock(db, () => appendRowChunk(db, 'd1', index, 1, { id: [`C-${index}`] }));
			index++;
			await new Promise((r) => setTimeout(r, 0));
		}
	})();
	return {
		stop: async () => {
			stopped = true;
			await done;
			return index;
		}
	};
}

describe('encryption changes under the workspace lock', () => {
	it('leaves no chunk sealed without a key when a writer keeps going while encryption is turned off', async () => {
		await enableEncryption(db, PASS, FAST);
		const w = writer(20);
		await new Promise((r) => setTimeout(r, 5));
		await disableEncryption(db);
		const written = await w.stop();
		expect(await sealedCount()).toBe(0);
		expect(await readSetting(db)).toBeUndefined();
		expect((await ids()).length).toBe(written);
	});

	it('seals every chunk, including those written during the change, when turned on under a writer', async () => {
		const w = writer(20);
		await new Promise((r) => setTimeout(r, 5));
		await enableEncryption(db, PASS, FAST);
		const written = await w.stop();
		expect(await sealedCount()).toBe(written);
		expect((await ids()).slice(0, 3)).toEqual(['C-0', 'C-1', 'C-2']);
	});

	it('drops a stale key when another thread turned encryption off, and writes plain', async () => {
		await enableEncryption(db, PASS, FAST);
		const stale = (await import('$lib/storage/at-rest')).sessionKey();
		await disableEncryption(db);
		setSessionKey(stale); // a worker of a tab that has not reloaded yet
		await withWriteLock(db, () => appendRowChunk(db, 'd1', 20, 1, { id: ['C-20'] }));
		expect(await sealedCount()).toBe(0);
		expect((await ids()).at(-1)).toBe('C-20');
	});

	it('refuses to write in clear when another thread turned encryption on and this one has no key', async () => {
		await enableEncryption(db, PASS, FAST);
		setSessionKey(undefined);
		const error = await withWriteLock(db, () => appendRowChunk(db, 'd1', 20, 1, { id: ['C-20'] })).catch(
			(e: unknown) => e
		);
		expect(isLockedError(error)).toBe(true);
		expect(await db.chunks.count()).toBe(20);
	});
});

describe('a crash part-way through a change', () => {
	it('keeps the key derivable after a disable stopped at record 7, and finishes on unlock', async () => {
		await enableEncryption(db, PASS, FAST);
		await disableEncryption(db, { limit: 7 });
		expect((await readSetting(db))?.pending).toEqual({ kind: 'disable' });
		setSessionKey(undefined); // the tab died
		expect(await unlock(db, PASS)).toEqual({ ok: true });
		await finishPendingChange(db);
		expect(await readSetting(db)).toBeUndefined();
		expect(await sealedCount()).toBe(0);
		expect(await ids()).toEqual(Array.from({ length: 20 }, (_, i) => `C-${i}`));
	});

	it('marks an enable complete only after the last record is sealed', async () => {
		await enableEncryption(db, PASS, { ...FAST, limit: 5 });
		expect((await readSetting(db))?.pending).toEqual({ kind: 'enable' });
		setSessionKey(undefined);
		await unlock(db, PASS);
		await finishPendingChange(db);
		expect((await readSetting(db))?.pending).toBeUndefined();
		expect(await sealedCount()).toBe(20);
	});

	it('finishes a passphrase change cut short, unlocked with either the old or the new passphrase', async () => {
		for (const which of ['old', 'new'] as const) {
			setSessionKey(undefined);
			await db.delete();
			db = new StrataDb(`at-rest-race-${n++}`);
			for (let i = 0; i < 20; i++) await appendRowChunk(db, 'd1', i, 1, { id: [`C-${i}`] });
			await enableEncryption(db, PASS, FAST);
			expect(await changePassphrase(db, PASS, 'new lantern 99', { ...FAST, limit: 9 })).toEqual({
				ok: true
			});
			expect((await readSetting(db))?.pending?.kind).toBe('rekey');
			setSessionKey(undefined);
			expect(await unlock(db, which === 'old' ? PASS : 'new lantern 99')).toEqual({ ok: true });
			await finishPendingChange(db);
			expect((await readSetting(db))?.pending).toBeUndefined();
			setSessionKey(undefined);
			expect(await unlock(db, PASS)).toEqual({ error: 'wrongPassphrase' });
			expect(await unlock(db, 'new lantern 99')).toEqual({ ok: true });
			expect(await ids()).toEqual(Array.from({ length: 20 }, (_, i) => `C-${i}`));
		}
	});

	it('refuses a passphrase change with the wrong current passphrase and changes nothing', async () => {
		await enableEncryption(db, PASS, FAST);
		const before = await readSetting(db);
		expect(await changePassphrase(db, 'not it', 'x', FAST)).toEqual({ error: 'wrongPassphrase' });
		expect(await readSetting(db)).toEqual(before);
	});
});
