// Tier migration between two snapshots, customers matched by id. Rows: earlier tiers, "no tier", "new";
// columns: later tiers, "no tier", "lost". Every customer of either snapshot is counted exactly once.
import type { SnapshotTable } from './types';

export interface MigrationMatrix {
	/** counts[row][col]; row = earlier tier k, earlierTiers (= no tier), earlierTiers + 1 (= new). */
	counts: number[][];
	earlierTiers: number;
	laterTiers: number;
	/** Row of customers only in the later snapshot, and column of those only in the earlier one. */
	newRow: number;
	lostCol: number;
	noneRow: number;
	noneCol: number;
}

const slot = (k: number, tierCount: number) => (k >= 0 && k < tierCount ? k : tierCount);

function indexById(ids: readonly string[]): Map<string, number> {
	const map = new Map<string, number>();
	for (let i = 0; i < ids.length; i++) if (!map.has(ids[i])) map.set(ids[i], i);
	return map;
}

/** Calls visit(row, col, earlierIndex, laterIndex) once per customer of the union (−1 where absent). */
function eachPair(
	earlier: SnapshotTable,
	later: SnapshotTable,
	visit: (row: number, col: number, ei: number, li: number) => void
): void {
	const E = earlier.tierIds.length;
	const L = later.tierIds.length;
	const laterIndex = indexById(later.ids);
	const seen = new Uint8Array(later.ids.length);
	const earlierSeen = new Set<string>();
	for (let i = 0; i < earlier.ids.length; i++) {
		if (earlierSeen.has(earlier.ids[i])) continue;
		earlierSeen.add(earlier.ids[i]);
		const row = slot(earlier.tier[i], E);
		const j = laterIndex.get(earlier.ids[i]);
		if (j === undefined) visit(row, L + 1, i, -1);
		else {
			seen[j] = 1;
			visit(row, slot(later.tier[j], L), i, j);
		}
	}
	const dupes = new Set<string>();
	for (let j = 0; j < later.ids.length; j++) {
		if (seen[j] || dupes.has(later.ids[j]) || laterIndex.get(later.ids[j]) !== j) continue;
		dupes.add(later.ids[j]);
		visit(E + 1, slot(later.tier[j], L), -1, j);
	}
}

export function migrationMatrix(earlier: SnapshotTable, later: SnapshotTable): MigrationMatrix {
	const E = earlier.tierIds.length;
	const L = later.tierIds.length;
	const counts = Array.from({ length: E + 2 }, () => new Array<number>(L + 2).fill(0));
	eachPair(earlier, later, (row, col) => counts[row][col]++);
	return { counts, earlierTiers: E, laterTiers: L, newRow: E + 1, lostCol: L + 1, noneRow: E, noneCol: L };
}

/** The customers behind one cell: ids with their index in each snapshot (−1 where absent). */
export function cellMembers(
	earlier: SnapshotTable,
	later: SnapshotTable,
	row: number,
	col: number
): { id: string; earlier: number; later: number }[] {
	const out: { id: string; earlier: number; later: number }[] = [];
	eachPair(earlier, later, (r, c, ei, li) => {
		if (r === row && c === col)
			out.push({ id: ei >= 0 ? earlier.ids[ei] : later.ids[li], earlier: ei, later: li });
	});
	return out;
}

export const rowSums = (m: number[][]) => m.map((r) => r.reduce((s, v) => s + v, 0));
export const colSums = (m: number[][]) => m[0].map((_, c) => m.reduce((s, r) => s + r[c], 0));
