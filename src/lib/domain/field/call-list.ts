// Who a rep should call today: customers whose playbook's contact rhythm has come round (or whose follow-up
// date has), high-value at-risk customers first (the shared definition, ranked by expected loss), then due
// follow-ups, then everyone else due, most valuable first. Pure, so the phone and the manager agree.
import { byExpectedLoss, type AtRiskColumns } from '../at-risk';
import { daysBetween, type ContactSummary } from './contact-log';

/** An at-risk customer without a playbook rhythm is called again after this many days. */
export const AT_RISK_EVERY_DAYS = 7;

export interface CallColumns extends AtRiskColumns {
	ids: ArrayLike<string>;
	/** Days between contacts of the customer's playbook; 0 = one contact only; NaN = no playbook for a rep. */
	every: ArrayLike<number>;
	/** 1 = high-value at risk (domain/at-risk.ts), computed by the caller with its settings. */
	atRisk: ArrayLike<number>;
}

export type CallReason = 'atRisk' | 'followUp' | 'due' | 'never';

export interface CallItem {
	index: number;
	reason: CallReason;
	/** Days since the customer was last reached; undefined = never. */
	sinceDays?: number;
	/** The follow-up day that made them due. */
	followUp?: string;
}

/**
 * Why customer i is due today, or undefined. `lastContacted` is the older "contacted on" mark (Strategies),
 * counted as a reached contact.
 */
export function dueReason(
	i: number,
	cols: CallColumns,
	summary: ContactSummary | undefined,
	lastContacted: string | undefined,
	today: string
): CallItem | undefined {
	// Anything logged today, answered or not, is today's work done.
	if (summary?.lastAttempt === today) return undefined;
	const latest = summary?.latest;
	if (latest?.followUp)
		return latest.followUp <= today ? { index: i, reason: 'followUp', followUp: latest.followUp } : undefined;
	if (latest?.outcome === 'lost') return undefined;
	const atRisk = cols.atRisk[i] === 1;
	let every = cols.every[i];
	if (atRisk)
		every = Number.isFinite(every) && every > 0 ? Math.min(every, AT_RISK_EVERY_DAYS) : AT_RISK_EVERY_DAYS;
	if (!Number.isFinite(every) || every < 0) return undefined;
	const reached = [summary?.lastReached, lastContacted]
		.filter((d): d is string => !!d)
		.sort()
		.pop();
	if (!reached) return { index: i, reason: atRisk ? 'atRisk' : 'never' };
	if (every === 0) return undefined;
	const since = daysBetween(reached, today);
	if (since < every) return undefined;
	return { index: i, reason: atRisk ? 'atRisk' : 'due', sinceDays: since };
}

/** Today's call list, in calling order. */
export function callList(
	cols: CallColumns,
	summaries: ReadonlyMap<string, ContactSummary>,
	lastContacted: ReadonlyMap<string, string>,
	today: string
): CallItem[] {
	const items: CallItem[] = [];
	for (let i = 0; i < cols.ids.length; i++) {
		const id = cols.ids[i];
		const item = dueReason(i, cols, summaries.get(id), lastContacted.get(id), today);
		if (item) items.push(item);
	}
	const byIndex = new Map(items.map((it) => [it.index, it] as const));
	const risky = items.filter((it) => cols.atRisk[it.index] === 1);
	const ranked = [
		...byExpectedLoss(
			risky.map((it) => it.index),
			cols
		)
	].map((i) => byIndex.get(i)!);
	const value = (i: number) => (Number.isFinite(cols.value[i]) ? cols.value[i] : -Infinity);
	const follow = items
		.filter((it) => cols.atRisk[it.index] !== 1 && it.reason === 'followUp')
		.sort(
			(a, b) =>
				(a.followUp! < b.followUp! ? -1 : a.followUp! > b.followUp! ? 1 : 0) ||
				value(b.index) - value(a.index) ||
				a.index - b.index
		);
	const rest = items
		.filter((it) => cols.atRisk[it.index] !== 1 && it.reason !== 'followUp')
		.sort((a, b) => value(b.index) - value(a.index) || a.index - b.index);
	return [...ranked, ...follow, ...rest];
}

/** Recently viewed customers: newest first, no repeats, at most `max`. */
export function pushRecent(list: readonly string[], id: string, max = 10): string[] {
	return [id, ...list.filter((x) => x !== id)].slice(0, max);
}
