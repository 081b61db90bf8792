import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { messages } from '$lib/i18n/messages';
import { TERMS } from '../../../src/routes/glossary/terms';

describe('glossary page', () => {
	it('explains every term in both languages, with a title and a body', () => {
		for (const locale of ['en', 'zh-CN'] as const)
			for (const term of TERMS) {
				expect(messages[locale][term.titleKey], `${locale} ${term.titleKey}`).toBeTypeOf('string');
				expect(messages[locale][term.bodyKey], `${locale} ${term.bodyKey}`).toMatch(/^.{20,}$/su);
			}
	});

	it('covers what a client asks about', () => {
		const ids = TERMS.map((t) => t.id);
		for (const id of [
			'valueScore',
			'tiers',
			'rfm',
			'segments',
			'lifecycle',
			'historicalClv',
			'predictedClv',
			'churnProbability',
			'verdict',
			'atRisk',
			'pareto',
			'spendTier'
		])
			expect(ids).toContain(id);
	});

	it('is linked from the pages that show the terms, and every link points at a term', () => {
		const ids = new Set(TERMS.map((t) => t.id));
		const files = [
			'src/routes/overview/OverviewCharts.svelte',
			'src/routes/overview/TierSummaryCard.svelte',
			'src/routes/overview/LifecycleRules.svelte',
			'src/routes/customers/view/+page.svelte',
			'src/routes/churn/ChurnVerdict.svelte',
			'src/routes/churn/WarningList.svelte',
			'src/lib/components/clv/CustomerOutlook.svelte'
		];
		const linked = files.flatMap((f) =>
			Array.from(readFileSync(f, 'utf8').matchAll(/term="(\w+)"/g), (m) => m[1])
		);
		for (const id of linked) expect(ids.has(id), id).toBe(true);
		for (const id of [
			'valueScore',
			'tiers',
			'rfm',
			'segments',
			'lifecycle',
			'predictedClv',
			'verdict',
			'atRisk',
			'pareto',
			'spendTier'
		])
			expect(linked).toContain(id);
	});
});
