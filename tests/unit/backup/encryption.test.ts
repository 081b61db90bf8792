import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { packBackup, snapshotWorkspace } from '$lib/backup/pack';
import { unpackBackup } from '$lib/backup/unpack';
import { PBKDF2_ITERATIONS } from '$lib/backup/crypto';
import { fillWorkspace, retrail } from './workspace-fixture';

let n = 0;
const opened: StrataDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});
async function sourceBackup(passphrase?: string) {
	const db = new StrataDb(`enc-${n++}`);
	opened.push(db);
	await fillWorkspace(db);
	return packBackup(await snapshotWorkspace(db), { appVersion: 'test', passphrase });
}
const names = async () => (await indexedDB.databases()).map((d) => d.name).sort();

describe('encrypted backups', () => {
	it('records AES-GCM 256 with PBKDF2-SHA-256 at 600,000 iterations, a 16-byte salt and a 12-byte IV', async () => {
		const { header } = await sourceBackup('correct horse');
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(header.encryption).toMatchObject({
			alg: 'AES-GCM-256',
			kdf: 'PBKDF2-SHA-256',
			iterations: 600_000
		});
		expect(atob(header.encryption?.salt ?? '').length).toBe(16);
		expect(atob(header.encryption?.iv ?? '').length).toBe(12);
		// Counts are content: an encrypted file does not show them in the clear.
		expect(header.counts).toBeUndefined();
	});

	it('opens with the right passphrase and gives back the same tables', async () => {
		const { file, hashes } = await sourceBackup('correct horse 马');
		const out = await unpackBackup(file, 'correct horse 马');
		expect('content' in out && out.hashes).toEqual(hashes);
		expect('content' in out && out.counts.chunks).toBe(2);
	});

	it('does not contain the readable data anywhere in the encrypted file', async () => {
		const { file } = await sourceBackup('pw');
		const text = new TextDecoder('latin1').decode(file);
		expect(text).not.toContain('Berlin');
		expect(text.startsWith('STRATA-BACKUP\n')).toBe(true);
	});

	it('says the passphrase is wrong, and opens no database, when it does not match', async () => {
		const { file } = await sourceBackup('right');
		const before = await names();
		expect(await unpackBackup(file, 'wrong')).toEqual({ error: 'backup.error.passphrase' });
		expect(await unpackBackup(file)).toEqual({ error: 'backup.error.passphraseNeeded' });
		expect(await names()).toEqual(before);
	});

	it('calls a changed byte in the sealed body damage, not a wrong passphrase', async () => {
		const { file } = await sourceBackup('right');
		const bad = file.slice();
		bad[bad.length - 40] ^= 0x01;
		expect(await unpackBackup(bad, 'right')).toEqual({ error: 'backup.error.corrupt' });
		expect(await unpackBackup(await retrail(bad), 'right')).toEqual({ error: 'backup.error.corrupt' });
	});

	it('catches a changed clear header because it is authenticated with the body', async () => {
		const { file } = await sourceBackup('right');
		const text = new TextDecoder('latin1').decode(file);
		const at = text.indexOf('"appVersion":"test"') + '"appVersion":"t'.length;
		const bad = file.slice();
		bad[at] = 'E'.charCodeAt(0);
		// Even with the file's SHA-256 trailer recomputed, AES-GCM refuses the changed header.
		expect(await unpackBackup(await retrail(bad), 'right')).toEqual({ error: 'backup.error.corrupt' });
	});
});
