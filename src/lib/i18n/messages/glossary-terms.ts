// The glossary page (/glossary): every term a client asks about, in words a consultant can read out. Titles of
// measures reuse the one label each measure has elsewhere (glossary.ts SAME_LABEL), so the page and the columns
// agree; each body says how the number is made.
export const glossaryTerms = {
	en: {
		'nav.glossary': 'Glossary',
		'glossary.desc': 'What each number and label in Strata means, and how it is computed from your file.',
		'glossary.help': 'What does this mean?',
		'glossary.valueScore.body':
			'A 0–100 score per customer: each chosen indicator (spend, frequency, recency, …) is scaled to 0–1 across your customers and the scores are added with the weights shown on the Overview. Higher is more valuable.',
		'glossary.tiers.title': 'Tiers',
		'glossary.tiers.body':
			'Value tiers, by default Diamond / Gold / Silver / Regular holding the top 5% / next 15% / next 30% / last 50% of customers by value score. They can instead be set by score cut-offs, natural breaks, a rule on one measure, or the RFM presets.',
		'glossary.rfm.title': 'RFM scores (R, F, M) and ties',
		'glossary.rfm.body':
			'Recency, frequency and monetary value, each scored 1–5 by rank (5 = best). Equal values always share a score and a tie goes to the lower score, so everyone who bought once is F1. When many customers tie, some levels stay empty; the Overview says which levels are in use.',
		'glossary.segments.title': 'RFM segments and the eight classes',
		'glossary.segments.body':
			'Eleven named segments (Champions, Loyal, At risk, Can’t lose them, …) read off the R and F scores; a one-time buyer is never Loyal or a Champion. The Chinese eight classes (重要价值客户 …) split R, F and M at their means: “high” is strictly better than the mean.',
		'glossary.lifecycle.title': 'Lifecycle stages',
		'glossary.lifecycle.body':
			'New, growing, mature, declining, dormant and lost, set by days since the first and the last purchase and by the spending trend; the rules and their day limits are shown and editable on the Overview.',
		'glossary.historicalClv.body':
			'What a customer has spent so far, net of refunds, in the dataset’s currency.',
		'glossary.predictedClv.body':
			'Expected spend over the next 12 months, discounted monthly: the purchase model (BG/NBD or Pareto/NBD) times the spend model (Gamma–Gamma), fitted on your file. The CLV check page tests it on a holdout period. Where no model could be fitted, CLV columns show historical CLV.',
		'glossary.churnProbability.body':
			'The model’s probability that a customer churns under the definition chosen on the Churn page (no purchase within the window). A customer at or above the threshold is “flagged”; “high risk” is only said when the model is good enough.',
		'glossary.verdict.title': 'Churn model verdict',
		'glossary.verdict.body':
			'Plain words on whether to act on the model: weak — do not act on it alone (test ROC-AUC below 0.65, or little lift), useful from 0.65, strong from 0.80. It also warns when more than 90% or fewer than 2% of customers churn under the definition.',
		'glossary.atRisk.title': 'High-value at risk and expected loss',
		'glossary.atRisk.body':
			'Customers flagged by the churn model at the chosen threshold AND in the top tiers, ranked by expected loss = churn probability × CLV. The Churn page, Strategies, the report and Look-up use this one list.',
		'glossary.pareto.title': 'Pareto line (revenue concentration)',
		'glossary.pareto.body':
			'Customers sorted by spend, with the running share of revenue: “the top 20% bring X% of revenue” and how many customers bring 80% of it, overall and per tier.',
		'glossary.spendTier.title': 'Spend tier (high / medium / low)',
		'glossary.spendTier.body':
			'Predicted 12-month spend: the top 20% of customers are high spend, the next 30% medium, the rest low (tied customers share a tier). It can be used as a tiering measure and as a Strategies rule field.',
		'glossary.formats.title': 'How numbers are written',
		'glossary.formats.body':
			'Money carries the dataset’s currency (guessed from the file, changeable on the Overview) and two decimals, totals whole units; days are whole days; shares are percentages with one decimal; a dash means no value. Exports keep numbers as numbers, rounded.'
	},
	'zh-CN': {
		'nav.glossary': '术语表',
		'glossary.desc': 'Strata 中每个数字和标签的含义，以及它们如何由你的文件算出。',
		'glossary.help': '这是什么意思？',
		'glossary.valueScore.body':
			'每位客户 0–100 的得分：所选指标（消费金额、购买频次、最近购买等）在全部客户中缩放到 0–1，再按概览页显示的权重相加。越高价值越大。',
		'glossary.tiers.title': '等级',
		'glossary.tiers.body':
			'价值等级，默认为钻石 / 金卡 / 银卡 / 普通，按价值得分分别容纳前 5% / 其后 15% / 其后 30% / 最后 50% 的客户。也可以改用得分门槛、自然断点、单一指标规则或 RFM 预设来划分。',
		'glossary.rfm.title': 'RFM 评分（R、F、M）与并列',
		'glossary.rfm.body':
			'最近一次购买、购买频次和消费金额，各按排名评 1–5 分（5 为最好）。数值相同的客户得分总是相同，并列时取较低的分数，因此只买过一次的客户都是 F1。大量并列时部分分数档会空着，概览页会说明实际使用了哪些档。',
		'glossary.segments.title': 'RFM 分群与八大类',
		'glossary.segments.body':
			'十一个命名分群（重要价值、忠诚、流失风险、不能失去等）由 R 和 F 得分决定；只买过一次的客户不会被归为“忠诚”或“重要价值”。中国式八大类客户（重要价值客户等）以 R、F、M 的平均值为界：“高”指严格优于平均值。',
		'glossary.lifecycle.title': '生命周期阶段',
		'glossary.lifecycle.body':
			'新客期、成长期、成熟期、衰退期、沉睡期和流失期，按距首次与最近一次购买的天数以及消费趋势判定；规则及其天数界限在概览页显示并可修改。',
		'glossary.historicalClv.body': '客户至今的消费总额（扣除退款），以数据集的币种计。',
		'glossary.predictedClv.body':
			'未来 12 个月的预计消费（按月折现）：购买模型（BG/NBD 或 Pareto/NBD）乘以消费金额模型（Gamma–Gamma），在你的文件上拟合。终身价值检验页用留出期检验它。无法拟合模型时，客户终身价值列显示历史客户终身价值。',
		'glossary.churnProbability.body':
			'模型估计的客户在流失页所选定义下（窗口期内没有购买）流失的概率。不低于阈值的客户被“标记”；只有模型足够好时才称为“高风险”。',
		'glossary.verdict.title': '流失模型结论',
		'glossary.verdict.body':
			'用直白的话说明能否依据模型行动：较弱——不要单独依据它行动（测试 ROC-AUC 低于 0.65，或提升度很小），0.65 起为可用，0.80 起为较强。当按该定义超过 90% 或少于 2% 的客户流失时也会提示。',
		'glossary.atRisk.title': '高价值流失风险与预期损失',
		'glossary.atRisk.body':
			'在所选阈值下被流失模型标记、且属于前几个等级的客户，按预期损失（流失概率 × 客户终身价值）排序。流失页、策略页、报告和客户速查使用同一份名单。',
		'glossary.pareto.title': '帕累托曲线（收入集中度）',
		'glossary.pareto.body':
			'客户按消费金额排序后的累计收入占比：“前 20% 的客户带来 X% 的收入”，以及多少客户带来 80% 的收入，整体与分等级均有。',
		'glossary.spendTier.title': '消费等级（高 / 中 / 低）',
		'glossary.spendTier.body':
			'按未来 12 个月预计消费：前 20% 的客户为高消费，其后 30% 为中消费，其余为低消费（并列客户同属一档）。可作为分层指标，也可作为策略规则字段。',
		'glossary.formats.title': '数字的写法',
		'glossary.formats.body':
			'金额带数据集的币种（从文件推断，可在概览页修改），保留两位小数，合计取整；天数取整天；占比为保留一位小数的百分数；破折号表示没有数值。导出文件中的数字仍是数字，并已取整。'
	}
};
