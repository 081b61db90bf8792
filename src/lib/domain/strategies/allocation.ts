// Resource allocation by tier: each tier's share of customers, revenue, predicted CLV and of the playbook
// budget. A playbook's budget is spread evenly over the customers it targets, then summed by their tier.

export interface TierAllocation {
	/** Tier index (0 = top); the last row (index = tierCount) holds customers without a tier. */
	tier: number;
	customers: number;
	revenue: number;
	clv: number;
	customerShare: number;
	revenueShare: number;
	clvShare: number;
	/** Share of the budget of all playbooks that target anyone, 0..1. */
	budgetShare: number;
}

export interface BudgetTarget {
	/** Budget share of the playbook (any unit: percent or money). */
	budget: number;
	mask: Uint8Array;
	count: number;
}

const pos = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);

export function allocateByTier(
	tier: Int32Array,
	tierCount: number,
	revenue: Float64Array,
	clv: Float64Array,
	targets: readonly BudgetTarget[]
): TierAllocation[] {
	const rows = tierCount + 1;
	const customers = new Float64Array(rows);
	const rev = new Float64Array(rows);
	const value = new Float64Array(rows);
	const budget = new Float64Array(rows);
	const slot = (k: number) => (k >= 0 && k < tierCount ? k : tierCount);
	for (let i = 0; i < tier.length; i++) {
		const k = slot(tier[i]);
		customers[k]++;
		rev[k] += pos(revenue[i]);
		value[k] += pos(clv[i]);
	}
	let budgetTotal = 0;
	for (const t of targets) {
		if (!t.count || !(t.budget > 0)) continue;
		budgetTotal += t.budget;
		const each = t.budget / t.count;
		for (let i = 0; i < t.mask.length; i++) if (t.mask[i]) budget[slot(tier[i])] += each;
	}
	const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
	const [n, r, c] = [sum(customers), sum(rev), sum(value)];
	const share = (v: number, total: number) => (total > 0 ? v / total : 0);
	return Array.from({ length: rows }, (_, k) => ({
		tier: k,
		customers: customers[k],
		revenue: rev[k],
		clv: value[k],
		customerShare: share(customers[k], n),
		revenueShare: share(rev[k], r),
		clvShare: share(value[k], c),
		budgetShare: share(budget[k], budgetTotal)
	}));
}

/** Customers in more than one audience, and how many extra times they are counted (a customer in 3 counts 2). */
export function audienceOverlap(
	masks: readonly Uint8Array[],
	n: number
): { customers: number; extra: number } {
	let customers = 0;
	let extra = 0;
	for (let i = 0; i < n; i++) {
		let c = 0;
		for (const m of masks) if (m[i]) c++;
		if (c > 1) {
			customers++;
			extra += c - 1;
		}
	}
	return { customers, extra };
}

/**
 * Priority order: each customer stays only in the first audience (in the given order) that holds them, so
 * budgets add up per customer. Returns the narrowed masks with their counts.
 */
export function firstMatchWins(
	masks: readonly Uint8Array[],
	n: number
): { mask: Uint8Array; count: number }[] {
	const out = masks.map(() => ({ mask: new Uint8Array(n), count: 0 }));
	for (let i = 0; i < n; i++)
		for (let k = 0; k < masks.length; k++)
			if (masks[k][i]) {
				out[k].mask[i] = 1;
				out[k].count++;
				break;
			}
	return out;
}
