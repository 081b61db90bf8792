// Writes the whole workspace into one backup file: every table read in one transaction (a consistent moment),
// encoded losslessly, hashed per table, gzip'd and — with a passphrase — sealed.
import type { StrataDb } from '$lib/storage/db';
import { gzip, sha256Hex, utf8, type Bytes } from './bytes';
import { encodeTable } from './codec';
import { newEncryption, PBKDF2_ITERATIONS, seal } from './crypto';
import {
	FORMAT_VERSION,
	MAGIC,
	TABLES,
	writeBody,
	writeFile,
	type BackupHeader,
	type TableEntry
} from './format';

export interface WorkspaceSnapshot {
	dbVersion: number;
	tables: Record<string, unknown[]>;
}

export interface PackOptions {
	appVersion: string;
	passphrase?: string;
	createdAt?: number;
	iterations?: number;
}

export interface Packed {
	file: Bytes;
	header: BackupHeader;
	counts: Record<string, number>;
	hashes: Record<string, string>;
}

/** The content hash of a table: SHA-256 of its lossless encoding (records in primary-key order). */
export async function hashRecords(records: readonly unknown[]): Promise<string> {
	const { json, bytes } = encodeTable(records);
	return sha256Hex(utf8.encode(json), bytes);
}

/** Every table, read in one transaction; records of an import still in progress are left out. */
export async function snapshotWorkspace(db: StrataDb): Promise<WorkspaceSnapshot> {
	const tables: Record<string, unknown[]> = {};
	await db.transaction(
		'r',
		TABLES.map((name) => db.table(name)),
		async () => {
			for (const name of TABLES) tables[name] = await db.table(name).toArray();
		}
	);
	const unfinished = new Set(
		(tables.datasets as { id: string; status: string }[])
			.filter((d) => d.status !== 'committed')
			.map((d) => d.id)
	);
	if (unfinished.size) {
		tables.datasets = (tables.datasets as { id: string }[]).filter((d) => !unfinished.has(d.id));
		for (const name of TABLES)
			if (name !== 'datasets' && name !== 'settings')
				tables[name] = (tables[name] as { datasetId: string }[]).filter((r) => !unfinished.has(r.datasetId));
	}
	return { dbVersion: db.verno, tables };
}

export async function packBackup(snapshot: WorkspaceSnapshot, options: PackOptions): Promise<Packed> {
	const encoded = TABLES.map((name) => {
		const { json, bytes } = encodeTable(snapshot.tables[name] ?? []);
		return { name, count: (snapshot.tables[name] ?? []).length, json: utf8.encode(json), bytes };
	});
	const entries: TableEntry[] = [];
	for (const t of encoded)
		entries.push({
			name: t.name,
			count: t.count,
			hash: await sha256Hex(t.json, t.bytes),
			jsonBytes: t.json.byteLength,
			binBytes: t.bytes.byteLength
		});
	const counts = Object.fromEntries(entries.map((e) => [e.name, e.count]));
	const encryption = options.passphrase
		? await newEncryption(options.passphrase, options.iterations ?? PBKDF2_ITERATIONS)
		: undefined;
	const header: BackupHeader = {
		magic: MAGIC,
		formatVersion: FORMAT_VERSION,
		createdAt: options.createdAt ?? Date.now(),
		appVersion: options.appVersion,
		compression: 'gzip',
		encryption: encryption?.params ?? null,
		...(encryption ? {} : { counts })
	};
	const headerBytes = utf8.encode(JSON.stringify(header));
	const body = writeBody(
		{ headerHash: await sha256Hex(headerBytes), dbVersion: snapshot.dbVersion, tables: entries },
		encoded
	);
	const packed = await gzip(body);
	const payload = encryption ? await seal(encryption.key, encryption.params, packed, headerBytes) : packed;
	return {
		file: await writeFile(headerBytes, payload),
		header,
		counts,
		hashes: Object.fromEntries(entries.map((e) => [e.name, e.hash]))
	};
}
