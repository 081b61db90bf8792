// Assigns every customer a tier index (0 = top tier) under a validated tier definition, and counts tiers.
// Tie rule everywhere: equal values always land in the same tier; under shares a tie straddling a boundary goes
// down, so no tier is ever larger than its share because of ties (a large tie at 0 cannot flood the top tier).
import { jenksBreaks } from './jenks';
import { upperBound } from './rank';
import { validateTierDefinition, type TierDefinition, type TierValidationError } from './tier-definition';

export * from './tier-definition';

export interface TierAssignment {
	/** Tier index per customer, 0 = top; −1 = no tier (rule method: value missing or outside every range). */
	tier: Int32Array;
	/** Smallest value that enters each tier (inclusive), top first; NaN for presets and open bottoms. */
	lowerBounds: number[];
}

export interface TierContext {
	/** RFM codes for the preset methods. */
	rfm?: { segment: Uint8Array; eightClass: Uint8Array };
}

/**
 * shares: customers sorted by value descending; tiers 0..k together take at most round(n · cumulative share /
 * 100) customers; when the boundary falls inside a run of equal values, the whole run goes to the lower tier.
 * cutoffs / jenks: value ≥ lower bound of tier k → tier k (first match from the top). rule: min ≤ value < max.
 * Missing values (NaN) go to the bottom tier, except under a rule, where they get no tier (−1).
 */
export function assignTiers(
	values: Float64Array,
	def: TierDefinition,
	ctx: TierContext = {}
): TierAssignment | { errors: TierValidationError[] } {
	const errors = validateTierDefinition(def);
	if (errors.length) return { errors };
	const n = def.tiers.length;
	if (def.method === 'preset') {
		const codes = def.preset === 'rfmSegments' ? ctx.rfm?.segment : ctx.rfm?.eightClass;
		if (!codes) throw new Error('assignTiers: preset tiering needs RFM codes'); // a caller bug, not user data
		return { tier: Int32Array.from(codes), lowerBounds: def.tiers.map(() => NaN) };
	}
	if (def.method === 'rule') {
		const tier = new Int32Array(values.length).fill(-1);
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			if (Number.isNaN(v)) continue;
			for (let k = 0; k < n; k++) {
				const { min, max } = def.ranges[k];
				if ((min === null || v >= min) && (max === null || v < max)) {
					tier[i] = k;
					break;
				}
			}
		}
		return { tier, lowerBounds: def.ranges.map((r) => r.min ?? NaN) };
	}
	let bounds: number[];
	if (def.method === 'cutoffs') bounds = def.cutoffs;
	else if (def.method === 'jenks') bounds = jenksBreaks(values, n).reverse().slice(0, -1);
	else bounds = shareBounds(values, def.shares);
	const tier = new Int32Array(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		let k = 0;
		while (k < bounds.length && !(v >= bounds[k])) k++;
		// Below every bound is always the bottom tier (natural breaks can find fewer classes than tiers).
		tier[i] = k === bounds.length ? n - 1 : k;
	}
	return { tier, lowerBounds: def.tiers.map((_, k) => (k < bounds.length ? bounds[k] : NaN)) };
}

/** Lower bounds (inclusive) of all tiers but the last, from shares of customers. */
function shareBounds(values: Float64Array, shares: number[]): number[] {
	const finite = values.filter((v) => !Number.isNaN(v)).sort();
	const m = finite.length;
	const total = values.length;
	const bounds: number[] = [];
	let cumulative = 0;
	for (let k = 0; k < shares.length - 1; k++) {
		cumulative += shares[k];
		const count = Math.round((total * cumulative) / 100 + 1e-9);
		if (count < 1) bounds.push(Infinity);
		else if (count > m) bounds.push(-Infinity);
		else if (count === m || finite[m - count - 1] < finite[m - count]) bounds.push(finite[m - count]);
		else {
			// The count-th largest value continues below the boundary: the bound moves to the next larger value.
			const above = upperBound(finite, finite[m - count]);
			bounds.push(above < m ? finite[above] : Infinity);
		}
	}
	return bounds;
}

export interface TierCounts {
	counts: number[];
	/** Σ revenue per tier (NaN amounts count as 0), when revenue is given. */
	revenue: number[];
	unassigned: number;
}

export function tierCounts(tier: Int32Array, tierCount: number, revenue?: Float64Array): TierCounts {
	const counts = new Array<number>(tierCount).fill(0);
	const rev = new Array<number>(tierCount).fill(0);
	let unassigned = 0;
	for (let i = 0; i < tier.length; i++) {
		const k = tier[i];
		if (k < 0 || k >= tierCount) {
			unassigned++;
			continue;
		}
		counts[k]++;
		if (revenue && Number.isFinite(revenue[i])) rev[k] += revenue[i];
	}
	return { counts, revenue: rev, unassigned };
}
