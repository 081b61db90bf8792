// A two-column Sankey of a migration matrix: earlier tiers (+ new) on the left, later tiers (+ lost) on the
// right, one band per non-empty cell, coloured by what happened (up, down, stayed, new, lost).
import type { MigrationMatrix } from './migration';

export type FlowKind = 'up' | 'down' | 'stayed' | 'new' | 'lost';

export interface SankeyFlow {
	row: number;
	col: number;
	value: number;
	kind: FlowKind;
}

/** "No tier" ranks below the lowest tier, so gaining a tier is an upgrade and losing it a downgrade. */
export function flowKind(m: MigrationMatrix, row: number, col: number): FlowKind {
	if (row === m.newRow) return 'new';
	if (col === m.lostCol) return 'lost';
	if (col < row) return 'up';
	if (col > row) return 'down';
	return 'stayed';
}

export function sankeyFlows(m: MigrationMatrix): SankeyFlow[] {
	const flows: SankeyFlow[] = [];
	m.counts.forEach((r, row) =>
		r.forEach((value, col) => {
			if (value > 0) flows.push({ row, col, value, kind: flowKind(m, row, col) });
		})
	);
	return flows;
}

export function flowTotals(flows: readonly SankeyFlow[]): Record<FlowKind, number> {
	const out: Record<FlowKind, number> = { up: 0, down: 0, stayed: 0, new: 0, lost: 0 };
	for (const f of flows) out[f.kind] += f.value;
	return out;
}

export interface SankeyNode {
	side: 'left' | 'right';
	/** Row (left) or column (right) of the matrix. */
	index: number;
	value: number;
	y0: number;
	y1: number;
}

export interface SankeyBand extends SankeyFlow {
	/** Top and bottom of the band at the left and at the right node. */
	sy0: number;
	sy1: number;
	ty0: number;
	ty1: number;
}

export interface SankeyLayout {
	nodes: SankeyNode[];
	bands: SankeyBand[];
}

/** Stacks non-empty nodes top to bottom with `gap` between them, scaled so the taller side fills `height`. */
export function sankeyLayout(m: MigrationMatrix, height: number, gap = 8): SankeyLayout {
	const flows = sankeyFlows(m);
	const rows = m.counts.map((r) => r.reduce((s, v) => s + v, 0));
	const cols = m.counts[0].map((_, c) => m.counts.reduce((s, r) => s + r[c], 0));
	const total = rows.reduce((s, v) => s + v, 0);
	const used = (a: number[]) => a.filter((v) => v > 0).length;
	const gaps = Math.max(used(rows), used(cols)) - 1;
	const scale = total > 0 ? Math.max(0, height - gap * Math.max(0, gaps)) / total : 0;
	const nodes: SankeyNode[] = [];
	const place = (values: number[], side: 'left' | 'right') => {
		const at = new Map<number, number>();
		let y = 0;
		values.forEach((v, index) => {
			if (v <= 0) return;
			nodes.push({ side, index, value: v, y0: y, y1: y + v * scale });
			at.set(index, y);
			y += v * scale + gap;
		});
		return at;
	};
	const left = place(rows, 'left');
	const right = place(cols, 'right');
	const bands: SankeyBand[] = [];
	// Left ends stack in column order within a row; right ends in row order within a column (flows is row-major).
	const rightOrder = [...flows].sort((a, b) => a.col - b.col || a.row - b.row);
	const ty = new Map<SankeyFlow, number>();
	for (const f of rightOrder) {
		const y = right.get(f.col) as number;
		ty.set(f, y);
		right.set(f.col, y + f.value * scale);
	}
	for (const f of flows) {
		const sy = left.get(f.row) as number;
		left.set(f.row, sy + f.value * scale);
		const t0 = ty.get(f) as number;
		bands.push({ ...f, sy0: sy, sy1: sy + f.value * scale, ty0: t0, ty1: t0 + f.value * scale });
	}
	return { nodes, bands };
}
