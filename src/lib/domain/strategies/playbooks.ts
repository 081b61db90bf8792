// What a playbook is (who it targets, what to do, through which channels, how often, with what budget) and
// the defaults drawn from common CRM practice. Texts are bilingual so a saved playbook reads in either language.
import type { Rule } from './rules';

export interface Bilingual {
	en: string;
	'zh-CN': string;
}

export const CHANNELS = [
	'accountManager',
	'phone',
	'wechat',
	'sms',
	'email',
	'app',
	'event',
	'mail'
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SERVICE_LEVELS = ['dedicated', 'priority', 'standard', 'automated'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const PLAYBOOK_KPIS = [
	'retentionRate',
	'repeatRate',
	'revenue',
	'averageOrderValue',
	'reactivationRate',
	'secondPurchaseRate',
	'upgradeRate',
	'serviceCost'
] as const;
export type PlaybookKpi = (typeof PLAYBOOK_KPIS)[number];

export interface Playbook {
	id: string;
	name: Bilingual;
	goal: Bilingual;
	/** One recommended action per entry. */
	actions: Bilingual[];
	channels: Channel[];
	serviceLevel: ServiceLevel;
	/** Days between planned contacts; 0 = a single contact, then stop. */
	contactEveryDays: number;
	/** Share of the marketing budget in percent. */
	budgetShare: number;
	kpi: PlaybookKpi;
	rule: Rule;
}

/** The current tiering's tier ids, top first: the defaults target the first and the last tiers. */
export interface PlaybookContext {
	tierIds: readonly string[];
}

const b = (en: string, zh: string): Bilingual => ({ en, 'zh-CN': zh });

export function defaultPlaybooks(ctx: PlaybookContext): Playbook[] {
	const ids = ctx.tierIds;
	const top = ids[0];
	const second = ids.length > 2 ? ids[1] : undefined;
	const bottom = ids.length > 1 ? ids[ids.length - 1] : undefined;
	const list: Playbook[] = [];
	if (top !== undefined)
		list.push({
			id: 'top-tier',
			name: b('Top tier: VIP care', '最高层级：VIP 专属服务'),
			goal: b(
				'Keep the most valuable customers and grow their share of wallet.',
				'留住最有价值的客户，提升钱包份额。'
			),
			actions: [
				b('Assign a dedicated account manager', '指派专属客户经理'),
				b('Priority service line and faster delivery', '优先服务通道与加急配送'),
				b('Invitations to exclusive events and early access', '邀请参加专属活动，新品抢先体验'),
				b('Personal thank-you on birthdays and anniversaries', '生日与纪念日的专属问候')
			],
			channels: ['accountManager', 'phone', 'wechat', 'event'],
			serviceLevel: 'dedicated',
			contactEveryDays: 30,
			budgetShare: 30,
			kpi: 'retentionRate',
			rule: { all: [{ kind: 'tier', in: [top] }] }
		});
	list.push({
		id: 'at-risk-high-value',
		name: b('At-risk high value: win back', '高价值流失风险：挽回'),
		goal: b(
			'Reach valuable customers who are slipping away before they are lost.',
			'在高价值客户流失前及时挽回。'
		),
		actions: [
			b('Personal win-back call within 7 days', '7 天内由专人电话回访'),
			b('Ask what went wrong and fix it', '了解原因并解决问题'),
			b('Tailored offer based on past purchases', '根据历史购买提供定制优惠')
		],
		channels: ['phone', 'accountManager', 'wechat'],
		serviceLevel: 'priority',
		contactEveryDays: 7,
		budgetShare: 25,
		kpi: 'reactivationRate',
		// The shared definition (domain/at-risk.ts): flagged by the churn model AND in the top tiers.
		rule: { all: [{ kind: 'highValueAtRisk' }] }
	});
	if (second !== undefined)
		list.push({
			id: 'second-tier',
			name: b('Second tier: grow to the top', '第二层级：培育升级'),
			goal: b(
				'Move good customers up a tier with rewards and cross-selling.',
				'通过积分奖励与交叉销售推动客户升级。'
			),
			actions: [
				b('Loyalty points with a visible path to the next tier', '积分计划，清晰展示升级路径'),
				b('Recommendations from related categories', '推荐相关品类商品'),
				b('Priority customer service', '优先客服')
			],
			channels: ['wechat', 'app', 'email'],
			serviceLevel: 'priority',
			contactEveryDays: 30,
			budgetShare: 15,
			kpi: 'upgradeRate',
			rule: { all: [{ kind: 'tier', in: [second] }] }
		});
	list.push({
		id: 'new-customers',
		name: b('New customers: onboarding', '新客户：新手引导'),
		goal: b('Turn a first purchase into a second one.', '促成首单客户的第二次购买。'),
		actions: [
			b('Welcome message and how-to guide', '欢迎消息与使用指南'),
			b('Second-purchase coupon within 30 days', '30 天内有效的复购优惠券'),
			b('Ask for feedback after the first order', '首单后邀请评价反馈')
		],
		channels: ['sms', 'wechat', 'email'],
		serviceLevel: 'standard',
		contactEveryDays: 14,
		budgetShare: 12,
		kpi: 'secondPurchaseRate',
		rule: { all: [{ kind: 'lifecycle', in: ['new'] }] }
	});
	list.push({
		id: 'dormant',
		name: b('Dormant: reactivate', '沉睡客户：唤醒'),
		goal: b('Bring customers who stopped buying back at low cost.', '以较低成本唤醒已停止购买的客户。'),
		actions: [
			b('Reminder with what is new since their last visit', '提醒上次购买以来的新品'),
			b('Time-limited comeback offer', '限时回归优惠')
		],
		channels: ['sms', 'email', 'app'],
		serviceLevel: 'standard',
		contactEveryDays: 60,
		budgetShare: 8,
		kpi: 'reactivationRate',
		rule: { all: [{ kind: 'lifecycle', in: ['dormant', 'declining'] }] }
	});
	if (bottom !== undefined)
		list.push({
			id: 'low-value',
			name: b('Low value: automated service', '低价值客户：自动化服务'),
			goal: b('Serve at low cost; spot those who could grow.', '低成本服务，发现有成长潜力的客户。'),
			actions: [
				b('Self-service and automated messages only', '仅提供自助服务与自动化消息'),
				b('Bulk promotions in the regular newsletter', '常规推送中的批量促销')
			],
			channels: ['email', 'app'],
			serviceLevel: 'automated',
			contactEveryDays: 90,
			budgetShare: 5,
			kpi: 'serviceCost',
			rule: { all: [{ kind: 'tier', in: [bottom] }] }
		});
	list.push({
		id: 'lost',
		name: b('Lost: one last try', '已流失客户：最后一次尝试'),
		goal: b('One low-cost reactivation attempt, then stop spending.', '一次低成本唤醒尝试，之后停止投入。'),
		actions: [
			b('One low-cost reactivation message', '发送一次低成本唤醒消息'),
			b('No further contact if there is no response', '无回应则不再联系')
		],
		channels: ['sms', 'email'],
		serviceLevel: 'automated',
		contactEveryDays: 0,
		budgetShare: 5,
		kpi: 'reactivationRate',
		rule: { all: [{ kind: 'lifecycle', in: ['lost'] }] }
	});
	return list;
}

/** A fresh, empty playbook the user fills in (targets everyone until conditions are added). */
export function blankPlaybook(id: string): Playbook {
	return {
		id,
		name: b('New playbook', '新策略'),
		goal: b('', ''),
		actions: [],
		channels: [],
		serviceLevel: 'standard',
		contactEveryDays: 30,
		budgetShare: 0,
		kpi: 'retentionRate',
		rule: { all: [] }
	};
}

/** Text in the UI language, falling back to the other one when the user wrote only one. */
export function textIn(text: Bilingual, locale: 'en' | 'zh-CN'): string {
	return text[locale] || text[locale === 'en' ? 'zh-CN' : 'en'];
}

/** Sum of the budget shares; the page warns when it is not 100. */
export function totalBudgetShare(playbooks: readonly Playbook[]): number {
	return playbooks.reduce((s, p) => s + (Number.isFinite(p.budgetShare) ? p.budgetShare : 0), 0);
}
