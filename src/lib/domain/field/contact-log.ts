// The contact log a rep keeps on the road: one entry per call or message, with its outcome, a note and an
// optional follow-up date. Entries carry their own id and edit time, so logs from two devices merge without
// duplicates (same id → the newer edit wins) and a deletion travels as a tombstone instead of being lost.

export const OUTCOMES = ['reached', 'noAnswer', 'willBuy', 'lost'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ContactEntry {
	/** Unique per entry (random), the key of the merge. */
	id: string;
	customerId: string;
	/** Day of the contact, 'YYYY-MM-DD'. */
	date: string;
	outcome: Outcome;
	note: string;
	/** Day to call again, 'YYYY-MM-DD'; absent = follow the playbook's rhythm. */
	followUp?: string;
	/** The playbook the contact served, when known. */
	playbookId?: string;
	/** Last edit, ms since 1970: the newer edit of the same entry wins a merge. */
	updatedAt: number;
	/** Undone or deleted: kept so the deletion reaches the other device. */
	deleted?: boolean;
}

/** Outcomes that mean the customer was actually spoken to (a no-answer attempt does not reset the rhythm). */
export const isReached = (o: Outcome): boolean => o !== 'noAnswer';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written 'YYYY-MM-DD'. */
export function isDay(s: unknown): s is string {
	if (typeof s !== 'string' || !DAY_RE.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Whole days from day a to day b (both 'YYYY-MM-DD'). */
export function daysBetween(a: string, b: string): number {
	return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * A strict order between two versions of one entry: the newer edit wins; equal edit times fall back to the
 * text, so every device picks the same winner whatever order the logs arrive in.
 */
function newer(a: ContactEntry, b: ContactEntry): ContactEntry {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
	return canonical(a) >= canonical(b) ? a : b;
}

/** The entry with its keys in a fixed order (and no undefined fields), as text. */
export function canonical(e: ContactEntry): string {
	return JSON.stringify([
		e.id,
		e.customerId,
		e.date,
		e.outcome,
		e.note,
		e.followUp ?? null,
		e.playbookId ?? null,
		e.updatedAt,
		e.deleted === true
	]);
}

/**
 * Merges logs: the union by entry id, the newer edit of each. Idempotent, commutative and associative, so a
 * log imported twice, or two logs in either order, give the same result. Sorted by (customer, date, id).
 */
export function mergeContactLogs(...logs: readonly (readonly ContactEntry[])[]): ContactEntry[] {
	const byId = new Map<string, ContactEntry>();
	for (const log of logs)
		for (const e of log) {
			const had = byId.get(e.id);
			byId.set(e.id, had ? newer(had, e) : e);
		}
	return sortEntries([...byId.values()]);
}

export function sortEntries(entries: ContactEntry[]): ContactEntry[] {
	const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return entries.sort((a, b) => cmp(a.customerId, b.customerId) || cmp(a.date, b.date) || cmp(a.id, b.id));
}

/** How many entries of `incoming` would change `base` (new ids, or newer edits): 0 means already merged. */
export function countChanges(base: readonly ContactEntry[], incoming: readonly ContactEntry[]): number {
	const byId = new Map(base.map((e) => [e.id, e] as const));
	let n = 0;
	for (const e of incoming) {
		const had = byId.get(e.id);
		if (!had || (newer(had, e) === e && canonical(had) !== canonical(e))) n++;
	}
	return n;
}

/** What the log says about one customer, for the call list and the card. */
export interface ContactSummary {
	/** Latest day the customer was actually reached (reached / will buy / lost). */
	lastReached?: string;
	/** Latest day of any attempt, answered or not. */
	lastAttempt?: string;
	/** The latest live entry (by day, then edit time). */
	latest?: ContactEntry;
}

/** Summaries per customer id, from live (not deleted) entries. */
export function summarize(entries: readonly ContactEntry[]): Map<string, ContactSummary> {
	const out = new Map<string, ContactSummary>();
	for (const e of entries) {
		if (e.deleted) continue;
		const s = out.get(e.customerId) ?? {};
		if (isReached(e.outcome) && (!s.lastReached || e.date > s.lastReached)) s.lastReached = e.date;
		if (!s.lastAttempt || e.date > s.lastAttempt) s.lastAttempt = e.date;
		const l = s.latest;
		if (!l || e.date > l.date || (e.date === l.date && e.updatedAt >= l.updatedAt)) s.latest = e;
		out.set(e.customerId, s);
	}
	return out;
}

/** Live entries of one customer, newest first (what the card lists). */
export function entriesOf(entries: readonly ContactEntry[], customerId: string): ContactEntry[] {
	return entries
		.filter((e) => e.customerId === customerId && !e.deleted)
		.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.updatedAt - a.updatedAt));
}
