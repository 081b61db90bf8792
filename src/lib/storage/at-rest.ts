// Optional encryption at rest: with a passphrase, the customer fields of chunks, dictionaries, results and
// snapshots are stored AES-GCM sealed. The key lives only in memory, per thread (page and each worker).
// Changing the setting (enable, disable, new passphrase) lives in at-rest-change.ts, under the workspace lock.
import Dexie from 'dexie';
import { decodeTable, encodeTable } from '$lib/backup/codec';
import { fromUtf8, utf8 } from '$lib/backup/bytes';
import type { EncryptionParams } from '$lib/backup/crypto';
import { withWorkspaceLock } from '$lib/workspace-lock';
import type { StrataDb } from './db';
import { connectWorker } from './memory-peers';
import { openDb } from './open-db';

export interface Sealed {
	iv: Uint8Array;
	data: ArrayBuffer;
	/**
	 * Which field set of SEAL_VERSIONS the record was sealed with (absent = 1). A record below its table's version
	 * is resealed after the next unlock, so a field sealed later never stays in clear in older records.
	 */
	v?: number;
}

/** The settings record (key 'encryption'): how to derive the key, and a sealed constant that proves it. */
export interface EncryptionSetting {
	version: 1;
	params: EncryptionParams;
	verifier: Sealed;
	/**
	 * The secret of the keyed hashes (32 random bytes, sealed with the workspace key): lookups by content hash and
	 * by customer id use HMAC-SHA-256 under it, so those keys stay queryable but match nothing outside this
	 * workspace. Survives a passphrase change (resealed under the new key), so no keyed index is rebuilt.
	 * Absent in settings written before it existed: the next unlock adds it.
	 */
	index?: Sealed;
	/**
	 * The journal of a change that has not finished (a crash or a closed tab can stop it at any record). Absent
	 * when the workspace is at rest. Added after version 1 shipped: older settings simply have none.
	 */
	pending?: PendingChange;
}

/**
 * enable: records are being sealed (the setting already exists, so the key can always be derived).
 * disable: records are being opened; the setting is deleted only after the last one.
 * rekey: records move from the key of `params` to the key of `next.params`; each passphrase is kept sealed
 * under the other's key, so unlocking with either one can derive both and finish.
 */
export type PendingChange =
	| { kind: 'enable' }
	| { kind: 'disable' }
	| {
			kind: 'rekey';
			next: { params: EncryptionParams; verifier: Sealed; index?: Sealed };
			/** The new passphrase, sealed with the old key. */
			newSealedByOld: Sealed;
			/** The old passphrase, sealed with the new key. */
			oldSealedByNew: Sealed;
	  };

export const ENCRYPTION_SETTING = 'encryption';
export const VERIFIER = 'strata-at-rest-v1';

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
	/** Dataset and file names, sheet, column headers, and the file's content hash (kept keyed: KEYED_FIELDS). */
	datasets: ['name', 'source', 'columns', 'contentHash'],
	chunks: ['columns', 'rejected'],
	dictionaries: ['values'],
	results: ['columns', 'meta'],
	/** Columns, and the definitions (dataset name, tier names and rules) the snapshot was taken under. */
	snapshots: ['columns', 'definitions'],
	/** Column headers and their quality counts, and notes (their params may quote values). */
	reports: ['columns', 'notes'],
	/** Tier rules and names, playbooks, cluster names, lifecycle rules. */
	definitions: ['value'],
	/** Overrides' reasons and tiers, contact dates, and the customer id (its key part is keyed: KEYED_FIELDS). */
	annotations: ['customerId', 'value'],
	/** The user's model name and the fitted pipeline (feature names, categorical levels are customer values). */
	models: ['name', 'pipeline']
} as const;
export type SealedTable = keyof typeof SEALED_FIELDS;

/**
 * Sealed fields that are also an index or part of a primary key: stored sealed, and in clear only as a keyed hash
 * (`k1:` + HMAC-SHA-256 under the workspace's index secret, base64url), so lookups still work once unlocked.
 */
export const KEYED_FIELDS: Partial<Record<SealedTable, string>> = {
	datasets: 'contentHash',
	annotations: 'customerId'
};

/** The field set each table is sealed with today; raise a table's number when its SEALED_FIELDS grow. */
export const SEAL_VERSIONS: Record<SealedTable, number> = {
	datasets: 2,
	chunks: 1,
	dictionaries: 1,
	results: 1,
	snapshots: 2,
	reports: 1,
	definitions: 1,
	annotations: 2,
	models: 1
};

/** Sealed with the table's current field set: nothing of it is left to seal. */
export function isSealedFinal(table: SealedTable, record: object): boolean {
	const sealed = (record as { sealed?: Sealed }).sealed;
	return Boolean(sealed) && (sealed!.v ?? 1) >= SEAL_VERSIONS[table];
}

let key: CryptoKey | undefined;
/** During a passphrase change: the old key, for records not yet moved to the new one. */
let previousKey: CryptoKey | undefined;
/** What this thread last saw of the setting under the workspace lock; undefined before it looked. */
let encryptedHere: boolean | undefined;
const listeners = new Set<(key: CryptoKey | undefined) => void>();

export function sessionKey(): CryptoKey | undefined {
	return key;
}

export function setSessionKey(next: CryptoKey | undefined): void {
	if (next !== key) indexKey = undefined;
	key = next;
	for (const l of listeners) l(next);
}

/** Used by a passphrase change only: reads try this key when the session key does not fit a record. */
export function setPreviousKey(old: CryptoKey | undefined): void {
	previousKey = old;
}

/** Calls `fn` whenever this thread's key changes; returns the unsubscribe. */
export function onSessionKey(fn: (key: CryptoKey | undefined) => void): () => void {
	listeners.add(fn);
	return () => listeners.delete(fn);
}

/**
 * Sends the page's key to a worker now and after every unlock/disable (CryptoKey is structured-cloneable), and
 * tells it where the workspace lives (in memory mode the worker works on a replica the page keeps current).
 */
export function shareKeyWith(worker: Worker): void {
	const ref = new WeakRef(worker);
	worker.postMessage({ type: 'key', key });
	void connectWorker(worker, openDb(), () => key);
	const stop = onSessionKey((k) => {
		const w = ref.deref();
		if (w) w.postMessage({ type: 'key', key: k });
		else stop();
	});
}

/** The HMAC key of the keyed fields, opened from the setting for the current session key (see ensureIndexKey). */
let indexKey: CryptoKey | undefined;

/** A fresh index secret, sealed with `withKey`, for a new setting. */
export async function newIndexSecret(withKey: CryptoKey): Promise<Sealed> {
	return seal(crypto.getRandomValues(new Uint8Array(32)), withKey);
}

/** Opens the setting's index secret (mid passphrase change through the old key too); a no-op when loaded. */
export async function ensureIndexKey(db: StrataDb): Promise<void> {
	if (!key || indexKey) return;
	const sealedIndex = (await readSetting(db))?.index;
	if (!sealedIndex) return;
	const owner = key;
	const raw = await unseal<Uint8Array>(sealedIndex);
	const imported = await keepTx(
		crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
	);
	if (key === owner) indexKey = imported;
}

const base64url = (bytes: Uint8Array) => {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

async function keyedHash(value: string, withKey: CryptoKey): Promise<string> {
	const mac = await keepTx(crypto.subtle.sign('HMAC', withKey, utf8.encode(value)));
	return 'k1:' + base64url(new Uint8Array(mac));
}

/**
 * What a keyed field (content hash, customer id) is stored as: its keyed hash when this thread holds the key and
 * the index secret, else the value itself. Repositories look records up by both (a record sealed before the
 * index existed keeps its clear value until the next unlock reseals it).
 */
export async function lookupKeys(db: StrataDb, value: string): Promise<string[]> {
	await ensureIndexKey(db);
	return indexKey ? [await keyedHash(value, indexKey), value] : [value];
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

async function decrypt(sealed: Sealed, withKey: CryptoKey): Promise<ArrayBuffer> {
	const iv = new Uint8Array(sealed.iv);
	return keepTx(crypto.subtle.decrypt({ name: 'AES-GCM', iv }, withKey, sealed.data));
}

/** Rejects with LockedError without a key, and with a DOMException when the key does not fit. */
export async function unseal<T = unknown>(sealed: Sealed, withKey?: CryptoKey): Promise<T> {
	const k = withKey ?? key;
	if (!k) throw new LockedError();
	let buffer: ArrayBuffer;
	try {
		buffer = await decrypt(sealed, k);
	} catch (e) {
		// Mid passphrase change a record may still be under the old key (only for reads with the session key).
		if (withKey || !previousKey) throw e;
		buffer = await decrypt(sealed, previousKey);
	}
	const plain = new Uint8Array(buffer);
	const n = new DataView(plain.buffer).getUint32(0);
	const json = fromUtf8.decode(plain.subarray(4, 4 + n));
	return decodeTable(json, plain.subarray(4 + n))[0] as T;
}

/**
 * The record as a writer should store it: unchanged when this thread has no key (encryption off), else with
 * the table's customer fields moved into `sealed` in the same object, and a keyed field (KEYED_FIELDS) left in
 * clear only as its keyed hash. The repositories of keyed tables call ensureIndexKey first; without the index
 * secret (a setting from before it existed) the keyed field stays as it is and the record is marked for the
 * next unlock to reseal.
 */
export async function sealForWrite<T extends object>(table: SealedTable, record: T): Promise<T> {
	// Encrypted since this thread last held the lock, without a key here: refuse rather than write in clear.
	if (!key && encryptedHere) throw new LockedError();
	if (!key) return record;
	const rest = { ...record } as Record<string, unknown>;
	const inner: Record<string, unknown> = {};
	for (const f of SEALED_FIELDS[table])
		if (f in rest) {
			inner[f] = rest[f];
			delete rest[f];
		}
	let v = SEAL_VERSIONS[table];
	const keyed = KEYED_FIELDS[table];
	if (keyed && typeof inner[keyed] === 'string') {
		if (indexKey) rest[keyed] = await keyedHash(inner[keyed], indexKey);
		else {
			rest[keyed] = inner[keyed];
			v = 1;
		}
	}
	const sealed = await seal(inner);
	return { ...rest, sealed: v > 1 ? { ...sealed, v } : sealed } as T;
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

/** Whether `candidate` opens the setting's verifier (or, mid-change, the new passphrase's verifier). */
export async function keyFits(setting: EncryptionSetting, candidate: CryptoKey): Promise<boolean> {
	const verifiers = [setting.verifier];
	if (setting.pending?.kind === 'rekey') verifiers.push(setting.pending.next.verifier);
	for (const v of verifiers)
		try {
			if ((await unseal(v, candidate)) === VERIFIER) return true;
		} catch {
			// not this one
		}
	return false;
}

/**
 * Brings this thread's key in line with the stored setting. Called under the workspace lock before writing: a
 * worker whose tab has not yet reloaded after another tab turned encryption off drops its stale key (and writes
 * plain); after another tab turned it on, a thread without the key gets LockedError instead of writing in clear.
 */
export async function syncKeyWithSetting(db: StrataDb): Promise<void> {
	const setting = await readSetting(db);
	encryptedHere = setting !== undefined;
	if (!key) return;
	if (!setting || !(await keyFits(setting, key))) setSessionKey(undefined);
	else await ensureIndexKey(db);
}

/**
 * Runs a writer of customer data holding the workspace lock shared, with this thread's key checked against the
 * setting first. `undefined` when `ifAvailable` and an encryption change holds the lock.
 */
export function withWriteLock<T>(
	db: StrataDb,
	fn: () => Promise<T>,
	options: { ifAvailable?: boolean } = {}
): Promise<T | undefined> {
	return withWorkspaceLock(
		'shared',
		async () => {
			await syncKeyWithSetting(db);
			return fn();
		},
		options
	);
}
