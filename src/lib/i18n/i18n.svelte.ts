// The current UI language as reactive state: remembered in localStorage, defaulting to the browser's language.
import { messages } from './messages';
import { fill, pickLocale } from './format';
import type { Locale } from './types';

const STORAGE_KEY = 'strata.locale';

function initialLocale(): Locale {
	if (typeof localStorage !== 'undefined') {
		const saved = localStorage.getItem(STORAGE_KEY);
		if (saved === 'en' || saved === 'zh-CN') return saved;
	}
	if (typeof navigator !== 'undefined') return pickLocale(navigator.languages ?? [navigator.language]);
	return 'en';
}

class I18n {
	locale = $state<Locale>(initialLocale());

	set(locale: Locale) {
		this.locale = locale;
		try {
			localStorage.setItem(STORAGE_KEY, locale);
		} catch {
			// Storage can be unavailable (private mode); the choice then lasts for this visit only.
		}
		document.documentElement.lang = locale;
	}

	/** Translate a key; a missing key shows itself so it is caught in review and tests. */
	t = (key: string, params?: Record<string, string | number>): string => {
		const template = messages[this.locale][key] ?? messages.en[key] ?? key;
		return fill(template, params, this.locale);
	};
}

export const i18n = new I18n();
export const t = i18n.t;
