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
