// Fills `{name}` placeholders; plain so domain-free code and tests can use it without runes.
export function fill(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function pickLocale(languages: readonly string[]): 'zh-CN' | 'en' {
	for (const lang of languages) {
		const l = lang.toLowerCase();
		if (l.startsWith('zh')) return 'zh-CN';
		if (l.startsWith('en')) return 'en';
	}
	return 'en';
}

/**
 * Numbers written to exports stay numbers but lose float noise (0.6960523128509521 → 0.696): probabilities and
 * shares 3 decimals, money 2, days and counts whole. NaN/±Infinity become '' (an empty cell, not "NaN").
 */
export type ExportKind = 'probability' | 'money' | 'days' | 'count' | 'score';
const EXPORT_DIGITS: Record<ExportKind, number> = { probability: 3, money: 2, days: 0, count: 0, score: 1 };

export function exportNumber(v: number, kind: ExportKind): number | '' {
	if (!Number.isFinite(v)) return '';
	const f = 10 ** EXPORT_DIGITS[kind];
	const r = Math.round(v * f) / f;
	return Object.is(r, -0) ? 0 : r;
}
