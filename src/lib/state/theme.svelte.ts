// The colour theme as reactive state: light, dark or follow the system, remembered in localStorage.
// Applied as data-theme on <html> when this module loads (our CSP forbids an inline script in app.html).
export type ThemePreference = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

const STORAGE_KEY = 'strata.theme';
/** Matches the page background per theme so the browser chrome on phones blends in. */
const THEME_COLOR: Record<ResolvedTheme, string> = { light: '#f6f6f3', dark: '#11151b' };

export function isThemePreference(value: unknown): value is ThemePreference {
	return value === 'light' || value === 'dark' || value === 'system';
}

function readPreference(): ThemePreference {
	try {
		const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
		if (isThemePreference(saved)) return saved;
	} catch {
		// Storage can be blocked; fall back to the system setting.
	}
	return 'system';
}

function systemQuery(): MediaQueryList | undefined {
	return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
		? window.matchMedia('(prefers-color-scheme: dark)')
		: undefined;
}

class Theme {
	preference = $state<ThemePreference>(readPreference());
	#systemDark = $state(systemQuery()?.matches ?? false);
	resolved: ResolvedTheme = $derived(
		this.preference === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.preference
	);

	constructor() {
		systemQuery()?.addEventListener('change', (event) => {
			this.#systemDark = event.matches;
			this.apply();
		});
		this.apply();
	}

	set(preference: ThemePreference) {
		this.preference = preference;
		try {
			localStorage.setItem(STORAGE_KEY, preference);
		} catch {
			// The choice then lasts for this visit only.
		}
		this.apply();
	}

	/** Writes the resolved theme onto <html>; CSS only needs the dark selector. */
	apply() {
		if (typeof document === 'undefined') return;
		const root = document.documentElement;
		root.dataset.theme = this.resolved;
		document.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLOR[this.resolved]);
	}
}

export const theme = new Theme();
