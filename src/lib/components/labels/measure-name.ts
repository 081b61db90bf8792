// Display name of a tier measure: the value score, a CLV column, or an indicator from the tiering catalogue.
import { t } from '$lib/i18n/i18n.svelte';

export function measureName(measure: string): string {
	if (measure === 'valueScore') return t('views.measure.valueScore');
	if (measure === 'historicalClv' || measure === 'predictedClv')
		return t(`tiering.valueIndicator.${measure}`);
	return t(`tiering.indicator.${measure}`);
}

/** Measures a tiering can rank by, in the order the selector lists them. */
export const TIER_MEASURES = [
	'valueScore',
	'historicalClv',
	'predictedClv',
	'predictedSpend12m',
	'monetary',
	'frequency',
	'averageOrderValue',
	'recencyDays',
	'tenureDays'
] as const;
