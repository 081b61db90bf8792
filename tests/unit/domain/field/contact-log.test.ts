import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
	canonical,
	countChanges,
	daysBetween,
	entriesOf,
	isDay,
	mergeContactLogs,
	summarize,
	type ContactEntry
} from '$lib/domain/field/contact-log';

// Fixed seed for CI (FC_SEED overrides it); fast-check prints the seed and the shrunk counterexample on failure.
const fcParams = { seed: Number(process.env.FC_SEED) || 20261202, numRuns: 300 };

const e = (id: string, over: Partial<ContactEntry> = {}): ContactEntry => ({
	id,
	customerId: 'c1',
	date: '2026-12-01',
	outcome: 'reached',
	note: '',
	updatedAt: 1000,
	...over
});

describe('contact log', () => {
	it('reads calendar days strictly', () => {
		expect(isDay('2026-02-28')).toBe(true);
		expect(isDay('2026-02-30')).toBe(false);
		expect(isDay('2026-2-3')).toBe(false);
		expect(daysBetween('2026-11-18', '2026-12-02')).toBe(14);
	});

	it('keeps the newer edit of an entry and every distinct entry once', () => {
		const phone = [e('x', { note: 'call back', updatedAt: 2000 }), e('y')];
		const desk = [e('x', { note: 'old', updatedAt: 1500 }), e('z', { customerId: 'c0' })];
		const merged = mergeContactLogs(desk, phone);
		expect(merged.map((m) => [m.id, m.note])).toEqual([
			['z', ''],
			['x', 'call back'],
			['y', '']
		]);
		expect(countChanges(desk, phone)).toBe(2);
		expect(countChanges(merged, phone)).toBe(0);
	});

	it('lets a deletion (tombstone) win over the older live entry and hides it from summaries', () => {
		const merged = mergeContactLogs([e('x')], [e('x', { deleted: true, updatedAt: 2000 })]);
		expect(merged).toHaveLength(1);
		expect(summarize(merged).get('c1')).toBeUndefined();
		expect(entriesOf(merged, 'c1')).toEqual([]);
	});

	it('summarizes: no answer is an attempt, not a contact; the latest entry carries the follow-up', () => {
		const s = summarize([
			e('1', { date: '2026-11-01' }),
			e('2', { date: '2026-11-20', outcome: 'noAnswer', followUp: '2026-11-22' })
		]).get('c1');
		expect(s?.lastReached).toBe('2026-11-01');
		expect(s?.lastAttempt).toBe('2026-11-20');
		expect(s?.latest?.followUp).toBe('2026-11-22');
	});
});

const day = fc
	.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) })
	.map((ms) => new Date(ms).toISOString().slice(0, 10));
const entryArb = fc.record({
	id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
	customerId: fc.constantFrom('c1', 'c2', '客户3'),
	date: day,
	outcome: fc.constantFrom('reached', 'noAnswer', 'willBuy', 'lost') as fc.Arbitrary<ContactEntry['outcome']>,
	note: fc.string({ maxLength: 8 }),
	updatedAt: fc.integer({ min: 0, max: 5 }),
	deleted: fc.option(fc.constant(true), { nil: undefined })
});
const logArb = fc.array(entryArb, { maxLength: 12 }).map((l) =>
	l.map((x) => {
		const { deleted, ...rest } = x;
		return deleted ? { ...rest, deleted } : rest;
	})
);
const text = (l: ContactEntry[]) => l.map(canonical);

describe('contact log merge properties', () => {
	test.prop([logArb, logArb], fcParams)('is order-independent', (a, b) => {
		expect(text(mergeContactLogs(a, b))).toEqual(text(mergeContactLogs(b, a)));
	});
	test.prop([logArb, logArb], fcParams)(
		'is idempotent: merging the same log again changes nothing',
		(a, b) => {
			const once = mergeContactLogs(a, b);
			expect(text(mergeContactLogs(once, b))).toEqual(text(once));
			expect(countChanges(once, b)).toBe(0);
		}
	);
	test.prop([logArb, logArb, logArb], fcParams)('is associative', (a, b, c) => {
		expect(text(mergeContactLogs(mergeContactLogs(a, b), c))).toEqual(
			text(mergeContactLogs(a, mergeContactLogs(b, c)))
		);
	});
});
