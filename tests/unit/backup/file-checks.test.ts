import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { packBackup, snapshotWorkspace } from '$lib/backup/pack';
import { unpackBackup } from '$lib/backup/unpack';
import { FORMAT_VERSION, type BackupContent } from '$lib/backup/format';
import { migrateBackup, type BackupStep } from '$lib/backup/migrate';
import { fillWorkspace, retrail } from './workspace-fixture';

let n = 0;
const opened: StrataDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});
async function plainBackup() {
	const db = new StrataDb(`fc-${n++}`);
	opened.push(db);
	await fillWorkspace(db);
	return (await packBackup(await snapshotWorkspace(db), { appVersion: 'test', createdAt: 1_750_000_000_000 }))
		.file;
}

function withHeader(file: Uint8Array<ArrayBuffer>, change: (h: Record<string, unknown>) => void) {
	const view = new DataView(file.buffer);
	const length = view.getUint32(14, true);
	const header = JSON.parse(new TextDecoder().decode(file.subarray(18, 18 + length))) as Record<
		string,
		unknown
	>;
	change(header);
	const bytes = new TextEncoder().encode(JSON.stringify(header));
	const out = new Uint8Array(18 + bytes.length + file.length - 18 - length);
	out.set(file.subarray(0, 14));
	new DataView(out.buffer).setUint32(14, bytes.length, true);
	out.set(bytes, 18);
	out.set(file.subarray(18 + length), 18 + bytes.length);
	return out;
}

describe('reading a backup file', () => {
	it('starts with the STRATA-BACKUP magic line and refuses files without it', async () => {
		const file = await plainBackup();
		expect(new TextDecoder().decode(file.subarray(0, 14))).toBe('STRATA-BACKUP\n');
		const csv = new TextEncoder().encode('customer_id,amount\nA1,5\n');
		expect(await unpackBackup(csv)).toEqual({ error: 'backup.error.notBackup' });
	});

	it('finds one changed byte anywhere in the file, even in bits gzip does not check', async () => {
		const file = await plainBackup();
		// -41 is the last byte of the deflate stream: its padding bits change nothing gzip would notice.
		for (const at of [20, file.length - 1, file.length - 41, Math.floor(file.length * 0.75)]) {
			const bad = file.slice();
			bad[at] ^= 0x20;
			expect(await unpackBackup(bad)).toEqual({ error: 'backup.error.corrupt' });
		}
	});

	it('finds a changed header value in an unencrypted file through the header hash', async () => {
		const file = await plainBackup();
		const bad = withHeader(file, (h) => (h.createdAt = 1_750_000_000_001));
		expect(await unpackBackup(bad)).toEqual({ error: 'backup.error.corrupt' });
		// With the trailer made to match, the hash of the header kept inside the body still catches it.
		expect(await unpackBackup(await retrail(bad))).toEqual({ error: 'backup.error.corrupt' });
	});

	it('finds a changed table byte through the table hash when the file trailer was made to match', async () => {
		const file = await plainBackup();
		const bad = file.slice();
		bad[Math.floor(file.length * 0.6)] ^= 0x04;
		expect(await unpackBackup(await retrail(bad))).toEqual({ error: 'backup.error.corrupt' });
	});

	it('says a file from a newer format version needs a newer Strata', async () => {
		const bad = await retrail(withHeader(await plainBackup(), (h) => (h.formatVersion = FORMAT_VERSION + 1)));
		expect(await unpackBackup(bad)).toEqual({ error: 'backup.error.newer' });
	});

	it('calls a truncated file damaged', async () => {
		const file = await plainBackup();
		expect(await unpackBackup(file.slice(0, file.length - 100))).toEqual({ error: 'backup.error.corrupt' });
	});
});

describe('migrateBackup', () => {
	const content = (formatVersion: number): BackupContent => ({
		header: {
			magic: 'STRATA-BACKUP',
			formatVersion,
			createdAt: 0,
			appVersion: 'old',
			compression: 'gzip',
			encryption: null
		},
		dbVersion: 1,
		tables: { settings: [{ key: 'lang', value: 'zh' }] }
	});

	it('runs each step from the file version up to the current one, in order', () => {
		const seen: number[] = [];
		const steps: Record<number, BackupStep> = {
			1: (c) => (seen.push(1), { ...c, tables: { settings: [{ key: 'lang', value: 'zh-CN' }] } }),
			2: (c) => (seen.push(2), { ...c, tables: { ...c.tables, annotations: [] } })
		};
		const out = migrateBackup(content(1), 1, steps, 3);
		expect(seen).toEqual([1, 2]);
		expect('content' in out && out.content.tables).toEqual({
			settings: [{ key: 'lang', value: 'zh-CN' }],
			annotations: []
		});
		expect('content' in out && out.content.header.formatVersion).toBe(3);
	});

	it('passes current-version content through unchanged', () => {
		const out = migrateBackup(content(FORMAT_VERSION), FORMAT_VERSION);
		expect('content' in out && out.content.tables).toEqual({ settings: [{ key: 'lang', value: 'zh' }] });
	});

	it('reports a gap in the chain instead of restoring half-converted data', () => {
		expect(migrateBackup(content(1), 1, { 2: (c) => c }, 3)).toEqual({ error: 'backup.error.corrupt' });
	});

	it('refuses to step a newer file down', () => {
		expect(migrateBackup(content(5), 5, {}, 1)).toEqual({ error: 'backup.error.newer' });
	});
});
