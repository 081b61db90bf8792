import { describe, expect, it } from 'vitest';
import { shell } from '$lib/i18n/messages/shell';

describe('shell catalogue', () => {
	it('has the same keys in Chinese and English, so no label falls back to the other language', () => {
		expect(Object.keys(shell['zh-CN']).sort()).toEqual(Object.keys(shell.en).sort());
	});

	it('keeps every {placeholder} of the English text in the Chinese text', () => {
		const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
		const en: Record<string, string> = shell.en;
		const zh: Record<string, string> = shell['zh-CN'];
		for (const key of Object.keys(en)) expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
	});

	it('names the five analysis pages the home page and empty states describe', () => {
		for (const page of ['overview', 'customers', 'clusters', 'churn', 'strategies'])
			expect(shell.en).toHaveProperty(`shell.${page}.desc`);
	});
});
