import { describe, expect, it } from 'vitest';
import { callList, dueReason, pushRecent, type CallColumns } from '$lib/domain/field/call-list';
import { summarize, type ContactEntry } from '$lib/domain/field/contact-log';

const TODAY = '2026-12-02';
const entry = (customerId: string, date: string, over: Partial<ContactEntry> = {}): ContactEntry => ({
	id: `${customerId}-${date}`,
	customerId,
	date,
	outcome: 'reached',
	note: '',
	updatedAt: Date.parse(`${date}T12:00:00Z`),
	...over
});

/** Five customers; a = at-risk top tier, b = at-risk second tier, c/d ordinary, e no playbook. */
function columns(over: Partial<CallColumns> = {}): CallColumns {
	return {
		ids: ['a', 'b', 'c', 'd', 'e'],
		every: [30, 30, 14, 14, NaN],
		atRisk: [1, 1, 0, 0, 0],
		probability: [0.6, 0.9, 0.2, 0.1, NaN],
		tier: [0, 1, 2, 3, 3],
		value: [1000, 500, 300, 800, 50],
		...over
	};
}

describe('who is due today', () => {
	it('puts everyone with a rep playbook on the list when no one was ever contacted, at-risk first by expected loss', () => {
		// expected loss: a 0.6×1000 = 600, b 0.9×500 = 450 → a, b; then c (300), d (800) by value → d, c; e has no playbook.
		const list = callList(columns(), new Map(), new Map(), TODAY);
		expect(list.map((x) => x.index)).toEqual([0, 1, 3, 2]);
		expect(list.map((x) => x.reason)).toEqual(['atRisk', 'atRisk', 'never', 'never']);
	});

	it('is due again only when the playbook rhythm has come round (14 days: 13 days ago no, 14 yes)', () => {
		const cols = columns();
		const s = (date: string) => summarize([entry('c', date)]).get('c');
		expect(dueReason(2, cols, s('2026-11-19'), undefined, TODAY)).toBeUndefined();
		expect(dueReason(2, cols, s('2026-11-18'), undefined, TODAY)).toEqual({
			index: 2,
			reason: 'due',
			sinceDays: 14
		});
	});

	it('calls at-risk customers at least weekly even when their playbook says 30 days', () => {
		const cols = columns();
		const s = summarize([entry('a', '2026-11-25')]).get('a');
		expect(dueReason(0, cols, s, undefined, TODAY)?.reason).toBe('atRisk');
		const recent = summarize([entry('a', '2026-11-26')]).get('a');
		expect(dueReason(0, cols, recent, undefined, TODAY)).toBeUndefined();
	});

	it('does not reset the rhythm on no answer, but leaves the customer off for the rest of the day', () => {
		const cols = columns();
		const yesterday = summarize([entry('c', '2026-12-01', { outcome: 'noAnswer' })]).get('c');
		expect(dueReason(2, cols, yesterday, undefined, TODAY)?.reason).toBe('never');
		const today = summarize([entry('c', TODAY, { outcome: 'noAnswer' })]).get('c');
		expect(dueReason(2, cols, today, undefined, TODAY)).toBeUndefined();
	});

	it('follows a follow-up date over the rhythm, earliest follow-up first, and drops lost customers', () => {
		const log = [
			entry('c', '2026-12-01', { followUp: '2026-12-02' }),
			entry('d', '2026-11-20', { followUp: '2026-11-30' }),
			entry('b', '2026-12-01', { followUp: '2026-12-10' }),
			entry('a', '2026-11-01', { outcome: 'lost' })
		];
		const list = callList(columns(), summarize(log), new Map(), TODAY);
		// a is lost, b's follow-up is later: the follow-ups d (11-30) then c (12-02).
		expect(list.map((x) => [x.index, x.reason, x.followUp])).toEqual([
			[3, 'followUp', '2026-11-30'],
			[2, 'followUp', '2026-12-02']
		]);
	});

	it('counts the older "contacted on" mark as a contact, and a one-time playbook (0 days) only once', () => {
		const cols = columns({ every: [30, 30, 0, 14, NaN] });
		expect(dueReason(2, cols, undefined, undefined, TODAY)?.reason).toBe('never');
		expect(dueReason(2, cols, undefined, '2025-01-01', TODAY)).toBeUndefined();
		expect(dueReason(3, cols, undefined, '2026-11-30', TODAY)).toBeUndefined();
	});

	it('works without a churn model: no one is at risk, order is by value, NaN values last', () => {
		const cols = columns({
			atRisk: [0, 0, 0, 0, 0],
			probability: [NaN, NaN, NaN, NaN, NaN],
			value: [NaN, 500, 300, 800, 50]
		});
		expect(callList(cols, new Map(), new Map(), TODAY).map((x) => x.index)).toEqual([3, 1, 2, 0]);
	});

	it('handles a real-data-shaped base: most customers with no playbook, no phone, heavy value ties', () => {
		const n = 1000;
		const ids = Array.from({ length: n }, (_, i) => `c${i}`);
		// 90% one-time buyers in the bottom tier with an email-only playbook (NaN for a rep), equal values.
		const every = Float64Array.from(ids, (_, i) => (i % 10 === 0 ? 30 : NaN));
		const value = Float64Array.from(ids, (_, i) => (i % 10 === 0 ? 100 : 19.9));
		const cols: CallColumns = {
			ids,
			every,
			atRisk: new Uint8Array(n),
			probability: new Float64Array(n).fill(NaN),
			tier: new Int32Array(n),
			value
		};
		const list = callList(cols, new Map(), new Map(), TODAY);
		expect(list).toHaveLength(100);
		// Equal values keep customer order.
		expect(list.slice(0, 3).map((x) => x.index)).toEqual([0, 10, 20]);
	});
});

describe('recently viewed', () => {
	it('keeps the newest first without repeats, at most ten', () => {
		let list: string[] = [];
		for (const id of ['a', 'b', 'a', 'c']) list = pushRecent(list, id);
		expect(list).toEqual(['c', 'a', 'b']);
		for (let i = 0; i < 12; i++) list = pushRecent(list, `x${i}`);
		expect(list).toHaveLength(10);
		expect(list[0]).toBe('x11');
	});
});
