import { describe, expect, it } from 'vitest';
import { strategies } from '$lib/i18n/messages/strategies';
import { messages } from '$lib/i18n/messages';
import { CHANNELS, PLAYBOOK_KPIS, SERVICE_LEVELS } from '$lib/domain/strategies/playbooks';
import { CHURN_BANDS } from '$lib/domain/strategies/rules';
import { FLOW_KINDS_FOR_TEST } from './strategies-kinds';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('strategies messages', () => {
	it('has the same keys and placeholders in English and Chinese', () => {
		expect(Object.keys(strategies['zh-CN']).sort()).toEqual(Object.keys(strategies.en).sort());
		const zh = strategies['zh-CN'] as Record<string, string>;
		for (const [key, en] of Object.entries(strategies.en))
			expect([key, placeholders(zh[key])]).toEqual([key, placeholders(en)]);
	});

	it('names every channel, service level, KPI, churn band and flow kind the domain code uses', () => {
		const keys = [
			...CHANNELS.map((c) => `strategies.channel.${c}`),
			...SERVICE_LEVELS.map((s) => `strategies.service.${s}`),
			...PLAYBOOK_KPIS.map((k) => `strategies.kpi.${k}`),
			...CHURN_BANDS.map((b) => `strategies.band.${b}`),
			...FLOW_KINDS_FOR_TEST.map((f) => `strategies.flow.${f}`),
			...['tier', 'segment', 'lifecycle', 'cluster', 'churnBand', 'highValueAtRisk', 'indicator'].map(
				(k) => `strategies.rule.kind.${k}`
			),
			...['noPredictions', 'notLater', 'oneClass'].map((e) => `strategies.realised.${e}`)
		];
		for (const key of keys) {
			expect(messages.en[key], key).toBeTypeOf('string');
			expect(messages['zh-CN'][key], key).toBeTypeOf('string');
		}
	});
});
