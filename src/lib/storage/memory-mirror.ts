// In-memory mode (issue #11 item 7): a memory database belongs to one thread, so the page's is the workspace
// and every worker keeps a replica. Each committed write travels as operations to the other side, in commit
// order on the worker's own message channel (so a worker's reply never overtakes the writes it made).
import Dexie, {
	type DBCore,
	type IndexableType,
	type DBCoreMutateRequest,
	type DBCoreMutateResponse,
	type Middleware
} from 'dexie';
import type { StrataDb } from './db';

/** Dexie's key range, as a plain (cloneable) object: 1 equal, 2 range, 3 any, 4 never. */
interface PlainRange {
	type: number;
	lower: unknown;
	upper: unknown;
	lowerOpen?: boolean;
	upperOpen?: boolean;
}

export type MirrorOp =
	| { table: string; type: 'put'; values: unknown[] }
	| { table: string; type: 'delete'; keys: unknown[] }
	| { table: string; type: 'deleteRange'; range: PlainRange };

/** Who a committed batch came from: undefined for this thread's own writes, else the peer that sent it. */
export type CommitHandler = (ops: MirrorOp[], origin: string | undefined) => void;

/** Transactions that apply a peer's operations, and that peer (so they are not echoed back to it). */
const remoteOrigin = new WeakMap<object, string>();
/** Operations of transactions still running, sent when they commit (an aborted one sends nothing). */
const pending = new WeakMap<object, MirrorOp[]>();

function toOps(table: string, req: DBCoreMutateRequest, res: DBCoreMutateResponse): MirrorOp | undefined {
	if (req.type === 'add' || req.type === 'put') {
		const failed = res.numFailures ? new Set(Object.keys(res.failures).map(Number)) : undefined;
		const values = failed ? req.values.filter((_, i) => !failed.has(i)) : [...req.values];
		return values.length ? { table, type: 'put', values } : undefined;
	}
	if (req.type === 'delete')
		return req.keys.length ? { table, type: 'delete', keys: [...req.keys] } : undefined;
	const { type, lower, upper, lowerOpen, upperOpen } = req.range;
	return { table, type: 'deleteRange', range: { type, lower, upper, lowerOpen, upperOpen } };
}

function record(trans: object, op: MirrorOp, onCommit: CommitHandler): void {
	let list = pending.get(trans);
	if (list) return void list.push(op);
	list = [op];
	pending.set(trans, list);
	const idb = trans as Partial<IDBTransaction>;
	const origin = remoteOrigin.get(trans);
	if (typeof idb.addEventListener !== 'function') return onCommit(list, origin);
	idb.addEventListener('complete', () => onCommit(list, origin));
}

/** A Dexie middleware that hands every committed write of this thread to `onCommit`. */
export function mirrorMiddleware(onCommit: CommitHandler): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'strata-memory-mirror',
		create: (down) => ({
			...down,
			table(name) {
				const table = down.table(name);
				return {
					...table,
					mutate: (req) =>
						table.mutate(req).then((res) => {
							const op = toOps(name, req, res);
							if (op) record(req.trans, op, onCommit);
							return res;
						})
				};
			}
		})
	};
}

/** Applies a peer's operations in one transaction, marked as coming from `origin`. */
export async function applyOps(db: StrataDb, ops: MirrorOp[], origin: string): Promise<void> {
	if (!ops.length) return;
	const tables = [...new Set(ops.map((o) => o.table))];
	await db.transaction('rw', tables, async (tx) => {
		remoteOrigin.set(tx.idbtrans, origin);
		for (const op of ops) {
			const table = db.table(op.table);
			if (op.type === 'put') await table.bulkPut(op.values);
			else if (op.type === 'delete') await table.bulkDelete(op.keys as IndexableType[]);
			else if (op.range.type === 3) await table.clear();
			else if (op.range.type === 1) await table.delete(op.range.lower as never);
			else if (op.range.type === 2)
				await table
					.where(':id')
					.between(
						op.range.lower ?? Dexie.minKey,
						op.range.upper ?? Dexie.maxKey,
						!op.range.lowerOpen,
						!op.range.upperOpen
					)
					.delete();
		}
	});
}

/** Every table's records, read in one transaction (a replica's starting point). */
export async function dumpTables(db: StrataDb): Promise<Record<string, unknown[]>> {
	return db.transaction('r', db.tables, async () => {
		const out: Record<string, unknown[]> = {};
		for (const t of db.tables) out[t.name] = await t.toArray();
		return out;
	});
}

/** Loads a dump into an empty replica without echoing it back. */
export function loadTables(db: StrataDb, tables: Record<string, unknown[]>, origin: string): Promise<void> {
	const ops: MirrorOp[] = Object.entries(tables)
		.filter(([name, values]) => values.length && db.tables.some((t) => t.name === name))
		.map(([table, values]) => ({ table, type: 'put', values }));
	return applyOps(db, ops, origin);
}

/**
 * Runs `apply` calls one after another; `idle()` resolves once every call queued so far has run. A failed
 * apply is logged and the queue goes on (one lost batch must not stop every later one).
 */
export class ApplyQueue {
	private tail: Promise<void> = Promise.resolve();
	push(apply: () => Promise<void>): void {
		this.tail = this.tail.then(apply).catch((e: unknown) => console.error('memory mirror:', e));
	}
	idle(): Promise<void> {
		return this.tail;
	}
}
