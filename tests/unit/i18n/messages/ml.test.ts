import { describe, expect, it } from 'vitest';
import type { ExclusionReason } from '$lib/domain/features';
import { messages } from '$lib/i18n/messages';
import { ml } from '$lib/i18n/messages/ml';

describe('ml messages', () => {
	it('has the same keys in English and Chinese', () => {
		expect(Object.keys(ml['zh-CN']).sort()).toEqual(Object.keys(ml.en).sort());
	});

	it('names every exclusion reason code and every cluster name part the domain code emits', () => {
		const reasons: ExclusionReason[] = [
			'allMissing',
			'constant',
			'labelSource',
			'leakName',
			'idLike',
			'leakAuc'
		];
		const keys = [
			...reasons.map((r) => `ml.exclusion.${r}`),
			...['monetary', 'frequency', 'tenure', 'feature'].flatMap((f) => [
				`cluster.high.${f}`,
				`cluster.low.${f}`
			]),
			'cluster.recent',
			'cluster.lapsed',
			'cluster.average',
			'cluster.k.silhouette',
			'cluster.k.elbowTieBreak'
		];
		for (const locale of ['en', 'zh-CN'] as const)
			for (const k of keys) expect(messages[locale][k], `${locale} ${k}`).toBeTruthy();
	});
});
