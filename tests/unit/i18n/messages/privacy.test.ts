import { describe, expect, it } from 'vitest';
import { privacy } from '$lib/i18n/messages/privacy';
import type { ErrorKey } from '$lib/backup/format';

describe('privacy catalogue', () => {
	it('has the same keys in Chinese and English', () => {
		expect(Object.keys(privacy['zh-CN']).sort()).toEqual(Object.keys(privacy.en).sort());
	});

	it('keeps every {placeholder} of the English text in the Chinese text', () => {
		const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
		const en: Record<string, string> = privacy.en;
		const zh: Record<string, string> = privacy['zh-CN'];
		for (const key of Object.keys(en)) expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
	});

	it('words every backup error the file reader and restore can return', () => {
		const errors: ErrorKey[] = [
			'backup.error.notBackup',
			'backup.error.newer',
			'backup.error.passphraseNeeded',
			'backup.error.passphrase',
			'backup.error.corrupt',
			'backup.error.newerSchema',
			'backup.error.busy',
			'backup.error.quota',
			'backup.error.write'
		];
		for (const key of errors) expect(privacy.en).toHaveProperty([key]);
	});

	it('tells the user a wrong passphrase changed nothing', () => {
		expect(privacy.en['backup.error.passphrase']).toContain('Nothing was changed');
		expect(privacy['zh-CN']['backup.error.passphrase']).toContain('未做任何更改');
	});
});
