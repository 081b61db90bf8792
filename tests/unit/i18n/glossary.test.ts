import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GLOSSARY, SAME_LABEL } from '$lib/i18n/glossary';
import { messages } from '$lib/i18n/messages';

describe('glossary', () => {
	it('names every measure in both languages', () => {
		for (const key of Object.values(GLOSSARY)) {
			expect(messages.en[key], key).toBeTypeOf('string');
			expect(messages['zh-CN'][key], key).toBeTypeOf('string');
		}
	});

	it('is what the three at-risk lists label their value and risk columns with', () => {
		for (const file of [
			'src/routes/churn/WarningList.svelte',
			'src/routes/strategies/ActionList.svelte',
			'src/routes/report/+page.svelte'
		]) {
			const src = readFileSync(file, 'utf8');
			expect(src, file).toContain("termKey('clv')");
			expect(src, file).toContain("termKey('churnProbability')");
			expect(src, file).not.toContain("t('mlv.churn.value')");
		}
	});

	it('gives each measure one name per language on every page that labels it', () => {
		for (const locale of ['en', 'zh-CN'] as const)
			for (const group of SAME_LABEL) {
				const labels = group.map((k) => messages[locale][k]);
				for (const l of labels) expect(l, `${locale} ${group.join(', ')}`).toBeTypeOf('string');
				expect(
					new Set(labels).size,
					`${locale}: ${group.map((k, i) => `${k}=${labels[i]}`).join(', ')}`
				).toBe(1);
			}
	});
});
