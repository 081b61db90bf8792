import { describe, expect, it } from 'vitest';
import { biggestMove, dataPeriod, executiveSummary, type SummaryInput } from '$lib/domain/report/summary';
import { churnByTier } from '$lib/domain/report/churn-by-tier';
import { sentenceText } from '$lib/components/report/summary-text';
import { messages } from '$lib/i18n/messages';

const DAY = 86_400_000;
const writer = (locale: 'en' | 'zh-CN', currency?: 'CNY' | 'USD') => ({
	locale,
	currency,
	template: (key: string) => messages[locale][key] ?? key
});

// Hand-made: 10 customers, 3 tiers. Top tier 2 customers (20%) with 6,000 of 10,000 revenue (60%).
const small: SummaryInput = {
	customers: 10,
	buyers: 10,
	revenue: 10_000,
	repeatRate: 0.7,
	period: { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31) },
	tiers: [
		{ name: 'Gold', count: 2, customerShare: 0.2, revenueShare: 0.6 },
		{ name: 'Silver', count: 3, customerShare: 0.3, revenueShare: 0.3 },
		{ name: 'Regular', count: 5, customerShare: 0.5, revenueShare: 0.1 }
	],
	pareto: { top20RevenueShare: 0.6, customerShareFor80: 0.4 },
	atRisk: {
		count: 2,
		value: 4_000,
		expectedLoss: 2_600,
		threshold: 0.5,
		tierNames: ['Gold', 'Silver'],
		quality: 'useful'
	},
	migration: {
		since: Date.UTC(2024, 5, 30),
		moves: [
			{ from: 'Silver', to: 'Gold', count: 1 },
			{ from: 'Gold', to: 'Silver', count: 3 },
			{ from: 'Regular', to: 'Silver', count: 3 }
		]
	}
};

describe('executiveSummary', () => {
	it('writes six sentences in the issue’s order, each pointing at its figure', () => {
		const s = executiveSummary(small);
		expect(s.map((x) => [x.key, x.figure])).toEqual([
			['report.summary.customers', 'kpis'],
			['report.summary.topTier', 'tiers'],
			['report.summary.pareto', 'pareto'],
			['report.summary.atRisk', 'atRisk'],
			['report.summary.migration', 'migration'],
			['report.summary.focusAtRisk', 'atRisk']
		]);
	});

	it('states the figures of the small fixture, in English with the currency', () => {
		const text = executiveSummary(small).map((x) => sentenceText(x, writer('en', 'USD')));
		expect(text[0]).toBe('10 customers spent $10,000 between 2024-01-01 and 2024-12-31.');
		expect(text[1]).toBe('The top tier, Gold, is 20.0% of customers (2) and brings 60.0% of revenue.');
		expect(text[2]).toBe(
			'The top 20% of customers bring 60.0% of revenue; 40.0% of customers make up 80% of it.'
		);
		expect(text[3]).toBe(
			'2 high-value customers (Gold, Silver) are at risk of leaving (churn probability ≥ 0.5); they are worth $4,000, an expected loss of $2,600.'
		);
		// Two moves of 3: the first one given wins the tie.
		expect(text[4]).toBe(
			'Since the snapshot of 2024-06-30, the biggest tier movement was 3 customers from Gold to Silver.'
		);
		expect(text[5]).toContain('contact the 2 at-risk high-value customers first');
		expect(text[5]).toContain('$2,600');
	});

	it('writes the same figures in Chinese with ¥', () => {
		const text = executiveSummary(small).map((x) => sentenceText(x, writer('zh-CN', 'CNY')));
		expect(text[0]).toBe('2024-01-01 至 2024-12-31，10 位客户共消费 ¥10,000。');
		expect(text[3]).toContain('（Gold、Silver）');
		expect(text[3]).toContain('预期损失 ¥2,600');
	});

	it('calls a weak model’s list “flagged” and does not recommend acting on it', () => {
		const s = executiveSummary({ ...small, atRisk: { ...small.atRisk!, quality: 'weak' } });
		expect(s[3].key).toBe('report.summary.atRiskWeak');
		expect(s[5].key).toBe('report.summary.focusTopTier');
	});

	it('says when nobody changed tier and when no high-value customer is at risk', () => {
		const s = executiveSummary({
			...small,
			atRisk: { ...small.atRisk!, count: 0, value: 0, expectedLoss: 0 },
			migration: { since: 0, moves: [] }
		});
		expect(s.map((x) => x.key)).toContain('report.summary.atRiskNone');
		expect(s.map((x) => x.key)).toContain('report.summary.migrationNone');
	});

	// Real-data shaped (the Chinese order export of issue #10): 1,460 customers, 90% bought once, no snapshot and
	// no churn model. Top tier (5%) 73 customers with 41.2% of revenue; the top 20% bring 62.5%.
	it('on a mostly-one-time-buyer base without snapshots or model: four sentences, focus on a second purchase', () => {
		const real: SummaryInput = {
			customers: 1460,
			buyers: 1460,
			revenue: 389_412.5,
			repeatRate: 146 / 1460,
			period: { from: Date.UTC(2023, 2, 1), to: Date.UTC(2023, 11, 30) },
			tiers: [
				{ name: '钻石', count: 73, customerShare: 0.05, revenueShare: 0.412 },
				{ name: '金卡', count: 219, customerShare: 0.15, revenueShare: 0.213 },
				{ name: '银卡', count: 438, customerShare: 0.3, revenueShare: 0.2 },
				{ name: '普通', count: 730, customerShare: 0.5, revenueShare: 0.175 }
			],
			pareto: { top20RevenueShare: 0.625, customerShareFor80: 0.52 }
		};
		const s = executiveSummary(real);
		expect(s.map((x) => x.key)).toEqual([
			'report.summary.customers',
			'report.summary.topTier',
			'report.summary.pareto',
			'report.summary.focusRepeat'
		]);
		const zh = s.map((x) => sentenceText(x, writer('zh-CN', 'CNY')));
		expect(zh[0]).toBe('2023-03-01 至 2023-12-30，1,460 位客户共消费 ¥389,413。');
		expect(zh[1]).toBe('最高层级“钻石”占客户的 5.0%（73 位），贡献了 41.2% 的收入。');
		// 90% of 1,460 buyers = 1,314 bought once.
		expect(zh[3]).toBe('建议重点：促成第二次购买——90.0% 的购买客户（1,314 位）只买过一次。');
		const en = sentenceText(s[3], writer('en'));
		expect(en).toBe('Recommended focus: a second purchase — 90.0% of buyers (1,314) have bought only once.');
	});

	it('never leaves a placeholder unfilled in either language', () => {
		for (const locale of ['en', 'zh-CN'] as const)
			for (const x of executiveSummary(small)) expect(sentenceText(x, writer(locale))).not.toMatch(/\{\w+\}/);
	});

	it('keeps the summary between 3 and 6 sentences', () => {
		const minimal = executiveSummary({ ...small, atRisk: undefined, migration: undefined });
		expect(minimal.length).toBeGreaterThanOrEqual(3);
		expect(executiveSummary(small).length).toBeLessThanOrEqual(6);
	});
});

describe('biggestMove', () => {
	it('ignores empty moves and keeps the first of equal ones', () => {
		expect(biggestMove([{ count: 0 }])).toBeUndefined();
		const a = { count: 2, id: 'a' };
		expect(biggestMove([{ count: 1, id: 'x' }, a, { count: 2, id: 'b' }])).toBe(a);
	});
});

describe('dataPeriod', () => {
	it('runs from the earliest first purchase to the latest last purchase, as seen from the analysis date', () => {
		const at = Date.UTC(2024, 11, 31);
		const p = dataPeriod(at, [3, NaN, 10], [30, NaN, 365]);
		expect(p).toEqual({ from: at - 365 * DAY, to: at - 3 * DAY });
	});
	it('is undefined without dates', () => {
		expect(dataPeriod(Date.UTC(2024, 0, 1), [NaN], [NaN])).toBeUndefined();
		expect(dataPeriod(NaN, [1], [1])).toBeUndefined();
	});
});

describe('churnByTier', () => {
	it('counts scored and flagged customers per tier and leaves out the untiered and unscored', () => {
		const p = [0.9, 0.2, 0.5, NaN, 0.7, 0.1];
		const tier = [0, 0, 1, 1, -1, 1];
		expect(churnByTier(p, tier, 2, 0.5)).toEqual([
			{ scored: 2, flagged: 1, meanProbability: (0.9 + 0.2) / 2 },
			{ scored: 2, flagged: 1, meanProbability: (0.5 + 0.1) / 2 }
		]);
	});
});
