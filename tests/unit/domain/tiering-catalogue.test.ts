import { describe, expect, it } from 'vitest';
import { tiering } from '$lib/i18n/messages/tiering';
import { EIGHT_CLASSES, RFM_SEGMENTS } from '$lib/domain/rfm';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import { NORMALIZATION_METHODS, VALUE_GROUPS, VALUE_INDICATORS } from '$lib/domain/value-score';
import { DEFAULT_TIERING } from '$lib/domain/tiers';

describe('tiering catalogue', () => {
	it('has the same keys in English and Chinese', () => {
		expect(Object.keys(tiering['zh-CN']).sort()).toEqual(Object.keys(tiering.en).sort());
	});

	it('names every code the engine returns', () => {
		const keys = [
			...RFM_SEGMENTS.map((s) => `tiering.segment.${s}`),
			...EIGHT_CLASSES.map((c) => `tiering.eightClass.${c}`),
			...LIFECYCLE_STAGES.map((s) => `tiering.stage.${s}`),
			...VALUE_INDICATORS.map((k) => `tiering.valueIndicator.${k}`),
			...Object.keys(VALUE_GROUPS).map((g) => `tiering.valueGroup.${g}`),
			...NORMALIZATION_METHODS.map((m) => `tiering.normalization.${m}`),
			...DEFAULT_TIERING.tiers.map((t) => `tiering.tier.${t.id}`)
		];
		for (const key of keys) expect(tiering.en, key).toHaveProperty([key]);
	});

	it('uses the Chinese names of the eight classes and default tiers', () => {
		expect(tiering['zh-CN']['tiering.eightClass.importantWinBack']).toBe('重要挽留客户');
		expect(
			DEFAULT_TIERING.tiers.map(
				(t) => tiering['zh-CN'][`tiering.tier.${t.id}` as keyof (typeof tiering)['zh-CN']]
			)
		).toEqual(['钻石', '金卡', '银卡', '普通']);
	});
});
