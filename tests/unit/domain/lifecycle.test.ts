import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LIFECYCLE_RULES,
	describeLifecycleRules,
	LIFECYCLE_STAGES,
	lifecycleStages,
	validateLifecycleRules
} from '$lib/domain/lifecycle';

const stages = (rows: [number, number, number][], rules = DEFAULT_LIFECYCLE_RULES) =>
	Array.from(
		lifecycleStages(
			{
				recencyDays: Float64Array.from(rows, (r) => r[0]),
				tenureDays: Float64Array.from(rows, (r) => r[1]),
				trend: Float64Array.from(rows, (r) => r[2])
			},
			rules
		),
		(c) => LIFECYCLE_STAGES[c]
	);

describe('lifecycleStages', () => {
	it('applies lost, dormant, new, declining, growing, mature in that order', () => {
		expect(
			stages([
				[400, 30, 1], // lost beats new and growing
				[200, 30, -0.5], // dormant beats new and declining
				[10, 30, -0.5], // new beats declining
				[10, 400, -0.5], // declining
				[10, 400, 0.5], // growing
				[10, 400, 0], // mature
				[NaN, NaN, NaN] // never bought
			])
		).toEqual(['lost', 'dormant', 'new', 'declining', 'growing', 'mature', 'unknown']);
	});

	it('uses strict comparisons at the thresholds', () => {
		expect(
			stages([
				[365, 400, 0], // not > 365 → dormant (> 180)
				[180, 400, 0], // not > 180 → mature
				[10, 90, 0], // tenure not < 90 → mature
				[10, 400, -0.3], // not < −0.3 → mature
				[10, 400, 0.3] // not > 0.3 → mature
			])
		).toEqual(['dormant', 'mature', 'mature', 'mature', 'mature']);
	});

	it('treats a missing trend as neither growing nor declining', () => {
		expect(stages([[10, 400, NaN]])).toEqual(['mature']);
	});

	it('follows edited thresholds', () => {
		expect(stages([[100, 400, 0]], { ...DEFAULT_LIFECYCLE_RULES, dormantRecencyDays: 90 })).toEqual([
			'dormant'
		]);
	});
});

describe('describeLifecycleRules', () => {
	it('lists the rules in precedence order with their thresholds', () => {
		expect(describeLifecycleRules().map((r) => [r.stage, r.op, r.threshold])).toEqual([
			['lost', '>', 365],
			['dormant', '>', 180],
			['new', '<', 90],
			['declining', '<', -0.3],
			['growing', '>', 0.3],
			['mature', null, null]
		]);
	});

	it('rejects thresholds in the wrong order', () => {
		expect(validateLifecycleRules({ ...DEFAULT_LIFECYCLE_RULES, dormantRecencyDays: 400 })).toEqual([
			'tiering.lifecycle.dormantAfterLost'
		]);
		expect(validateLifecycleRules(DEFAULT_LIFECYCLE_RULES)).toEqual([]);
	});
});
