import { describe, expect, it } from 'vitest';
import { isThemePreference } from '$lib/state/theme.svelte';

describe('isThemePreference', () => {
	it('accepts exactly the three stored choices light, dark and system', () => {
		expect(['light', 'dark', 'system'].every(isThemePreference)).toBe(true);
	});

	it('rejects a tampered or outdated stored value so the app falls back to the system theme', () => {
		expect(isThemePreference('Dark')).toBe(false);
		expect(isThemePreference('auto')).toBe(false);
		expect(isThemePreference(null)).toBe(false);
	});
});
