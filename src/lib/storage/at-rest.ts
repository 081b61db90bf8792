// Optional encryption at rest: with a passphrase, the customer fields of chunks, dictionaries, results and
// snapshots are stored AES-GCM sealed. The key lives only in memory, per thread (page and each worker).
import Dexie from 'dexie';
import { decodeTable, encodeTable } from '$lib/backup/codec';
import { fromUtf8, utf8 } from '$lib/backup/bytes';
import {
	newEncryption,
	PBKDF2_ITERATIONS,
	unlock as deriveKey,
	type EncryptionParams
} from '$lib/backup/crypto';
import type { StrataDb } from './db';

export interface Sealed {
	iv: Uint8Array;
	data: ArrayBuffer;
}

/** The settings record (key 'encryption'): how to derive the key, and a sealed constant that proves it. */
export interface EncryptionSetting {
	version: 1;
	params: EncryptionParams;
	verifier: Sealed;
}

export const ENCRYPTION_SETTING = 'encryption';
const VERIFIER = 'strata-at-rest-v1';

/** Sealed data was asked for while this thread holds no key: the app must unlock first. */
export class LockedError extends Error {
	readonly code = 'locked' as const;
	constructor() {
		super('locked: this workspace is encrypted and not unlocked');
		this.name = 'LockedError';
	}
}

export const isLockedError = (e: unknown): e is LockedError =>
	e instanceof LockedError || (e as { code?: unknown } | null)?.code === 'locked';

/** Fields that hold customer data, per table; only these are sealed, keys and counts stay readable. */
export const SEALED_FIELDS = {
	chunks: ['columns', 'rejected'],
	dictionaries: ['values'],
	results: ['columns', 'meta'],
	snapshots: ['columns']
} as const;
type SealedTable = keyof typeof SEALED_FIELDS;

let key: CryptoKey | undefined;
const listeners = new Set<(key: CryptoKey | undefined) => void>();

export function sessionKey(): CryptoKey | undefined {
	return key;
}

export function setSessionKey(next: CryptoKey | undefined): void {
	key = next;
	for (const l of listeners) l(next);
}

/** Calls `fn` whenever this thread's key changes; returns the unsubscribe. */
export function onSessionKey(fn: (key: CryptoKey | undefined) => void): () => void {
	listeners.add(fn);
	return () => listeners.delete(fn);
}

/** Sends the page's key to a worker now and after every unlock/disable (CryptoKey is structured-cloneable). */
export function shareKeyWith(worker: Worker): void {
	const ref = new WeakRef(worker);
	worker.postMessage({ type: 'key', key });
	const stop = onSessionKey((k) => {
		const w = ref.deref();
		if (w) w.postMessage({ type: 'key', key: k });
		else stop();
	});
}

/** Keeps a Dexie transaction alive while WebCrypto (not IndexedDB) works. */
const keepTx = <T>(p: Promise<T>): Promise<T> => (Dexie.currentTransaction ? Dexie.waitFor(p) : p);

export async function seal(value: unknown, withKey = key): Promise<Sealed> {
	if (!withKey) throw new LockedError();
	const { json, bytes } = encodeTable([value]);
	const text = utf8.encode(json);
	const plain = new Uint8Array(4 + text.byteLength + bytes.byteLength);
	new DataView(plain.buffer).setUint32(0, text.byteLength);
	plain.set(text, 4);
	plain.set(bytes, 4 + text.byteLength);
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const data = await keepTx(crypto.subtle.encrypt({ name: 'AES-GCM', iv }, withKey, plain));
	return { iv, data };
}

/** Rejects with LockedError without a key, and with a DOMException when the key does not fit. */
export async function unseal<T = unknown>(sealed: Sealed, withKey = key): Promise<T> {
	if (!withKey) throw new LockedError();
	const iv = new Uint8Array(sealed.iv);
	const plain = new Uint8Array(
		await keepTx(crypto.subtle.decrypt({ name: 'AES-GCM', iv }, withKey, sealed.data))
	);
	const n = new DataView(plain.buffer).getUint32(0);
	const json = fromUtf8.decode(plain.subarray(4, 4 + n));
	return decodeTable(json, plain.subarray(4 + n))[0] as T;
}

/**
 * The record as a writer should store it: unchanged when this thread has no key (encryption off), else with
 * the table's customer fields moved into `sealed` in the same object.
 */
export async function sealForWrite<T extends object>(table: SealedTable, record: T): Promise<T> {
	if (!key) return record;
	const rest = { ...record } as Record<string, unknown>;
	const inner: Record<string, unknown> = {};
	for (const f of SEALED_FIELDS[table])
		if (f in rest) {
			inner[f] = rest[f];
			delete rest[f];
		}
	return { ...rest, sealed: await seal(inner) } as T;
}

/** The record with its sealed fields restored (and no `sealed`); plain records come back as they are. */
export async function openRecord<T extends object>(record: T): Promise<T> {
	const sealed = (record as { sealed?: Sealed }).sealed;
	if (!sealed) return record;
	const rest = { ...record } as Record<string, unknown>;
	delete rest.sealed;
	return { ...rest, ...(await unseal<Record<string, unknown>>(sealed)) } as T;
}

export async function readSetting(db: StrataDb): Promise<EncryptionSetting | undefined> {
	return (await db.settings.get(ENCRYPTION_SETTING))?.value as EncryptionSetting | undefined;
}

export async function isEncrypted(db: StrataDb): Promise<boolean> {
	return (await readSetting(db)) !== undefined;
}

export type UnlockOutcome = { ok: true } | { error: 'wrongPassphrase' };

/** Checks the passphrase against the stored verifier and, when right, keeps the key for this thread. */
export async function unlock(db: StrataDb, passphrase: string): Promise<UnlockOutcome> {
	const setting = await readSetting(db);
	if (!setting) return { ok: true };
	const candidate = await deriveKey(passphrase, setting.params);
	if (!candidate) return { error: 'wrongPassphrase' };
	try {
		if ((await unseal(setting.verifier, candidate)) !== VERIFIER) return { error: 'wrongPassphrase' };
	} catch {
		return { error: 'wrongPassphrase' };
	}
	setSessionKey(candidate);
	return { ok: true };
}

export interface EnableOptions {
	iterations?: number;
	/** Tests only: stop after sealing this many records, as a crash would. */
	limit?: number;
}

/** Derives a key, stores the setting, then seals every record; a crash leaves each record plain or sealed. */
export async function enableEncryption(
	db: StrataDb,
	passphrase: string,
	options: EnableOptions = {}
): Promise<{ ok: true } | { error: 'alreadyEnabled' }> {
	if (await isEncrypted(db)) return { error: 'alreadyEnabled' };
	const { key: next, params } = await newEncryption(passphrase, options.iterations ?? PBKDF2_ITERATIONS);
	const setting: EncryptionSetting = { version: 1, params, verifier: await seal(VERIFIER, next) };
	await db.settings.put({ key: ENCRYPTION_SETTING, value: setting });
	setSessionKey(next);
	await sealRemaining(db, options.limit);
	return { ok: true };
}

const tablesOf = (db: StrataDb) =>
	Object.keys(SEALED_FIELDS).map((name) => [name as SealedTable, db.table(name)] as const);

/** Seals every record still plain (after enabling, or to finish an enable a crash cut short). */
export async function sealRemaining(db: StrataDb, limit = Infinity): Promise<number> {
	if (!key) throw new LockedError();
	let done = 0;
	for (const [name, table] of tablesOf(db))
		for (const pk of await table.toCollection().primaryKeys()) {
			if (done >= limit) return done;
			// One record per transaction: its plain fields and `sealed` change in the same put.
			const changed = await db.transaction('rw', table, async () => {
				const r = (await table.get(pk)) as object | undefined;
				if (!r || (r as { sealed?: Sealed }).sealed) return false;
				await table.put(await sealForWrite(name, r));
				return true;
			});
			if (changed) done++;
		}
	return done;
}

/** Turns encryption off: unseals every record, then removes the setting (so a crash never strands data). */
export async function disableEncryption(db: StrataDb): Promise<void> {
	if (!key) throw new LockedError();
	for (const [, table] of tablesOf(db))
		for (const pk of await table.toCollection().primaryKeys())
			await db.transaction('rw', table, async () => {
				const r = (await table.get(pk)) as object | undefined;
				if (r && (r as { sealed?: Sealed }).sealed) await table.put(await openRecord(r));
			});
	await db.settings.delete(ENCRYPTION_SETTING);
	setSessionKey(undefined);
}
