import { describe, expect, it } from 'vitest';
import { cellMembers, colSums, migrationMatrix, rowSums } from '$lib/domain/snapshots/migration';
import { flowTotals, sankeyFlows, sankeyLayout } from '$lib/domain/snapshots/sankey';
import { snap } from './helpers';

// Earlier: a gold, b silver, c silver, d gold. Later: b gold, c silver, d no tier, e silver (new); a is gone.
const earlier = snap(
	100,
	['gold', 'silver'],
	[
		['a', 0, 10, 1, 100],
		['b', 1, 10, 1, 100],
		['c', 1, 10, 1, 100],
		['d', 0, 10, 1, 100]
	]
);
const later = snap(
	280,
	['gold', 'silver'],
	[
		['b', 0, 10, 2, 300],
		['c', 1, 10, 2, 300],
		['d', -1, 10, 2, 300],
		['e', 1, 10, 1, 50]
	]
);

describe('migrationMatrix', () => {
	const m = migrationMatrix(earlier, later);

	it('puts each customer in the cell of earlier tier × later tier, with new and lost at the edges', () => {
		// rows gold, silver, none, new × cols gold, silver, none, lost
		expect(m.counts).toEqual([
			[0, 0, 1, 1],
			[1, 1, 0, 0],
			[0, 0, 0, 0],
			[0, 1, 0, 0]
		]);
	});

	it('has rows adding up to the earlier snapshot counts and columns to the later ones', () => {
		const rows = rowSums(m.counts);
		const cols = colSums(m.counts);
		expect(rows.slice(0, 2)).toEqual([2, 2]); // earlier: 2 gold, 2 silver
		expect(rows[m.newRow]).toBe(1); // e
		expect(cols.slice(0, 3)).toEqual([1, 2, 1]); // later: 1 gold, 2 silver, 1 none
		expect(cols[m.lostCol]).toBe(1); // a
		expect(rows.reduce((s, v) => s + v, 0)).toBe(5); // 4 earlier + 1 new
	});

	it('lists the customers behind a cell', () => {
		expect(cellMembers(earlier, later, 1, 0).map((c) => c.id)).toEqual(['b']);
		expect(cellMembers(earlier, later, m.newRow, 1)).toEqual([{ id: 'e', earlier: -1, later: 3 }]);
		expect(cellMembers(earlier, later, 0, m.lostCol)).toEqual([{ id: 'a', earlier: 0, later: -1 }]);
	});
});

describe('sankey', () => {
	const m = migrationMatrix(earlier, later);

	it('classifies the flows and they sum to the customers of both snapshots', () => {
		const flows = sankeyFlows(m);
		expect(flowTotals(flows)).toEqual({ up: 1, down: 1, stayed: 1, new: 1, lost: 1 });
		expect(flows.reduce((s, f) => s + f.value, 0)).toBe(5);
	});

	it('stacks nodes by count and gives each band its share of the height', () => {
		// 5 customers in 100 px without gaps: 20 px each.
		const { nodes, bands } = sankeyLayout(m, 100, 0);
		const left = nodes.filter((n) => n.side === 'left').map((n) => [n.index, n.y0, n.y1]);
		expect(left).toEqual([
			[0, 0, 40],
			[1, 40, 80],
			[3, 80, 100]
		]);
		const right = nodes.filter((n) => n.side === 'right').map((n) => [n.index, n.y0, n.y1]);
		expect(right).toEqual([
			[0, 0, 20],
			[1, 20, 60],
			[2, 60, 80],
			[3, 80, 100]
		]);
		const up = bands.find((b) => b.kind === 'up');
		expect(up && [up.sy0, up.sy1, up.ty0, up.ty1]).toEqual([40, 60, 0, 20]);
		expect(bands.reduce((s, b) => s + (b.sy1 - b.sy0), 0)).toBe(100);
	});
});
