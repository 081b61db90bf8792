// Filtering, searching and sorting the customer table as an index permutation over typed-array columns, so
// 100,000 customers are never turned into row objects.
import type { CustomerTable } from '$lib/domain/tiering-types';

export type SortKey =
	| 'id'
	| 'name'
	| 'tier'
	| 'segment'
	| 'lifecycle'
	| 'valueScore'
	| 'recencyDays'
	| 'frequency'
	| 'monetary'
	| 'clv';

export interface CustomerQuery {
	tier: number | null;
	segment: number | null;
	lifecycle: number | null;
	/** Predicted spend tier (0 high, 1 medium, 2 low) and its column, from the CLV outlook. */
	spendTier?: { column: Float64Array; value: number } | null;
	search: string;
	sort: SortKey;
	descending: boolean;
}

/** Indices of matching customers in sort order; NaN values sort last either way, ties by index. */
export function queryCustomers(t: CustomerTable, q: CustomerQuery): Int32Array {
	const n = t.tier.length;
	const needle = q.search.trim().toLowerCase();
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		if (q.tier !== null && t.tier[i] !== q.tier) continue;
		if (q.segment !== null && t.segment[i] !== q.segment) continue;
		if (q.lifecycle !== null && t.lifecycle[i] !== q.lifecycle) continue;
		if (q.spendTier && q.spendTier.column[i] !== q.spendTier.value) continue;
		if (
			needle &&
			!(t.ids[i] ?? '').toLowerCase().includes(needle) &&
			!(t.names?.[i] ?? '').toLowerCase().includes(needle) &&
			!(t.phones?.[i] ?? '').includes(needle)
		)
			continue;
		out.push(i);
	}
	const idx = Int32Array.from(out);
	const dir = q.descending ? -1 : 1;
	if (q.sort === 'id' || q.sort === 'name') {
		const col = q.sort === 'id' ? t.ids : (t.names ?? t.ids);
		const collator = new Intl.Collator(undefined, { numeric: true });
		return idx.sort((a, b) => dir * collator.compare(col[a] ?? '', col[b] ?? '') || a - b);
	}
	const col: ArrayLike<number> = t[q.sort];
	return idx.sort((a, b) => {
		const x = col[a];
		const y = col[b];
		// Missing (NaN) and "no tier" (−1) sort last whatever the direction.
		const xm = Number.isNaN(x) || (q.sort === 'tier' && x < 0);
		const ym = Number.isNaN(y) || (q.sort === 'tier' && y < 0);
		if (xm !== ym) return xm ? 1 : -1;
		return (xm ? 0 : dir * (x - y)) || a - b;
	});
}
