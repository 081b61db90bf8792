// Plain-word verdicts and the shared "high-value at risk" vocabulary (issue #10): the churn model's quality band,
// the base-rate warning, the at-risk list's definition and settings, and playbook overlap in the allocation.
import type { Catalogue } from '../types';

export const verdicts = {
	en: {
		'verdict.churn.title': 'Can you act on this model?',
		'verdict.churn.weak': 'Weak — do not act on it alone.',
		'verdict.churn.useful': 'Useful — good enough to rank whom to contact first.',
		'verdict.churn.strong': 'Strong — it separates churners from stayers well.',
		'verdict.churn.because.auc': 'Test ROC-AUC {auc}; the riskiest 10% churn {lift}× as often as average.',
		'verdict.churn.because.aucCapped':
			'Test ROC-AUC {auc}; the riskiest 10% churn {lift}× as often as average — when {rate} churn, {max}× is the most possible, so lift is not judged here.',
		'verdict.churn.because.lift':
			'Test ROC-AUC {auc} looks passable, but the riskiest 10% churn only {lift}× as often as average.',
		'verdict.churn.because.baseRate':
			'Test ROC-AUC {auc}, but with so lopsided a label the ranking cannot single anyone out (the riskiest 10% churn {lift}× as often as average).',
		'verdict.churn.bands':
			'Bands: ROC-AUC below 0.65 weak, 0.65–0.80 useful, 0.80 and above strong; weak too when the riskiest 10% churn less than 1.2× the average (judged where at most two thirds churn), or when fewer than 2% or more than 90% churn. After Hosmer & Lemeshow, Applied Logistic Regression (2013): 0.7–0.8 acceptable, 0.8–0.9 excellent.',
		'verdict.churn.almostAll':
			'{rate} of customers count as churners under this definition: almost everyone churns, so a model cannot single anyone out. Choose a longer window or another cutoff.',
		'verdict.churn.almostNone':
			'Only {rate} of customers count as churners under this definition: too few to learn from. Choose a shorter window or another cutoff.',
		'verdict.churn.weakBands':
			'Because the model is weak, customers above the threshold are shown as "flagged", not "high risk".',
		'verdict.band.weak.0': 'Flagged (weak model)',
		'verdict.band.weak.1': 'Below threshold',
		'verdict.band.weak.2': 'Well below threshold',
		'verdict.savedValueHint':
			'Default: the mean customer value (predicted CLV, else spend) of the {count} customers flagged at threshold {threshold}. Cost per contact and save rate are stated defaults — set your own.',
		'strategies.rule.kind.highValueAtRisk': 'High-value at risk',
		'cluster.variant': '#{n}',
		'currency.label': 'Currency',
		'currency.none': 'No symbol',
		'currency.CNY': 'Yuan (¥, CNY)',
		'currency.USD': 'US dollar ($)',
		'currency.EUR': 'Euro (€)',
		'currency.GBP': 'Pound (£)',
		'currency.guessed': 'guessed from the file',
		'overlap.note':
			'{customers} customers are in more than one playbook audience and are counted {extra} extra times, so budget shares add up per playbook, not per customer.',
		'overlap.firstMatch':
			'Priority order: each customer counts only for the first matching playbook (in the order listed)',
		'atRisk.scope': 'Which customers',
		'atRisk.scope.atRisk': 'High-value at risk',
		'atRisk.scope.all': 'All scored customers',
		'atRisk.topTiers': 'High value =',
		'atRisk.topTiers.n': 'top {n} tier(s), down to {last}',
		'atRisk.tierFilter': 'Tier',
		'atRisk.allTiers': 'All tiers',
		'atRisk.definition':
			'High-value at risk: churn probability at or above the threshold {threshold} AND in {tiers}; ranked by expected loss = churn probability × customer value. The same list is used by Strategies, the report and Look-up.',
		'atRisk.col.rank': 'Rank',
		'atRisk.col.expectedLoss': 'Expected loss',
		'atRisk.col.nextAction': 'Next action',
		'atRisk.badge': 'High-value at risk',
		'atRisk.none': 'No customer is high-value at risk at this threshold.',
		'atRisk.reportTitle': 'High-value at risk (top {n})',
		'atRisk.reportDesc':
			'Flagged at threshold {threshold} and in {tiers}; ranked by expected loss = churn probability × customer value. {count} customers in all.'
	},
	'zh-CN': {
		'verdict.churn.title': '这个模型能用来行动吗？',
		'verdict.churn.weak': '较弱——不要单凭它行动。',
		'verdict.churn.useful': '可用——足以决定先联系谁。',
		'verdict.churn.strong': '较强——能很好地区分流失与留存客户。',
		'verdict.churn.because.auc': '测试集 ROC-AUC 为 {auc}；风险最高的 10% 客户流失率是平均的 {lift} 倍。',
		'verdict.churn.because.aucCapped':
			'测试集 ROC-AUC 为 {auc}；风险最高的 10% 客户流失率是平均的 {lift} 倍——流失率为 {rate} 时最多只能达到 {max} 倍，因此这里不按倍数评判。',
		'verdict.churn.because.lift':
			'测试集 ROC-AUC 为 {auc}，看似尚可，但风险最高的 10% 客户流失率只有平均的 {lift} 倍。',
		'verdict.churn.because.baseRate':
			'测试集 ROC-AUC 为 {auc}，但标签如此失衡，排序无法挑出特定客户（风险最高的 10% 客户流失率是平均的 {lift} 倍）。',
		'verdict.churn.bands':
			'分档：ROC-AUC 低于 0.65 为较弱，0.65–0.80 为可用，0.80 及以上为较强；若风险最高的 10% 客户流失率不到平均的 1.2 倍（仅在流失率不超过三分之二时评判），或流失率低于 2% 或高于 90%，也判为较弱。参考 Hosmer & Lemeshow《Applied Logistic Regression》(2013)：0.7–0.8 可接受，0.8–0.9 优秀。',
		'verdict.churn.almostAll':
			'按此定义有 {rate} 的客户算作流失：几乎人人都流失，模型无法挑出特定客户。请选择更长的观察窗口或其他截止日期。',
		'verdict.churn.almostNone':
			'按此定义只有 {rate} 的客户算作流失：样本太少，无法学习。请选择更短的观察窗口或其他截止日期。',
		'verdict.churn.weakBands': '由于模型较弱，高于阈值的客户显示为“已标记”，而不是“高风险”。',
		'verdict.band.weak.0': '已标记（模型较弱）',
		'verdict.band.weak.1': '低于阈值',
		'verdict.band.weak.2': '远低于阈值',
		'verdict.savedValueHint':
			'默认值：在阈值 {threshold} 下被标记的 {count} 位客户的平均客户价值（有预测 CLV 时用预测 CLV，否则用消费额）。每次联系成本与挽回率是给定的默认值，请按实际情况修改。',
		'strategies.rule.kind.highValueAtRisk': '高价值流失风险',
		'cluster.variant': '#{n}',
		'currency.label': '币种',
		'currency.none': '不显示符号',
		'currency.CNY': '人民币（¥，CNY）',
		'currency.USD': '美元（$）',
		'currency.EUR': '欧元（€）',
		'currency.GBP': '英镑（£）',
		'currency.guessed': '根据文件推断',
		'overlap.note':
			'有 {customers} 位客户同时属于多个策略的目标人群，被额外重复计算 {extra} 次，因此预算份额按策略相加，而不是按客户相加。',
		'overlap.firstMatch': '优先顺序：每位客户只计入第一个匹配的策略（按列表顺序）',
		'atRisk.scope': '显示哪些客户',
		'atRisk.scope.atRisk': '高价值流失风险',
		'atRisk.scope.all': '全部已评分客户',
		'atRisk.topTiers': '高价值 =',
		'atRisk.topTiers.n': '前 {n} 个层级（到{last}为止）',
		'atRisk.tierFilter': '层级',
		'atRisk.allTiers': '全部层级',
		'atRisk.definition':
			'高价值流失风险：流失概率不低于阈值 {threshold}，且属于 {tiers}；按预期损失（流失概率 × 客户价值）排序。策略页、报告和客户速查使用同一份名单。',
		'atRisk.col.rank': '排名',
		'atRisk.col.expectedLoss': '预期损失',
		'atRisk.col.nextAction': '下一步行动',
		'atRisk.badge': '高价值流失风险',
		'atRisk.none': '在此阈值下没有高价值流失风险客户。',
		'atRisk.reportTitle': '高价值流失风险（前 {n} 位）',
		'atRisk.reportDesc':
			'阈值 {threshold} 以上且属于 {tiers}；按预期损失（流失概率 × 客户价值）排序。共 {count} 位客户。'
	}
} satisfies Catalogue;
