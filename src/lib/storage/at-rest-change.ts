// Turning encryption at rest on or off and changing its passphrase, as journaled steps under the exclusive
// workspace lock: no writer runs meanwhile, a crash at any record leaves the key derivable until every record is
// in its final form, and the setting's final form is written last. `finishPendingChange` resumes after a crash.
import { cmp } from 'dexie';
import { newEncryption, PBKDF2_ITERATIONS, unlock as deriveKey } from '$lib/backup/crypto';
import { withWorkspaceLock } from '$lib/workspace-lock';
import {
	ENCRYPTION_SETTING,
	ensureIndexKey,
	isSealedFinal,
	keyFits,
	newIndexSecret,
	LockedError,
	openRecord,
	readSetting,
	SEALED_FIELDS,
	seal,
	sealForWrite,
	sessionKey,
	setPreviousKey,
	setSessionKey,
	unseal,
	VERIFIER,
	type EncryptionSetting,
	type Sealed,
	type SealedTable
} from './at-rest';
import type { StrataDb } from './db';

export interface ChangeOptions {
	iterations?: number;
	/** Tests only: stop after rewriting this many records, as a crash would. */
	limit?: number;
}

const writeSetting = (db: StrataDb, setting: EncryptionSetting) =>
	db.settings.put({ key: ENCRYPTION_SETTING, value: setting });

const exclusive = <T>(fn: () => Promise<T>) => withWorkspaceLock('exclusive', fn) as Promise<T>;

const tablesOf = (db: StrataDb) =>
	Object.keys(SEALED_FIELDS).map((name) => [name as SealedTable, db.table(name)] as const);

type Rewrite = (table: SealedTable, record: object) => Promise<object | undefined>;

/**
 * Rewrites records one transaction each (fields and `sealed` change in one put); returns how many changed. A
 * record whose primary key changes (a customer id becoming its keyed hash, or back) is moved in that transaction.
 */
async function rewriteAll(db: StrataDb, rewrite: Rewrite, limit = Infinity): Promise<number> {
	await ensureIndexKey(db);
	let done = 0;
	for (const [name, table] of tablesOf(db))
		for (const pk of await table.toCollection().primaryKeys()) {
			if (done >= limit) return done;
			const changed = await db.transaction('rw', table, async () => {
				const r = (await table.get(pk)) as object | undefined;
				const next = r && (await rewrite(name, r));
				if (next && cmp(await table.put(next), pk) !== 0) await table.delete(pk);
				return Boolean(next);
			});
			if (changed) done++;
		}
	return done;
}

const isSealed = (r: object) => Boolean((r as { sealed?: Sealed }).sealed);

/**
 * Plain records, and records sealed with an older field set (opened and sealed again with today's). A sealed
 * record this key cannot open is left exactly as it is: resealing it is an upgrade, never worth losing it over.
 */
const sealPlain: Rewrite = async (name, r) => {
	if (isSealedFinal(name, r)) return undefined;
	if (!isSealed(r)) return sealForWrite(name, r);
	const opened = await openRecord(r).catch(() => undefined);
	return opened && sealForWrite(name, opened);
};
const openSealed: Rewrite = async (_, r) => (isSealed(r) ? openRecord(r) : undefined);

/** Seals every record still plain (after enabling, or what a thread without the key wrote). Caller holds a lock. */
export async function sealRemaining(db: StrataDb, limit = Infinity): Promise<number> {
	if (!sessionKey()) throw new LockedError();
	return rewriteAll(db, sealPlain, limit);
}

export type UnlockOutcome = { ok: true } | { error: 'wrongPassphrase' };

/** Checks the passphrase (the current one, or mid-change the new one) and keeps the key for this thread. */
export async function unlock(db: StrataDb, passphrase: string): Promise<UnlockOutcome> {
	const setting = await readSetting(db);
	if (!setting) return { ok: true };
	const params = [setting.params];
	if (setting.pending?.kind === 'rekey') params.push(setting.pending.next.params);
	for (const p of params) {
		const candidate = await deriveKey(passphrase, p);
		if (candidate && (await keyFits(setting, candidate))) {
			setSessionKey(candidate);
			return { ok: true };
		}
	}
	return { error: 'wrongPassphrase' };
}

/** Derives a key, journals 'enable', seals every record, then marks the setting complete. */
export function enableEncryption(
	db: StrataDb,
	passphrase: string,
	options: ChangeOptions = {}
): Promise<{ ok: true } | { error: 'alreadyEnabled' }> {
	return exclusive(async () => {
		if (await readSetting(db)) return { error: 'alreadyEnabled' as const };
		const { key, params } = await newEncryption(passphrase, options.iterations ?? PBKDF2_ITERATIONS);
		const setting: EncryptionSetting = {
			version: 1,
			params,
			verifier: await seal(VERIFIER, key),
			index: await newIndexSecret(key)
		};
		await writeSetting(db, { ...setting, pending: { kind: 'enable' } });
		setSessionKey(key);
		await finishEnable(db, setting, options.limit);
		return { ok: true as const };
	});
}

async function finishEnable(db: StrataDb, setting: EncryptionSetting, limit?: number): Promise<void> {
	const done = await sealRemaining(db, limit);
	if (limit !== undefined && done >= limit) return;
	const { pending: _done, ...complete } = setting;
	await writeSetting(db, complete);
}

/** Journals 'disable', opens every record with the key, and deletes the setting only after the last one. */
export function disableEncryption(db: StrataDb, options: ChangeOptions = {}): Promise<void> {
	return exclusive(async () => {
		const setting = await readSetting(db);
		if (!setting) return;
		if (!sessionKey()) throw new LockedError();
		await writeSetting(db, { ...setting, pending: { kind: 'disable' } });
		await finishDisable(db, options.limit);
	});
}

async function finishDisable(db: StrataDb, limit?: number): Promise<void> {
	const done = await rewriteAll(db, openSealed, limit);
	if (limit !== undefined && done >= limit) return;
	await db.settings.delete(ENCRYPTION_SETTING);
	setSessionKey(undefined);
}

export type ChangePassphraseOutcome = { ok: true } | { error: 'wrongPassphrase' };

/** Moves every record to a key from `next`; `current` must be today's passphrase. */
export function changePassphrase(
	db: StrataDb,
	current: string,
	next: string,
	options: ChangeOptions = {}
): Promise<ChangePassphraseOutcome> {
	return exclusive(async () => {
		const setting = await readSetting(db);
		const oldKey = setting && !setting.pending ? await deriveKey(current, setting.params) : undefined;
		if (!setting || !oldKey || !(await keyFits(setting, oldKey)))
			return { error: 'wrongPassphrase' as const };
		const fresh = await newEncryption(next, options.iterations ?? PBKDF2_ITERATIONS);
		const journaled: EncryptionSetting = {
			...setting,
			pending: {
				kind: 'rekey',
				next: {
					params: fresh.params,
					verifier: await seal(VERIFIER, fresh.key),
					// The same index secret under the new key: keyed hashes (and so primary keys) do not change.
					...(setting.index && { index: await seal(await unseal(setting.index, oldKey), fresh.key) })
				},
				newSealedByOld: await seal(next, oldKey),
				oldSealedByNew: await seal(current, fresh.key)
			}
		};
		await writeSetting(db, journaled);
		await finishRekey(db, journaled, oldKey, fresh.key, options.limit);
		return { ok: true as const };
	});
}

async function finishRekey(
	db: StrataDb,
	setting: EncryptionSetting,
	oldKey: CryptoKey,
	newKey: CryptoKey,
	limit?: number
): Promise<void> {
	if (setting.pending?.kind !== 'rekey') return;
	setSessionKey(newKey);
	setPreviousKey(oldKey);
	try {
		// A record sealed whole under the new key has moved already; any other is opened (with the new key, else
		// the old: openRecord falls back to the previous key) and sealed again under the new one.
		const done = await rewriteAll(
			db,
			async (name, r) => {
				const sealed = (r as { sealed?: Sealed }).sealed;
				if (!sealed) return sealForWrite(name, r);
				const moved = await unseal(sealed, newKey).then(
					() => true,
					() => false
				);
				if (moved && isSealedFinal(name, r)) return undefined;
				return sealForWrite(name, await openRecord(r));
			},
			limit
		);
		if (limit !== undefined && done >= limit) return;
		await writeSetting(db, { version: 1, ...setting.pending.next });
	} finally {
		setPreviousKey(undefined);
	}
}

/**
 * After an unlock: finishes whatever change a crash or closed tab cut short, and seals records a thread without
 * the key may have left plain. Holds the exclusive lock; a no-op on a workspace at rest with nothing plain.
 */
export function finishPendingChange(db: StrataDb): Promise<void> {
	return exclusive(async () => {
		const setting = await readSetting(db);
		const key = sessionKey();
		if (!setting || !key) return;
		const pending = setting.pending;
		if (!pending || pending.kind === 'enable') return finishEnable(db, await withIndex(db, setting));
		if (pending.kind === 'disable') return finishDisable(db);
		// Rekey: whichever passphrase unlocked, the other is sealed under its key.
		const unlockedWithOld = await unseal(setting.verifier, key).then(
			(v) => v === VERIFIER,
			() => false
		);
		const other = unlockedWithOld
			? await deriveKey(await unseal<string>(pending.newSealedByOld, key), pending.next.params)
			: await deriveKey(await unseal<string>(pending.oldSealedByNew, key), setting.params);
		if (!other) throw new Error('at-rest: the journaled passphrase does not derive its key');
		const [oldKey, newKey] = unlockedWithOld ? [key, other] : [other, key];
		await finishRekey(db, setting, oldKey, newKey);
		// A setting from before the index secret existed gets one now, and its keyed fields are hashed.
		const after = await readSetting(db);
		if (after && !after.pending && !after.index) await finishEnable(db, await withIndex(db, after));
	});
}

/** The setting with an index secret: a setting written before it existed gets one (stored before any use). */
async function withIndex(db: StrataDb, setting: EncryptionSetting): Promise<EncryptionSetting> {
	if (setting.index) return setting;
	const next = { ...setting, index: await newIndexSecret(sessionKey()!) };
	await writeSetting(db, next);
	return next;
}
