// Display text for playbook rules and indicators in the UI language (the domain keeps ids only).
import { t } from '$lib/i18n/i18n.svelte';
import { fmtNum } from '$lib/components/charts/format';
import type { TierDefinition } from '$lib/domain/tier-definition';
import type { Condition, MissingInput, Rule } from '$lib/domain/strategies/rules';
import { tierName } from '$lib/components/charts/format';
import { measureName } from './measure-name';

/** Indicators a rule can threshold, in the order the editor lists them; others show when the data has them. */
export const RULE_INDICATORS = [
	'valueScore',
	'clv',
	'monetary',
	'frequency',
	'recencyDays',
	'averageOrderValue',
	'tenureDays',
	'trend',
	'churnProbability',
	'predictedSpend12m',
	'spendTier',
	'expected90',
	'nextPurchaseDays'
] as const;

export function indicatorName(key: string): string {
	if (key === 'clv') return t('views.col.clv');
	if (key === 'churnProbability') return t('strategies.indicator.churnProbability');
	return measureName(key);
}

function tierLabel(def: TierDefinition | undefined, id: string): string {
	if (id === '') return t('views.tier.none');
	const k = def?.tiers.findIndex((s) => s.id === id) ?? -1;
	return def && k >= 0 ? tierName(def, k) : id;
}

export function conditionText(c: Condition, def: TierDefinition | undefined): string {
	const list = (names: string[]) => names.join(t('strategies.rule.or'));
	switch (c.kind) {
		case 'tier':
			return `${t('strategies.rule.kind.tier')}${t('strategies.colon')}${list(c.in.map((id) => tierLabel(def, id)))}`;
		case 'segment':
			return `${t('strategies.rule.kind.segment')}${t('strategies.colon')}${list(c.in.map((id) => t(`tiering.segment.${id}`)))}`;
		case 'lifecycle':
			return `${t('strategies.rule.kind.lifecycle')}${t('strategies.colon')}${list(c.in.map((id) => t(`tiering.stage.${id}`)))}`;
		case 'cluster':
			return `${t('strategies.rule.kind.cluster')}${t('strategies.colon')}${list(c.in.map((k) => t('strategies.cluster', { n: k + 1 })))}`;
		case 'churnBand':
			return `${t('strategies.rule.kind.churnBand')}${t('strategies.colon')}${list(c.in.map((b) => t(`strategies.band.${b}`)))}`;
		case 'highValueAtRisk':
			return t('strategies.rule.kind.highValueAtRisk');
		case 'indicator': {
			const name = indicatorName(c.key);
			if (c.op === 'between') return `${fmtNum(c.min, 2)} ≤ ${name} < ${fmtNum(c.max ?? Infinity, 2)}`;
			return `${name} ${c.op === 'gte' ? '≥' : '<'} ${fmtNum(c.min, 2)}`;
		}
	}
}

export function ruleText(rule: Rule, def: TierDefinition | undefined): string {
	if (!rule.all.length) return t('strategies.rule.everyone');
	return rule.all.map((c) => conditionText(c, def)).join(` ${t('strategies.rule.and')} `);
}

export function missingText(m: MissingInput): string {
	if (m === 'churn') return t('strategies.rule.needsChurn');
	if (m === 'cluster') return t('strategies.rule.needsCluster');
	return t('strategies.rule.needsIndicator', { name: indicatorName(m.slice('indicator:'.length)) });
}

export function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
