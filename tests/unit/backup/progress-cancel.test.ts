// Backups run in a worker with progress and cancel (issue #11): the job reports its phases in order with a
// growing share done, and a cancel between phases stops it with nothing produced.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { makeBackup, type BackupProgress } from '$lib/backup/service';
import { isAborted } from '$lib/workers/rpc';
import { fillWorkspace } from './workspace-fixture';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`progress-cancel-${n++}`);
	await db.open();
	await fillWorkspace(db);
});
afterEach(async () => {
	await db.delete();
});

it('reports read, pack and verify in order, ending at 1', async () => {
	const seen: BackupProgress[] = [];
	const made = await makeBackup('test', undefined, { db, onProgress: (p) => seen.push(p) });
	expect('file' in made).toBe(true);
	expect(seen.map((p) => p.phase)).toEqual(['read', 'pack', 'verify', 'verify']);
	const fractions = seen.map((p) => p.fraction);
	expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
	expect(fractions.at(-1)).toBe(1);
});

it('stops at the next phase once cancelled, as an abort the worker turns into a cancelled reply', async () => {
	const controller = new AbortController();
	const seen: string[] = [];
	const run = makeBackup('test', undefined, {
		db,
		signal: controller.signal,
		onProgress: (p) => {
			seen.push(p.phase);
			if (p.phase === 'pack') controller.abort();
		}
	});
	const error = await run.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(isAborted(error)).toBe(true);
	expect(seen).toEqual(['read', 'pack']);
});
