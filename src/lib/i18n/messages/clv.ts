// The CLV check (calibration/holdout validation) view: every string in English and Chinese.
import type { Catalogue } from '../types';

export const clv = {
	en: {
		'nav.clv': 'CLV check',
		'clv.report.title': 'Customer lifetime value: checked on a holdout',
		'clv.tiers.title': 'Predicted CLV by tier',
		'clv.tiers.desc':
			'Mean predicted 12-month CLV per customer in each tier (bar) and the tier’s total (Σ): where next year’s value sits.',
		'clv.tiers.mean': 'Mean predicted CLV',
		'clv.tiers.total': 'Total predicted CLV',
		'clv.upgrade.title': 'Upgrade candidates: {n}',
		'clv.upgrade.desc':
			'Customers whose predicted CLV is at least the typical (median) value of a tier two or more above their own.',
		'clv.outlook.title': 'Outlook (purchase model)',
		'clv.outlook.alive': 'Probability still active',
		'clv.outlook.expected': 'Expected purchases: next 30 · 90 · 365 days',
		'clv.outlook.next': 'Expected next purchase',
		'clv.outlook.nextRange': '(likely {from} – {to})',
		'clv.outlook.later': 'later',
		'clv.outlook.nextNone': 'Not expected within three years',
		'clv.outlook.spend12m': 'Predicted spend, next 12 months',
		'clv.outlook.clv': 'Predicted CLV, 12 months',
		'clv.outlook.discount': 'discounted at {rate} a month',
		'clv.outlook.note':
			'The next-purchase date is the middle of the model’s waiting-time distribution if the customer is still active; the range holds half of that probability.',
		'clv.tier.high': 'High spend',
		'clv.tier.medium': 'Medium spend',
		'clv.tier.low': 'Low spend',
		'clv.model.apply': 'Use {model} for customer predictions',
		'clv.model.applied': 'Customer predictions use {model}.',
		'clv.title': 'CLV check: would the model have predicted your customers?',
		'clv.desc':
			'The purchase model is fitted on purchases up to a calibration end date only; what customers then did in the remaining weeks (the holdout) shows how far its forecasts can be trusted on your data.',
		'clv.running': 'Fitting BG/NBD, Pareto/NBD and Gamma–Gamma on the calibration period…',
		'clv.error.needsTransactions':
			'The CLV check needs order lines with dates (a transactions file); this dataset has one row per customer.',
		'clv.error.noDates': 'The purchase dates do not span more than one day, so there is nothing to split.',
		'tiering.clv.error.spendUnbounded':
			'Spend per purchase varies so much that the spend model has no finite average; no spend forecast is shown.',
		'clv.calibration.label': 'Calibration end',
		'clv.calibration.help':
			'Models learn from purchases up to this date; {start} to {end} is the holdout they are checked on. Default: the last quarter of your history, at most 39 weeks.',
		'clv.calibration.apply': 'Recompute',
		'clv.calibration.reset': 'Default split',
		'clv.headline':
			'The model expected {expected} repeat purchases in the {weeks} holdout weeks; there were {actual} ({error}).',
		'clv.headline.none': 'Nobody made a repeat purchase in the holdout, so the forecast cannot be checked.',
		'clv.mae':
			'Per customer the model is off by {mae} purchases on average; repeating each customer’s calibration rate is off by {naive}.',
		'clv.mae.better': 'The model beats that naive guess.',
		'clv.mae.worse': 'The naive guess does better here: use the model’s per-customer figures with caution.',
		'clv.model.title': 'Purchase models compared',
		'clv.model.desc':
			'Both models are fitted on the calibration period. Higher log-likelihood and lower BIC mean a better fit to the past; lower holdout error means better forecasts.',
		'clv.model.bgnbd': 'BG/NBD',
		'clv.model.paretonbd': 'Pareto/NBD',
		'clv.model.auto': 'Best on the holdout (automatic)',
		'clv.model.use': 'Model used',
		'clv.model.chosen.holdoutError': '{model} is used: its per-customer holdout error is lower.',
		'clv.model.chosen.user': '{model} is used, as you chose.',
		'clv.model.converged': 'Converged',
		'clv.fit.maxIterations': 'Did not converge: the optimiser ran out of iterations',
		'clv.fit.atBound':
			'Did not converge: a parameter ran to the edge of its range (the data cannot pin it down)',
		'clv.col.model': 'Model',
		'clv.col.params': 'Parameters',
		'clv.col.ll': 'Log-likelihood',
		'clv.col.bic': 'BIC',
		'clv.col.expected': 'Expected in holdout',
		'clv.col.mae': 'Holdout error (MAE)',
		'clv.col.status': 'Fit',
		'clv.tracking.title': 'Weekly repeat purchases: actual and model',
		'clv.tracking.cumTitle': 'Cumulative repeat purchases',
		'clv.tracking.desc':
			'The dashed line is the calibration end ({date}): the model saw only the purchases to its left, so everything to its right is a genuine forecast.',
		'clv.tracking.help':
			'Repeat purchases per week by customers who had bought by the calibration end, against what the model expected for customers acquired when they were.',
		'clv.col.week': 'Week ending',
		'clv.col.period': 'Period',
		'clv.col.actual': 'Actual',
		'clv.col.modelValue': 'Model',
		'clv.period.calibration': 'Calibration',
		'clv.period.holdout': 'Holdout',
		'clv.series.actual': 'Actual',
		'clv.series.model': 'Model',
		'clv.axis.week': 'Week',
		'clv.axis.purchases': 'Repeat purchases',
		'clv.cond.title': 'Holdout purchases by calibration repeat purchases',
		'clv.cond.desc':
			'Customers grouped by how many repeat purchases they made in calibration (7 and more together): their mean purchases in the holdout, actual and expected. Agreement means the model ranks customers well.',
		'clv.col.repeats': 'Calibration repeat purchases',
		'clv.col.customers': 'Customers',
		'clv.col.actualMean': 'Actual mean',
		'clv.col.modelMean': 'Model mean',
		'clv.spend.title': 'Spend check (Gamma–Gamma)',
		'clv.spend.desc':
			'Average spend per purchase is modelled on the calibration repeat buyers and checked against holdout revenue.',
		'clv.spend.headline':
			'The models expected {expected} of repeat revenue in the holdout; there was {actual} ({error}).',
		'clv.spend.mae':
			'Spend per purchase is off by {mae} on average for customers who bought again; their own past average is off by {naive}.',
		'clv.spend.params': 'p = {p}, q = {q}, v = {v}; log-likelihood {ll} on {n} repeat buyers.',
		'clv.spend.refunds':
			'{n} repeat buyers were left out of the spend model because refunds make their average repeat spend zero or negative; they are valued at the population’s average spend, never below zero.',
		'clv.spend.correlation': 'Correlation of purchase frequency and average spend: {rho}.',
		'clv.spend.strong':
			'That is strong. The spend model assumes that how often a customer buys says nothing about how much they spend, so its spend figures may be biased.',
		'clv.spend.weak': 'That is weak, as the spend model assumes.',
		'clv.heat.alive.title': 'Probability a customer is still active',
		'clv.heat.alive.desc':
			'For a customer first seen {age} weeks before the calibration end: rows are repeat purchases, columns the week of the last one. Frequent buyers who have gone quiet are probably lost.',
		'clv.heat.purchases.title': 'Expected purchases in the next {weeks} weeks',
		'clv.heat.purchases.desc':
			'Same grid: how many purchases the model expects next. Recent, frequent buyers lead; one-time buyers sit in the first row.',
		'clv.col.frequency': 'Repeat purchases',
		'clv.col.recency': 'Last purchase (week)',
		'clv.advice.title': 'What would make this check stronger',
		'clv.advice.none': 'The data is long and broad enough for this check.',
		'clv.advice.addHistory':
			'Add at least {months} more months of history: a year or more lets both periods see the same seasons.',
		'clv.advice.moreCustomers':
			'Only {count} customers bought in the calibration period; the models need at least {min}. Add more customers (other stores, a longer period).',
		'clv.advice.fewRepeatBuyers':
			'Only {count} customers bought again in the calibration period; the spend model needs at least {min}. Add more history.',
		'clv.advice.shortHoldout':
			'The holdout is only {weeks} weeks: move the calibration end earlier to check the model over a longer stretch.'
	},
	'zh-CN': {
		'nav.clv': '终身价值检验',
		'clv.report.title': '客户终身价值：留出期检验',
		'clv.tiers.title': '各等级的预测客户终身价值',
		'clv.tiers.desc': '各等级每位客户的平均预测 12 个月终身价值（条形）及等级合计（Σ）：明年的价值在哪里。',
		'clv.tiers.mean': '平均预测终身价值',
		'clv.tiers.total': '预测终身价值合计',
		'clv.upgrade.title': '升级候选客户：{n} 位',
		'clv.upgrade.desc': '预测终身价值至少达到比其当前等级高两级或以上等级的典型值（中位数）的客户。',
		'clv.outlook.title': '前景（购买模型）',
		'clv.outlook.alive': '仍然活跃的概率',
		'clv.outlook.expected': '预计购买次数：未来 30 · 90 · 365 天',
		'clv.outlook.next': '预计下次购买',
		'clv.outlook.nextRange': '（多半在 {from} – {to}）',
		'clv.outlook.later': '更晚',
		'clv.outlook.nextNone': '三年内预计不会再购买',
		'clv.outlook.spend12m': '未来 12 个月预计消费',
		'clv.outlook.clv': '预测客户终身价值（12 个月）',
		'clv.outlook.discount': '按每月 {rate} 折现',
		'clv.outlook.note': '下次购买日期是客户仍活跃时模型等待时间分布的中位数；区间包含其中一半的概率。',
		'clv.tier.high': '高消费',
		'clv.tier.medium': '中消费',
		'clv.tier.low': '低消费',
		'clv.model.apply': '客户预测改用 {model}',
		'clv.model.applied': '客户预测使用 {model}。',
		'clv.title': '客户终身价值检验：模型能否预测你的客户？',
		'clv.desc':
			'购买模型只用校准截止日之前的购买记录来拟合；客户在之后几周（留出期）的实际行为，检验它在你的数据上有多可信。',
		'clv.running': '正在用校准期数据拟合 BG/NBD、Pareto/NBD 和 Gamma–Gamma 模型…',
		'clv.error.needsTransactions':
			'终身价值检验需要带日期的订单明细（交易数据）；这个数据集每位客户只有一行。',
		'clv.error.noDates': '购买日期不超过一天，无法划分校准期和留出期。',
		'tiering.clv.error.spendUnbounded': '每次消费金额差异过大，消费模型没有有限的平均值；不显示消费预测。',
		'clv.calibration.label': '校准截止日',
		'clv.calibration.help':
			'模型只学习这一天及之前的购买；{start} 至 {end} 为留出期，用来检验模型。默认：历史的最后四分之一，最多 39 周。',
		'clv.calibration.apply': '重新计算',
		'clv.calibration.reset': '默认划分',
		'clv.headline': '模型预计留出期 {weeks} 周内有 {expected} 次重复购买；实际为 {actual} 次（{error}）。',
		'clv.headline.none': '留出期内没有任何重复购买，无法检验预测。',
		'clv.mae':
			'按客户计，模型平均偏差 {mae} 次购买；按每位客户校准期的购买频率简单外推，平均偏差 {naive} 次。',
		'clv.mae.better': '模型优于这种简单估计。',
		'clv.mae.worse': '这里简单估计更准：请谨慎使用模型的单个客户预测。',
		'clv.model.title': '购买模型对比',
		'clv.model.desc':
			'两个模型都只用校准期数据拟合。对数似然越高、BIC 越低，说明对过去拟合越好；留出期误差越低，说明预测越准。',
		'clv.model.bgnbd': 'BG/NBD',
		'clv.model.paretonbd': 'Pareto/NBD',
		'clv.model.auto': '留出期表现最好的（自动）',
		'clv.model.use': '使用的模型',
		'clv.model.chosen.holdoutError': '使用 {model}：它在留出期的单客户误差更低。',
		'clv.model.chosen.user': '按你的选择使用 {model}。',
		'clv.model.converged': '已收敛',
		'clv.fit.maxIterations': '未收敛：优化器达到迭代上限',
		'clv.fit.atBound': '未收敛：有参数到达取值范围边界（数据无法确定它）',
		'clv.col.model': '模型',
		'clv.col.params': '参数',
		'clv.col.ll': '对数似然',
		'clv.col.bic': 'BIC',
		'clv.col.expected': '留出期预计',
		'clv.col.mae': '留出期误差（MAE）',
		'clv.col.status': '拟合',
		'clv.tracking.title': '每周重复购买：实际与模型',
		'clv.tracking.cumTitle': '累计重复购买',
		'clv.tracking.desc': '虚线是校准截止日（{date}）：模型只看到它左边的购买，右边全部是真正的预测。',
		'clv.tracking.help':
			'截至校准截止日已购买过的客户每周的重复购买次数，与模型按各客户首购时间给出的预期对比。',
		'clv.col.week': '周截止日',
		'clv.col.period': '时期',
		'clv.col.actual': '实际',
		'clv.col.modelValue': '模型',
		'clv.period.calibration': '校准期',
		'clv.period.holdout': '留出期',
		'clv.series.actual': '实际',
		'clv.series.model': '模型',
		'clv.axis.week': '周',
		'clv.axis.purchases': '重复购买次数',
		'clv.cond.title': '按校准期重复购买次数分组的留出期购买',
		'clv.cond.desc':
			'按客户在校准期的重复购买次数分组（7 次及以上合为一组）：各组在留出期的平均购买次数，实际与预计。两者吻合说明模型对客户排序准确。',
		'clv.col.repeats': '校准期重复购买次数',
		'clv.col.customers': '客户数',
		'clv.col.actualMean': '实际平均',
		'clv.col.modelMean': '模型平均',
		'clv.spend.title': '消费检验（Gamma–Gamma）',
		'clv.spend.desc': '每次购买的平均消费用校准期的重复购买客户建模，再用留出期收入检验。',
		'clv.spend.headline': '模型预计留出期重复购买收入为 {expected}；实际为 {actual}（{error}）。',
		'clv.spend.mae':
			'对再次购买的客户，每次消费金额平均偏差 {mae}；用客户自己过去的平均值，平均偏差 {naive}。',
		'clv.spend.params': 'p = {p}，q = {q}，v = {v}；{n} 位重复购买客户上的对数似然 {ll}。',
		'clv.spend.refunds':
			'{n} 位重复购买客户因退款使其平均重复消费为零或负数，未纳入消费模型；他们按总体平均消费估值，绝不低于零。',
		'clv.spend.correlation': '购买频率与平均消费的相关系数：{rho}。',
		'clv.spend.strong': '相关性较强。消费模型假设客户买得多频繁与每次花多少无关，因此消费预测可能有偏差。',
		'clv.spend.weak': '相关性较弱，符合消费模型的假设。',
		'clv.heat.alive.title': '客户仍然活跃的概率',
		'clv.heat.alive.desc':
			'以校准截止日前 {age} 周首次购买的客户为例：行为重复购买次数，列为最后一次购买所在的周。购买频繁但近期沉寂的客户很可能已流失。',
		'clv.heat.purchases.title': '未来 {weeks} 周的预计购买次数',
		'clv.heat.purchases.desc':
			'同一网格：模型预计接下来的购买次数。近期且频繁购买的客户最高；只买过一次的客户在第一行。',
		'clv.col.frequency': '重复购买次数',
		'clv.col.recency': '最后一次购买（周）',
		'clv.advice.title': '怎样让这项检验更可靠',
		'clv.advice.none': '数据的时间跨度和客户数量足以做这项检验。',
		'clv.advice.addHistory': '至少再补充 {months} 个月的历史数据：一年以上能让两个时期覆盖相同的季节。',
		'clv.advice.moreCustomers':
			'校准期只有 {count} 位客户有购买；模型至少需要 {min} 位。请加入更多客户（其他门店、更长时期）。',
		'clv.advice.fewRepeatBuyers':
			'校准期只有 {count} 位客户再次购买；消费模型至少需要 {min} 位。请补充更多历史数据。',
		'clv.advice.shortHoldout': '留出期只有 {weeks} 周：把校准截止日提前，才能在更长时期上检验模型。'
	}
} satisfies Catalogue;
