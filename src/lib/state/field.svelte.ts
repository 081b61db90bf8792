// The phone's field state: packs opened on this device, which customers Look up shows (the workspace or a
// pack), the contact log of those customers with undo, and recently viewed customers (kept on this device).
import { untrack } from 'svelte';
import { openDb } from '$lib/storage/open-db';
import { withWriteLock } from '$lib/storage/at-rest';
import {
	deleteFieldPack,
	listContactLog,
	listFieldPacks,
	mergeIntoContactLog,
	saveFieldPack,
	type StoredPack
} from '$lib/storage/field';
import { pushRecent } from '$lib/domain/field/call-list';
import type { ContactEntry, Outcome } from '$lib/domain/field/contact-log';
import type { FieldPackBody } from '$lib/domain/field/field-pack';

const SOURCE_KEY = 'strata.lookup.source';
const recentKey = (logKey: string) => `strata.lookup.recent.${logKey}`;

function load(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}
function save(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Private mode: the choice lasts for this visit only.
	}
}

export interface ContactDraft {
	outcome: Outcome;
	note: string;
	followUp?: string;
	date: string;
	playbookId?: string;
}

class Field {
	packs = $state.raw<StoredPack[]>([]);
	/** 'workspace' or a pack id. */
	source = $state<string>(load(SOURCE_KEY) ?? 'workspace');
	/** The dataset whose contact log is loaded (the workspace's, or the one a pack came from). */
	logKey = $state<string | undefined>(undefined);
	log = $state.raw<ContactEntry[]>([]);
	recent = $state.raw<string[]>([]);
	/** The last change, to undo: the entry as it was before (undefined = it did not exist). */
	lastChange = $state.raw<{ before: ContactEntry | undefined; after: ContactEntry } | undefined>(undefined);
	activePack = $derived<FieldPackBody | undefined>(
		this.packs.find((p) => p.pack.packId === this.source)?.pack
	);
	private loaded = false;

	async loadPacks(): Promise<void> {
		const { db } = await openDb();
		this.packs = await listFieldPacks(db);
		this.loaded = true;
	}

	init(): void {
		if (!this.loaded) void this.loadPacks();
	}

	choose(source: string): void {
		this.source = source;
		save(SOURCE_KEY, source);
	}

	/** Loads the log and recent list of a dataset id (call when the shown customers change). */
	async follow(logKey: string | undefined): Promise<void> {
		// Called from page effects: what it reads of this state must not make those effects depend on it.
		if (untrack(() => logKey === this.logKey)) return;
		this.logKey = logKey;
		this.lastChange = undefined;
		this.recent = logKey ? JSON.parse(load(recentKey(logKey)) ?? '[]') : [];
		if (!logKey) return void (this.log = []);
		const { db } = await openDb();
		const log = await listContactLog(db, logKey);
		if (logKey === this.logKey) this.log = log;
	}

	viewed(customerId: string): void {
		untrack(() => {
			if (!this.logKey) return;
			this.recent = pushRecent(this.recent, customerId);
			save(recentKey(this.logKey), JSON.stringify(this.recent));
		});
	}

	private async write(entry: ContactEntry): Promise<void> {
		const key = this.logKey;
		if (!key) return;
		const { db } = await openDb();
		await withWriteLock(db, () => mergeIntoContactLog(db, key, [entry]));
		const log = await listContactLog(db, key);
		if (key === this.logKey) this.log = log;
	}

	async logContact(customerId: string, draft: ContactDraft): Promise<void> {
		const entry: ContactEntry = {
			id: crypto.randomUUID(),
			customerId,
			date: draft.date,
			outcome: draft.outcome,
			note: draft.note.trim(),
			...(draft.followUp ? { followUp: draft.followUp } : {}),
			...(draft.playbookId ? { playbookId: draft.playbookId } : {}),
			updatedAt: Date.now()
		};
		this.lastChange = { before: undefined, after: entry };
		await this.write(entry);
	}

	async editContact(before: ContactEntry, draft: ContactDraft): Promise<void> {
		const { followUp: _drop, ...rest } = before;
		void _drop;
		const after: ContactEntry = {
			...rest,
			date: draft.date,
			outcome: draft.outcome,
			note: draft.note.trim(),
			...(draft.followUp ? { followUp: draft.followUp } : {}),
			updatedAt: Math.max(Date.now(), before.updatedAt + 1)
		};
		this.lastChange = { before, after };
		await this.write(after);
	}

	async deleteContact(before: ContactEntry): Promise<void> {
		const after = { ...before, deleted: true, updatedAt: Math.max(Date.now(), before.updatedAt + 1) };
		this.lastChange = { before, after };
		await this.write(after);
	}

	/** Puts the entry back as it was, as a newer edit (so the undo travels to the other device too). */
	async undo(): Promise<void> {
		const change = this.lastChange;
		if (!change) return;
		this.lastChange = undefined;
		const updatedAt = Math.max(Date.now(), change.after.updatedAt + 1);
		await this.write(
			change.before ? { ...change.before, updatedAt } : { ...change.after, deleted: true, updatedAt }
		);
	}

	async addPack(pack: FieldPackBody): Promise<void> {
		const { db } = await openDb();
		await withWriteLock(db, () => saveFieldPack(db, pack));
		await this.loadPacks();
		this.choose(pack.packId);
	}

	async removePack(packId: string): Promise<void> {
		const { db } = await openDb();
		await deleteFieldPack(db, packId);
		await this.loadPacks();
		if (this.source === packId) this.choose('workspace');
	}

	/** Merges a rep's entries into a dataset's log; returns how many customers' logs changed. */
	async mergeLog(datasetId: string, entries: ContactEntry[]): Promise<number> {
		const { db } = await openDb();
		const changed = (await withWriteLock(db, () => mergeIntoContactLog(db, datasetId, entries))) ?? 0;
		if (datasetId === this.logKey) this.log = await listContactLog(db, datasetId);
		return changed;
	}
}

export const field = new Field();
