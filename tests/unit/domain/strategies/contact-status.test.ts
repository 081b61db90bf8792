import { describe, expect, it } from 'vitest';
import { contactStatus, contactStatuses } from '$lib/domain/strategies/contact-status';
import { summarize, type ContactEntry, type Outcome } from '$lib/domain/field/contact-log';

const TODAY = '2026-12-02';
let n = 0;
const entry = (customerId: string, date: string, outcome: Outcome, followUp?: string): ContactEntry => ({
	id: `e${++n}`,
	customerId,
	date,
	outcome,
	note: '',
	...(followUp ? { followUp } : {}),
	updatedAt: n
});
const one = (...entries: ContactEntry[]) => summarize(entries).get(entries[0].customerId);

describe("a customer's contact status under a playbook's rhythm", () => {
	it('is "to call" with nothing logged and no mark', () => {
		expect(contactStatus(undefined, undefined, 30, TODAY)).toEqual({});
	});

	it('holds back a customer reached 29 days ago under a 30-day rhythm, and lets them through at 30', () => {
		expect(contactStatus(one(entry('A', '2026-11-03', 'reached')), undefined, 30, TODAY)).toEqual({
			date: '2026-11-03',
			outcome: 'reached',
			notNow: 'withinRhythm'
		});
		expect(contactStatus(one(entry('A', '2026-11-02', 'willBuy')), undefined, 30, TODAY)).toEqual({
			date: '2026-11-02',
			outcome: 'willBuy'
		});
	});

	it('does not let a "no answer" reset the rhythm, but counts it as today\'s work when logged today', () => {
		const earlier = entry('B', '2026-10-01', 'reached');
		expect(contactStatus(one(earlier, entry('B', '2026-11-30', 'noAnswer')), undefined, 30, TODAY)).toEqual({
			date: '2026-11-30',
			outcome: 'noAnswer'
		});
		expect(contactStatus(one(earlier, entry('B', TODAY, 'noAnswer')), undefined, 30, TODAY).notNow).toBe(
			'today'
		);
	});

	it('waits for a follow-up day still to come, and calls on or after it whatever the rhythm', () => {
		expect(
			contactStatus(one(entry('C', '2026-11-01', 'reached', '2026-12-10')), undefined, 90, TODAY)
		).toEqual({ date: '2026-11-01', outcome: 'reached', followUp: '2026-12-10', notNow: 'followUpLater' });
		expect(
			contactStatus(one(entry('C', '2026-11-28', 'reached', TODAY)), undefined, 90, TODAY).notNow
		).toBeUndefined();
	});

	it('stops at "lost", and at any reach for a one-contact playbook (rhythm 0)', () => {
		expect(contactStatus(one(entry('D', '2026-06-01', 'lost')), undefined, 30, TODAY).notNow).toBe('lost');
		expect(contactStatus(one(entry('D', '2025-01-01', 'reached')), undefined, 0, TODAY).notNow).toBe('once');
	});

	it('counts an older "contacted on" mark as a reach, and shows whichever of mark and log is newer', () => {
		expect(contactStatus(undefined, '2026-11-20', 30, TODAY)).toEqual({
			date: '2026-11-20',
			outcome: 'marked',
			notNow: 'withinRhythm'
		});
		const s = one(entry('E', '2026-10-01', 'noAnswer'));
		// Marked 7 days ago under a 14-day rhythm: held back; the no-answer in October reset nothing.
		expect(contactStatus(s, '2026-11-25', 14, TODAY)).toEqual({
			date: '2026-11-25',
			outcome: 'marked',
			notNow: 'withinRhythm'
		});
		expect(contactStatus(s, '2026-09-01', 14, TODAY)).toEqual({ date: '2026-10-01', outcome: 'noAnswer' });
	});

	it('holds nobody back by rhythm when the playbook has none', () => {
		expect(
			contactStatus(one(entry('F', '2026-12-01', 'reached')), undefined, NaN, TODAY).notNow
		).toBeUndefined();
	});
});

describe('statuses of an action list', () => {
	it('counts the customers held back, by index, from the log and the marks together', () => {
		const ids = ['A', 'B', 'C', 'D'];
		const log = summarize([entry('A', '2026-11-25', 'reached'), entry('C', '2026-10-01', 'reached')]);
		const marks = new Map([['B', { date: '2026-12-01' }]]);
		const { status, held } = contactStatuses([3, 0, 1, 2], ids, log, marks, 30, TODAY);
		expect(held).toBe(2);
		expect([0, 1, 2, 3].map((i) => status.get(i)?.notNow)).toEqual([
			'withinRhythm',
			'withinRhythm',
			undefined,
			undefined
		]);
	});
});
