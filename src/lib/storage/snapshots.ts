// The snapshots repository: a frozen copy of each customer's tier, segment, lifecycle, spend and churn score at
// an analysis date, so later data can be compared with it even after the tiering or the dataset changes.
import type { ColumnData } from '$lib/domain/columns';
import type { SnapshotTable } from '$lib/domain/snapshots/types';
import type { TierDefinition } from '$lib/domain/tier-definition';
import { openRecord, sealForWrite, sessionKey } from './at-rest';
import type { SnapshotRecord, StrataDb } from './db';

/** What the snapshot's `definitions` field holds: enough to name its tiers and say where it came from. */
export interface SnapshotMeta {
	datasetName: string;
	tierIds: string[];
	tiering: TierDefinition;
	customers: number;
	hasChurn: boolean;
}

export interface SnapshotHeader {
	id: string;
	datasetId: string;
	createdAt: number;
	analysisDate: number;
	meta: SnapshotMeta;
}

function newId(): string {
	if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export async function saveSnapshot(
	db: StrataDb,
	datasetId: string,
	meta: Omit<SnapshotMeta, 'tierIds' | 'customers' | 'hasChurn'>,
	table: SnapshotTable,
	createdAt = Date.now()
): Promise<string> {
	const id = newId();
	const columns: Record<string, ColumnData> = {
		ids: table.ids,
		tier: table.tier,
		segment: Int8Array.from(table.segment),
		lifecycle: Int8Array.from(table.lifecycle),
		recencyDays: table.recencyDays,
		frequency: table.frequency,
		monetary: table.monetary
	};
	if (table.churn) columns.churn = table.churn;
	const full: SnapshotMeta = {
		...meta,
		tierIds: table.tierIds,
		customers: table.ids.length,
		hasChurn: !!table.churn
	};
	const record: SnapshotRecord = {
		id,
		datasetId,
		createdAt,
		analysisDate: table.analysisDate,
		definitions: full,
		columns
	};
	await db.snapshots.add(await sealForWrite('snapshots', record));
	return id;
}

const header = (r: SnapshotRecord): SnapshotHeader => ({
	id: r.id,
	datasetId: r.datasetId,
	createdAt: r.createdAt,
	analysisDate: r.analysisDate,
	meta: r.definitions as SnapshotMeta
});

/** Every snapshot of every dataset (customers are matched by id across datasets), oldest analysis first. */
export async function listSnapshots(db: StrataDb): Promise<SnapshotHeader[]> {
	const all: SnapshotHeader[] = [];
	// Definitions (dataset and tier names) are sealed with the columns at rest: a sealed snapshot is opened
	// whole to list it, and listed only once the app is unlocked.
	for (const r of await db.snapshots.toArray()) {
		if (!r.sealed) all.push(header(r));
		else if (sessionKey()) all.push(header(await openRecord(r)));
	}
	return all.sort((a, b) => a.analysisDate - b.analysisDate || a.createdAt - b.createdAt);
}

export async function getSnapshotTable(db: StrataDb, id: string): Promise<SnapshotTable | undefined> {
	const stored = await db.snapshots.get(id);
	const r = stored?.sealed ? await openRecord(stored) : stored;
	if (!r?.columns) return undefined;
	const c = r.columns;
	const meta = r.definitions as SnapshotMeta;
	const u8 = (d: ColumnData | undefined) => (d instanceof Int8Array ? Uint8Array.from(d) : new Uint8Array(0));
	return {
		analysisDate: r.analysisDate,
		tierIds: meta.tierIds,
		ids: c.ids as string[],
		tier: c.tier as Int32Array,
		segment: u8(c.segment),
		lifecycle: u8(c.lifecycle),
		recencyDays: c.recencyDays as Float64Array,
		frequency: c.frequency as Float64Array,
		monetary: c.monetary as Float64Array,
		churn: c.churn instanceof Float64Array ? c.churn : undefined
	};
}

export async function deleteSnapshot(db: StrataDb, id: string): Promise<void> {
	await db.snapshots.delete(id);
}
