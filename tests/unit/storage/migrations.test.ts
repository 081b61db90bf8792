import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { StrataDb } from '$lib/storage/db';
import {
	declareMigrations,
	MIGRATIONS,
	schemaVersion,
	upgradeBackupTables,
	watchSchemaChanges,
	type Migration
} from '$lib/storage/migrations';

// A test-only version 2: a new index on dataset names, and an upgrade that gives every annotation a note.
const V2: Migration = {
	version: 2,
	stores: { datasets: 'id, status, contentHash, createdAt, name' },
	upgrade: (tx) =>
		tx
			.table('annotations')
			.toCollection()
			.modify((a: { note?: string }) => {
				a.note = 'from v1';
			})
};

class StrataDbV2 extends StrataDb {
	constructor(name: string) {
		super(name);
		declareMigrations(this, [V2]);
	}
}

let n = 0;
const names: string[] = [];
const nextName = () => {
	const name = `mig-${n++}`;
	names.push(name);
	return name;
};
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

async function writeV1(name: string) {
	const v1 = new StrataDb(name);
	await v1.datasets.add({
		id: 'd1',
		name: 'Orders 订单',
		status: 'committed',
		shape: 'transactions' as never,
		createdAt: 1,
		contentHash: 'h',
		source: { fileName: 'a.csv', size: 1, kind: 'csv' },
		columns: [],
		rowCount: 2,
		customerCount: 1,
		chunkCount: 1
	});
	await v1.chunks.add({
		datasetId: 'd1',
		table: 'rows',
		index: 0,
		length: 2,
		columns: { amount: new Float64Array([NaN, 2.5]), id: ['A', 'B'] }
	});
	await v1.annotations.add({ datasetId: 'd1', customerId: 'A', kind: 'tier', value: 1, updatedAt: 3 });
	await v1.settings.put({ key: 'theme', value: 'dark' });
	return v1;
}

describe('schema migrations', () => {
	it('ships no versions after 1 yet, so this build writes schema 1', () => {
		expect(MIGRATIONS).toEqual([]);
		expect(schemaVersion()).toBe(1);
		expect(schemaVersion([V2])).toBe(2);
	});

	it('opens a version-1 database with a version-2 declaration and loses nothing', async () => {
		const name = nextName();
		(await writeV1(name)).close();

		const v2 = new StrataDbV2(name);
		await v2.open();
		expect(v2.verno).toBe(2);
		// The new index works on records written before it existed.
		expect((await v2.datasets.where('name').equals('Orders 订单').first())?.id).toBe('d1');
		const chunk = await v2.chunks.get(['d1', 'rows', 0]);
		const amount = chunk?.columns?.amount as Float64Array;
		expect(amount).toBeInstanceOf(Float64Array);
		expect(Number.isNaN(amount[0])).toBe(true);
		expect(amount[1]).toBe(2.5);
		expect(chunk?.columns?.id).toEqual(['A', 'B']);
		// The upgrade function ran once over the existing records.
		expect(await v2.annotations.toArray()).toEqual([
			{ datasetId: 'd1', customerId: 'A', kind: 'tier', value: 1, updatedAt: 3, note: 'from v1' }
		]);
		expect(await v2.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
		expect(await v2.datasets.count()).toBe(1);
		v2.close();
	});

	it('closes an older tab that holds the database open so the newer one can upgrade, and tells it', async () => {
		const name = nextName();
		const oldTab = await writeV1(name);
		const told: number[] = [];
		watchSchemaChanges(oldTab, { onOutdated: (v) => told.push(v) });

		const newTab = new StrataDbV2(name);
		await newTab.open();
		expect(told).toEqual([2]);
		expect(oldTab.isOpen()).toBe(false);
		expect(newTab.verno).toBe(2);
		newTab.close();
	});

	it('tells an open tab when the database is being deleted (version 0)', async () => {
		const name = nextName();
		const tab = await writeV1(name);
		const told: number[] = [];
		watchSchemaChanges(tab, { onOutdated: (v) => told.push(v) });
		await Dexie.delete(name);
		expect(told).toEqual([0]);
	});

	it('refuses a migration list that does not go strictly upwards from 2', () => {
		const db = new Dexie('never-opened');
		expect(() => declareMigrations(db, [{ version: 1, stores: {} }])).toThrow(/above 1/);
		expect(() => declareMigrations(new Dexie('x'), [V2, { ...V2 }])).toThrow(/above 2/);
	});

	it('upgrades backup tables only through the versions above the one the backup was written at', () => {
		const steps: Migration[] = [
			{ version: 2, stores: {}, upgradeBackup: (t) => ({ ...t, settings: [...(t.settings ?? []), 'v2'] }) },
			{ version: 3, stores: {}, upgradeBackup: (t) => ({ ...t, settings: [...(t.settings ?? []), 'v3'] }) }
		];
		expect(upgradeBackupTables({ settings: [] }, 1, steps)).toEqual({ settings: ['v2', 'v3'] });
		expect(upgradeBackupTables({ settings: [] }, 2, steps)).toEqual({ settings: ['v3'] });
		expect(upgradeBackupTables({ settings: [] }, 3, steps)).toEqual({ settings: [] });
	});
});
