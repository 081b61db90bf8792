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
		'field.risk.quality.weak': 'Model quality: weak.'
	},
	'zh-CN': {
		'field.risk.weak':
			'仅为粗略区间：流失模型较弱（测试集 ROC-AUC {auc}），给出百分比会夸大它的把握。请结合你对客户的了解使用。',
		'field.risk.weakShort': '流失模型较弱：仅为粗略区间，并非概率',
		'field.risk.model': '评分来自 {date} 的模型（{days} 天前）。',
		'field.risk.modelUndated': '评分所用模型的日期未知。',
		'field.risk.quality.useful': '模型质量：可用。',
		'field.risk.quality.strong': '模型质量：强。',
		'field.risk.quality.weak': '模型质量：弱。'
	}
} satisfies Catalogue;
