// A clustering or churn feature's name in the UI language: indicators by key, dataset columns by header,
// one-hot columns as "column = level".
import { t } from '$lib/i18n/i18n.svelte';

export function featureLabel(key: string, headers: Record<string, string> = {}): string {
	if (key.startsWith('col:')) return headers[key] ?? key.slice(4);
	const eq = key.indexOf('=');
	if (eq > 0) {
		const level = key.slice(eq + 1);
		const shown =
			level === '__other__' ? t('ml.level.other') : level === '__missing__' ? t('ml.level.missing') : level;
		return `${featureLabel(key.slice(0, eq), headers)} = ${shown}`;
	}
	const msg = t(`mlv.feature.${key}`);
	return msg === `mlv.feature.${key}` ? key : msg;
}
