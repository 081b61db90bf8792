import type { Catalogue } from '../types';

// Look up and field packs, second pass (issue #13): how good the churn model behind a risk is, region slices,
// pinyin search; and what Strategies' action lists show of the phone's contact log.
export const fieldMore = {
	en: {
		'field.risk.weak':
			'Rough band only: the churn model is weak (test ROC-AUC {auc}), so a percentage would claim more than it knows. Use it with what you know of the customer.',
		'field.risk.weakShort': 'Weak churn model: a rough band, not a probability',
		'field.risk.model': 'Scores from a model of {date} ({days} days ago).',
		'field.risk.modelUndated': 'Scores from a model of unknown date.',
		'field.risk.quality.useful': 'Model quality: useful.',
		'field.risk.quality.strong': 'Model quality: strong.',
		'field.risk.quality.weak': 'Model quality: weak.',
		'strategies.contacts.onlyToCall':
			'To call only: leave out customers contacted in the last {every} days (this playbook’s rhythm), waiting for a follow-up, or lost',
		'strategies.contacts.onlyToCallOnce':
			'To call only: leave out customers already contacted (this playbook contacts once), waiting for a follow-up, or lost',
		'strategies.contacts.held': '({n} left out; contacts logged on phones count too)'
	},
	'zh-CN': {
		'field.risk.weak':
			'仅为粗略区间：流失模型较弱（测试集 ROC-AUC {auc}），给出百分比会夸大它的把握。请结合你对客户的了解使用。',
		'field.risk.weakShort': '流失模型较弱：仅为粗略区间，并非概率',
		'field.risk.model': '评分来自 {date} 的模型（{days} 天前）。',
		'field.risk.modelUndated': '评分所用模型的日期未知。',
		'field.risk.quality.useful': '模型质量：可用。',
		'field.risk.quality.strong': '模型质量：强。',
		'field.risk.quality.weak': '模型质量：弱。',
		'strategies.contacts.onlyToCall':
			'只列待联系：略去最近 {every} 天内已联系（本策略的联系节奏）、等待回访或已流失的客户',
		'strategies.contacts.onlyToCallOnce':
			'只列待联系：略去已联系过（本策略只联系一次）、等待回访或已流失的客户',
		'strategies.contacts.held': '（已略去 {n} 位；手机上记录的联系也计入）'
	}
} satisfies Catalogue;
