// Issue #11 item 2: a backup of an encrypted workspace is encrypted by default. Without a passphrase it is
// refused unless the user opted out explicitly; a workspace without encryption backs up as before.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { setSessionKey } from '$lib/storage/at-rest';
import { enableEncryption } from '$lib/storage/at-rest-change';
import { makeBackup } from '$lib/backup/service';
import { peekBackup } from '$lib/backup/unpack';
import { fillWorkspace } from './workspace-fixture';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	setSessionKey(undefined);
	db = new StrataDb(`encrypted-default-${n++}`);
	await db.open();
	await fillWorkspace(db);
});
afterEach(async () => {
	setSessionKey(undefined);
	await db.delete();
});

it('refuses a backup without a passphrase of an encrypted workspace unless the user opted out', async () => {
	await enableEncryption(db, 'correct horse battery', { iterations: 1000 });
	expect(await makeBackup('test', undefined, { db })).toEqual({
		error: 'backup.error.encryptedNeedsPassphrase'
	});
	expect(await makeBackup('test', '', { db })).toEqual({ error: 'backup.error.encryptedNeedsPassphrase' });

	const withPassphrase = await makeBackup('test', 'another passphrase', { db });
	if ('error' in withPassphrase) throw new Error(withPassphrase.error);
	expect(withPassphrase.encrypted).toBe(true);
	const header = peekBackup(withPassphrase.file);
	expect('header' in header && header.header.encryption?.alg).toBe('AES-GCM-256');

	const optedOut = await makeBackup('test', undefined, { db, allowPlain: true });
	if ('error' in optedOut) throw new Error(optedOut.error);
	expect(optedOut.encrypted).toBe(false);
});

it('backs up a workspace without encryption with no passphrase, as before', async () => {
	const made = await makeBackup('test', undefined, { db });
	if ('error' in made) throw new Error(made.error);
	expect(made.encrypted).toBe(false);
	expect(made.counts.datasets).toBe(2);
});
