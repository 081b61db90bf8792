// What a playbook's action list shows of the contacts made so far — the phone's contact log (merged logs from
// field packs included) and the older "contacted on" marks — and whether a customer is still "to call" under
// the playbook's rhythm. The rules are the phone's call list's (domain/field/call-list.ts): a "no answer" does
// not reset the rhythm, anything logged today is today's work done, a follow-up date replaces the rhythm until
// it comes, and "lost" stops the calls.
import { daysBetween, type ContactSummary, type Outcome } from '../field/contact-log';

export interface ContactStatus {
	/** The latest contact: a logged entry's day, or a mark's day when it is newer; undefined = none. */
	date?: string;
	/** The latest logged outcome; 'marked' = a "contacted on" mark with no outcome. */
	outcome?: Outcome | 'marked';
	/** A follow-up day still to come, or come. */
	followUp?: string;
	/** Why the customer is not to be called now; undefined = to call. */
	notNow?: 'today' | 'withinRhythm' | 'followUpLater' | 'lost' | 'once';
}

/**
 * The status of one customer under a playbook that contacts every `everyDays` days (0 = once; NaN or negative
 * = no rhythm, so only today's contact and follow-ups hold a customer back).
 */
export function contactStatus(
	summary: ContactSummary | undefined,
	mark: string | undefined,
	everyDays: number,
	today: string
): ContactStatus {
	const latest = summary?.latest;
	const logged = latest?.date;
	const out: ContactStatus = {};
	if (logged && (!mark || logged >= mark)) {
		out.date = logged;
		out.outcome = latest.outcome;
	} else if (mark) {
		out.date = mark;
		out.outcome = 'marked';
	}
	if (latest?.followUp) out.followUp = latest.followUp;
	if (summary?.lastAttempt === today || mark === today) return { ...out, notNow: 'today' };
	if (latest?.followUp) return latest.followUp > today ? { ...out, notNow: 'followUpLater' } : out;
	if (latest?.outcome === 'lost' && (!mark || latest.date >= mark)) return { ...out, notNow: 'lost' };
	const reached = [summary?.lastReached, mark]
		.filter((d): d is string => !!d)
		.sort()
		.pop();
	if (!reached || !Number.isFinite(everyDays) || everyDays < 0) return out;
	if (everyDays === 0) return { ...out, notNow: 'once' };
	return daysBetween(reached, today) < everyDays ? { ...out, notNow: 'withinRhythm' } : out;
}

/** Statuses for a list of customer indices, and how many of them are held back. */
export function contactStatuses(
	indices: ArrayLike<number>,
	ids: ArrayLike<string>,
	summaries: ReadonlyMap<string, ContactSummary>,
	marks: ReadonlyMap<string, { date: string }>,
	everyDays: number,
	today: string
): { status: Map<number, ContactStatus>; held: number } {
	const status = new Map<number, ContactStatus>();
	let held = 0;
	for (let k = 0; k < indices.length; k++) {
		const i = indices[k];
		const s = contactStatus(summaries.get(ids[i]), marks.get(ids[i])?.date, everyDays, today);
		if (s.notNow) held++;
		status.set(i, s);
	}
	return { status, held };
}
