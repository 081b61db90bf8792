import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StrataDb } from '$lib/storage/db';
import {
	deleteFieldPack,
	listContactLog,
	listFieldPacks,
	mergeIntoContactLog,
	saveFieldPack
} from '$lib/storage/field';
import type { ContactEntry } from '$lib/domain/field/contact-log';
import type { FieldPackBody } from '$lib/domain/field/field-pack';

let n = 0;
const opened: StrataDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});
const fresh = () => {
	const db = new StrataDb(`field-${n++}`);
	opened.push(db);
	return db;
};
const e = (id: string, customerId: string, over: Partial<ContactEntry> = {}): ContactEntry => ({
	id,
	customerId,
	date: '2026-12-01',
	outcome: 'reached',
	note: 'n',
	updatedAt: 1,
	...over
});

describe('contact log store', () => {
	it('merges a rep log into the workspace once: the second import changes nothing', async () => {
		const db = fresh();
		await mergeIntoContactLog(db, 'd1', [e('old', 'c1')]);
		const log = [e('x', 'c1', { outcome: 'willBuy', note: '下周下单' }), e('y', 'c2')];
		expect(await mergeIntoContactLog(db, 'd1', log)).toBe(2);
		expect(await mergeIntoContactLog(db, 'd1', log)).toBe(0);
		const all = await listContactLog(db, 'd1');
		expect(all.map((x) => x.id)).toEqual(['old', 'x', 'y']);
		expect(await listContactLog(db, 'other')).toEqual([]);
	});

	it('applies a newer edit and a tombstone from the phone', async () => {
		const db = fresh();
		await mergeIntoContactLog(db, 'd1', [e('x', 'c1')]);
		expect(await mergeIntoContactLog(db, 'd1', [e('x', 'c1', { note: 'edited', updatedAt: 5 })])).toBe(1);
		expect(await mergeIntoContactLog(db, 'd1', [e('x', 'c1', { note: 'stale', updatedAt: 2 })])).toBe(0);
		expect((await listContactLog(db, 'd1'))[0].note).toBe('edited');
	});
});

describe('field packs on the phone', () => {
	it('keeps packs beside the workspace (no dataset is created) and deletes one alone', async () => {
		const db = fresh();
		const pack = (packId: string): FieldPackBody => ({
			packId,
			title: 'Tier: Gold',
			source: { datasetId: 'd1', datasetName: 'demo' },
			analysisDate: 0,
			currency: null,
			tiers: [],
			churn: null,
			playbooks: [],
			customers: []
		});
		await saveFieldPack(db, pack('a'));
		await saveFieldPack(db, pack('b'));
		expect((await listFieldPacks(db)).map((p) => p.pack.packId).sort()).toEqual(['a', 'b']);
		expect(await db.datasets.count()).toBe(0);
		await deleteFieldPack(db, 'a');
		expect((await listFieldPacks(db)).map((p) => p.pack.packId)).toEqual(['b']);
	});
});
