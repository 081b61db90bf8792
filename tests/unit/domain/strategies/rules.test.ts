import { describe, expect, it } from 'vitest';
import {
	applyTierOverrides,
	churnBand,
	matchRule,
	maskIndices,
	type RuleColumns
} from '$lib/domain/strategies/rules';

// Five customers: tiers gold(0)/silver(1)/none; segments and stages by small code lists.
function cols(extra: Partial<RuleColumns> = {}): RuleColumns {
	return {
		n: 5,
		tier: Int32Array.from([0, 1, 1, -1, 0]),
		tierIds: ['gold', 'silver'],
		segment: Uint8Array.from([0, 1, 2, 2, 1]),
		segmentIds: ['champions', 'atRisk', 'lost'],
		lifecycle: Uint8Array.from([0, 0, 1, 2, 1]),
		lifecycleIds: ['new', 'mature', 'lost'],
		indicators: { monetary: Float64Array.from([5000, 4999.99, 100, NaN, 12000]) },
		...extra
	};
}

const matched = (r: ReturnType<typeof matchRule>) => Array.from(maskIndices(r.mask));

describe('matchRule', () => {
	it('matches everyone when the rule has no conditions', () => {
		const r = matchRule({ all: [] }, cols());
		expect(r.count).toBe(5);
		expect(matched(r)).toEqual([0, 1, 2, 3, 4]);
	});

	it('selects by tier id, and "" selects customers without a tier', () => {
		expect(matched(matchRule({ all: [{ kind: 'tier', in: ['gold'] }] }, cols()))).toEqual([0, 4]);
		expect(matched(matchRule({ all: [{ kind: 'tier', in: ['silver', ''] }] }, cols()))).toEqual([1, 2, 3]);
	});

	it('selects by segment and by lifecycle stage', () => {
		expect(matched(matchRule({ all: [{ kind: 'segment', in: ['lost'] }] }, cols()))).toEqual([2, 3]);
		expect(matched(matchRule({ all: [{ kind: 'lifecycle', in: ['new', 'lost'] }] }, cols()))).toEqual([
			0, 1, 3
		]);
	});

	it('puts a customer who spent exactly 5000 in the rule monetary ≥ 5000, and one at 4999.99 out', () => {
		const r = matchRule({ all: [{ kind: 'indicator', key: 'monetary', op: 'gte', min: 5000 }] }, cols());
		expect(matched(r)).toEqual([0, 4]);
	});

	it('treats < as strict and never matches a missing value', () => {
		const r = matchRule({ all: [{ kind: 'indicator', key: 'monetary', op: 'lt', min: 5000 }] }, cols());
		expect(matched(r)).toEqual([1, 2]);
	});

	it('reads between as lower bound inclusive, upper bound exclusive', () => {
		const r = matchRule(
			{ all: [{ kind: 'indicator', key: 'monetary', op: 'between', min: 100, max: 5000 }] },
			cols()
		);
		expect(matched(r)).toEqual([1, 2]);
	});

	it('requires every condition (AND)', () => {
		const r = matchRule(
			{
				all: [
					{ kind: 'tier', in: ['gold', 'silver'] },
					{ kind: 'segment', in: ['atRisk'] }
				]
			},
			cols()
		);
		expect(matched(r)).toEqual([1, 4]);
		const r2 = matchRule(
			{
				all: [
					{ kind: 'tier', in: ['gold'] },
					{ kind: 'lifecycle', in: ['mature'] }
				]
			},
			cols()
		);
		expect(matched(r2)).toEqual([4]);
	});

	it('selects by cluster number', () => {
		const r = matchRule(
			{ all: [{ kind: 'cluster', in: [2] }] },
			cols({ cluster: Int32Array.from([0, 2, 2, 1, 0]) })
		);
		expect(matched(r)).toEqual([1, 2]);
	});

	it('bands churn probabilities at 0.3 and 0.6 and selects by band', () => {
		expect([0.29, 0.3, 0.59, 0.6, NaN].map(churnBand)).toEqual([
			'low',
			'medium',
			'medium',
			'high',
			undefined
		]);
		const churnProbability = Float64Array.from([0.1, 0.65, 0.3, NaN, 0.9]);
		const r = matchRule({ all: [{ kind: 'churnBand', in: ['high'] }] }, cols({ churnProbability }));
		expect(matched(r)).toEqual([1, 4]);
	});

	it('uses the stored band codes (0 low, 1 medium, 2 high, −1 unscored) when the churn page provides them', () => {
		// Probabilities alone would band customer 1 (0.65) high; the stored codes say medium.
		const churnProbability = Float64Array.from([0.1, 0.65, 0.3, NaN, 0.9]);
		const churnBand = Int8Array.from([0, 1, 2, -1, 2]);
		const r = matchRule(
			{ all: [{ kind: 'churnBand', in: ['high'] }] },
			cols({ churnProbability, churnBand })
		);
		expect(matched(r)).toEqual([2, 4]);
		const r2 = matchRule(
			{ all: [{ kind: 'churnBand', in: ['low', 'medium'] }] },
			cols({ churnProbability, churnBand })
		);
		expect(matched(r2)).toEqual([0, 1]);
	});

	it('matches nobody and names what is missing when churn scores or clusters do not exist', () => {
		const r = matchRule(
			{
				all: [
					{ kind: 'churnBand', in: ['high'] },
					{ kind: 'cluster', in: [0] }
				]
			},
			cols()
		);
		expect(r.count).toBe(0);
		expect(r.missing).toEqual(['churn', 'cluster']);
		const r2 = matchRule({ all: [{ kind: 'indicator', key: 'margin', op: 'gte', min: 0 }] }, cols());
		expect(r2.missing).toEqual(['indicator:margin']);
	});
});

describe('highValueAtRisk condition', () => {
	// Tiers gold(0)/silver(1)/silver/none/gold; CLV per customer.
	const churnProbability = Float64Array.from([0.7, 0.8, 0.2, 0.99, 0.49]);
	const clv = Float64Array.from([100, 50, 900, 1000, 800]);
	const base = (extra: Partial<RuleColumns> = {}) =>
		cols({ churnProbability, indicators: { clv }, churnThreshold: 0.5, ...extra });

	it('matches flagged customers in the top tiers only (default: the top one of two tiers)', () => {
		// #3 is flagged but has no tier; #4 is gold but 0.49 < 0.5.
		expect(matched(matchRule({ all: [{ kind: 'highValueAtRisk' }] }, base()))).toEqual([0]);
	});

	it('follows the top-tiers setting and the threshold', () => {
		expect(matched(matchRule({ all: [{ kind: 'highValueAtRisk' }] }, base({ atRiskTopTiers: 2 })))).toEqual([
			0, 1
		]);
		expect(matched(matchRule({ all: [{ kind: 'highValueAtRisk' }] }, base({ churnThreshold: 0.4 })))).toEqual(
			[0, 4]
		);
	});

	it('needs churn scores', () => {
		const r = matchRule({ all: [{ kind: 'highValueAtRisk' }] }, cols());
		expect(r.missing).toEqual(['churn']);
	});
});

describe('applyTierOverrides', () => {
	it('moves an overridden customer to the named tier and ignores tier ids that no longer exist', () => {
		const out = applyTierOverrides(
			Int32Array.from([0, 1, -1]),
			['a', 'b', 'c'],
			['gold', 'silver'],
			new Map([
				['b', 'gold'],
				['c', 'platinum']
			])
		);
		expect(Array.from(out)).toEqual([0, 0, -1]);
	});
});
