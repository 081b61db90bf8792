// What a tiering is (score cut-offs, customer shares, natural breaks, a rule on one measure, or an RFM preset),
// the ready-made definitions, and validation that returns i18n keys instead of throwing.
import { EIGHT_CLASSES, RFM_SEGMENTS } from './rfm';

/** A tier: stable id (default names come from i18n `tiering.tier.<id>`), optionally renamed by the user. */
export interface TierSpec {
	id: string;
	label?: string;
}

/** A range of the rule method: lower bound inclusive, upper bound exclusive; null = open. */
export interface RuleRange {
	min: number | null;
	max: number | null;
}

/** Tiers are always listed top first: index 0 is the best tier. */
export type TierDefinition =
	/** Shares of customers in percent, top first, summing to 100. */
	| { method: 'shares'; tiers: TierSpec[]; shares: number[] }
	/** Lower bounds (inclusive) of every tier but the last, strictly descending. */
	| { method: 'cutoffs'; tiers: TierSpec[]; cutoffs: number[] }
	/** Jenks natural breaks with as many classes as tiers. */
	| { method: 'jenks'; tiers: TierSpec[] }
	/** A rule on one measure (e.g. annual spend): one range per tier, top first, touching without gaps. */
	| { method: 'rule'; tiers: TierSpec[]; measure: string; ranges: RuleRange[] }
	/** The RFM eleven-segment or the eight-class scheme used directly as tiers. */
	| { method: 'preset'; preset: 'rfmSegments' | 'eightClass'; tiers: TierSpec[] };

export type TierMethod = TierDefinition['method'];

const specs = (ids: readonly string[]): TierSpec[] => ids.map((id) => ({ id }));

/** Default: Diamond / Gold / Silver / Regular for the top 5%, next 15%, next 30% and the remaining 50%. */
export const DEFAULT_TIERING: TierDefinition = {
	method: 'shares',
	tiers: specs(['diamond', 'gold', 'silver', 'regular']),
	shares: [5, 15, 30, 50]
};
export const RFM_SEGMENT_TIERING: TierDefinition = {
	method: 'preset',
	preset: 'rfmSegments',
	tiers: specs(RFM_SEGMENTS)
};
export const EIGHT_CLASS_TIERING: TierDefinition = {
	method: 'preset',
	preset: 'eightClass',
	tiers: specs(EIGHT_CLASSES)
};

export interface TierValidationError {
	key:
		| 'tiering.validation.noTiers'
		| 'tiering.validation.countMismatch'
		| 'tiering.validation.invalidNumber'
		| 'tiering.validation.sharesSum'
		| 'tiering.validation.unsorted'
		| 'tiering.validation.duplicateCutoff'
		| 'tiering.validation.overlap'
		| 'tiering.validation.gap'
		| 'tiering.validation.emptyRange';
	/** 0-based tier index the error is about, when there is one. */
	params: { tier?: number; sum?: number; expected?: number };
}

export function validateTierDefinition(def: TierDefinition): TierValidationError[] {
	const errors: TierValidationError[] = [];
	const n = def.tiers.length;
	if (n === 0 || (def.method === 'jenks' && n < 2))
		return [{ key: 'tiering.validation.noTiers', params: {} }];
	const numbers = (list: number[]) =>
		list.forEach((v, tier) => {
			if (!Number.isFinite(v)) errors.push({ key: 'tiering.validation.invalidNumber', params: { tier } });
		});
	if (def.method === 'shares') {
		if (def.shares.length !== n)
			return [{ key: 'tiering.validation.countMismatch', params: { expected: n } }];
		numbers(def.shares);
		def.shares.forEach((v, tier) => {
			if (v < 0) errors.push({ key: 'tiering.validation.invalidNumber', params: { tier } });
		});
		const sum = def.shares.reduce((a, b) => a + b, 0);
		if (errors.length === 0 && Math.abs(sum - 100) > 1e-6)
			errors.push({ key: 'tiering.validation.sharesSum', params: { sum } });
	} else if (def.method === 'cutoffs') {
		if (def.cutoffs.length !== n - 1)
			return [{ key: 'tiering.validation.countMismatch', params: { expected: n - 1 } }];
		numbers(def.cutoffs);
		for (let i = 1; i < def.cutoffs.length; i++) {
			if (def.cutoffs[i] > def.cutoffs[i - 1])
				errors.push({ key: 'tiering.validation.unsorted', params: { tier: i } });
			else if (def.cutoffs[i] === def.cutoffs[i - 1])
				errors.push({ key: 'tiering.validation.duplicateCutoff', params: { tier: i } });
		}
	} else if (def.method === 'rule') {
		if (def.ranges.length !== n)
			return [{ key: 'tiering.validation.countMismatch', params: { expected: n } }];
		def.ranges.forEach((r, tier) => {
			if ((r.min !== null && !Number.isFinite(r.min)) || (r.max !== null && !Number.isFinite(r.max)))
				errors.push({ key: 'tiering.validation.invalidNumber', params: { tier } });
			else if (r.min !== null && r.max !== null && r.min >= r.max)
				errors.push({ key: 'tiering.validation.emptyRange', params: { tier } });
		});
		if (errors.length) return errors;
		for (let i = 1; i < n; i++) errors.push(...adjacency(def.ranges[i - 1], def.ranges[i], i));
	}
	return errors;
}

/** Range `lower` (tier i) must sit directly below `upper` (tier i−1): lower.max === upper.min. */
function adjacency(upper: RuleRange, lower: RuleRange, tier: number): TierValidationError[] {
	const upMin = upper.min ?? -Infinity;
	const lowMax = lower.max ?? Infinity;
	const lowMin = lower.min ?? -Infinity;
	if (lowMin >= upMin && !(upper.min === null && lower.min === null))
		return [{ key: 'tiering.validation.unsorted', params: { tier } }];
	if (lowMax > upMin) return [{ key: 'tiering.validation.overlap', params: { tier } }];
	if (lowMax < upMin) return [{ key: 'tiering.validation.gap', params: { tier } }];
	return [];
}
