import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import { getPlaybooks, putPlaybooks, resetPlaybooks } from '$lib/storage/playbooks';
import {
	clearTierOverride,
	listContacted,
	listTierOverrides,
	markContacted,
	setTierOverride
} from '$lib/storage/annotations';
import { blankPlaybook, defaultPlaybooks } from '$lib/domain/strategies/playbooks';

let db: StrataDb;
let n = 0;
beforeEach(async () => {
	db = new StrataDb(`playbooks-test-${n++}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('playbooks repository', () => {
	it('keeps edited playbooks per dataset and forgets them on reset', async () => {
		const edited = [{ ...blankPlaybook('p1'), budgetShare: 40 }];
		await putPlaybooks(db, 'd1', edited);
		await putPlaybooks(db, 'd2', defaultPlaybooks({ tierIds: ['a', 'b'] }));
		expect((await getPlaybooks(db, 'd1'))?.map((p) => [p.id, p.budgetShare])).toEqual([['p1', 40]]);
		await resetPlaybooks(db, 'd1');
		expect(await getPlaybooks(db, 'd1')).toBeUndefined();
		expect((await getPlaybooks(db, 'd2'))?.length).toBeGreaterThan(0);
	});
});

describe('annotations repository', () => {
	it('keeps one tier override per customer with its reason, and clears it', async () => {
		await setTierOverride(db, 'd', { customerId: 'c1', tierId: 'gold', reason: 'key account' }, 1);
		await setTierOverride(db, 'd', { customerId: 'c1', tierId: 'diamond', reason: 'new contract' }, 2);
		await setTierOverride(db, 'other', { customerId: 'c2', tierId: 'gold', reason: '' }, 3);
		expect(await listTierOverrides(db, 'd')).toEqual([
			{ customerId: 'c1', tierId: 'diamond', reason: 'new contract', updatedAt: 2 }
		]);
		await clearTierOverride(db, 'd', 'c1');
		expect(await listTierOverrides(db, 'd')).toEqual([]);
	});

	it('records the contact date separately from overrides of the same customer', async () => {
		await setTierOverride(db, 'd', { customerId: 'c1', tierId: 'gold', reason: 'x' });
		await markContacted(db, 'd', ['c1', 'c2'], '2026-11-20', 'top-tier');
		const got = (await listContacted(db, 'd')).sort((a, b) => a.customerId.localeCompare(b.customerId));
		expect(got).toEqual([
			{ customerId: 'c1', date: '2026-11-20', playbookId: 'top-tier' },
			{ customerId: 'c2', date: '2026-11-20', playbookId: 'top-tier' }
		]);
		expect((await listTierOverrides(db, 'd')).length).toBe(1);
	});
});
