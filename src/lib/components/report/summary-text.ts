// Writes the executive summary's sentences (domain/report/summary.ts) in a language: each fact through the one
// formatter for its kind, money in the dataset's currency. Plain functions, so node tests render real text.
import type { Fact, SummarySentence } from '$lib/domain/report/summary';
import {
	fill,
	formatCount,
	formatMoneyWhole,
	formatPercent,
	formatThreshold,
	type CurrencyCode
} from '$lib/i18n/format';

type Locale = 'zh-CN' | 'en';

export interface SummaryWriter {
	locale: Locale;
	currency?: CurrencyCode;
	/** The message template for a key (the catalogue of the locale). */
	template: (key: string) => string;
}

export function formatFact(f: Fact, w: SummaryWriter): string {
	switch (f.kind) {
		case 'count':
			return formatCount(f.value, w.locale);
		case 'money':
			// Prose quotes totals and values: whole units read better than cents ($10,000, not $10,000.00).
			return formatMoneyWhole(f.value, w.locale, w.currency);
		case 'percent':
			return formatPercent(f.value, w.locale);
		case 'probability':
			return formatThreshold(f.value, w.locale);
		case 'date':
			return Number.isFinite(f.value) ? new Date(f.value).toISOString().slice(0, 10) : '—';
		case 'text':
			return f.value;
		case 'list':
			return f.value.join(w.template('report.summary.listSep'));
	}
}

export function sentenceText(s: SummarySentence, w: SummaryWriter): string {
	const params: Record<string, string> = {};
	for (const [name, fact] of Object.entries(s.facts)) params[name] = formatFact(fact, w);
	return fill(w.template(s.key), params);
}
