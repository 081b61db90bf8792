import type { Catalogue } from '../types';

// The client report (/report), its executive summary, methods appendix and the PowerPoint deck (issue #13).
export const report = {
	en: {
		'report.cover.kicker': 'Customer tiering report',
		'report.cover.titleLabel': 'Report title',
		'report.cover.consultant': 'Prepared by',
		'report.cover.consultantPlaceholder': 'Consultant’s name',
		'report.cover.client': 'Prepared for',
		'report.cover.clientPlaceholder': 'Client’s name',
		'report.cover.dataset': 'Dataset',
		'report.cover.analysisDate': 'Analysis date',
		'report.cover.period': 'Data period',
		'report.cover.periodRange': '{from} to {to}',
		'report.cover.generated': 'Generated',
		'report.cover.currency': 'Currency',
		'report.cover.currencyNone': 'not set (amounts as in the file)',
		'report.paper': 'Paper size',
		'report.download': 'Download report (HTML)',
		'report.deck': 'Download PowerPoint',
		'report.deck.busy': 'Building slides…',
		'report.deck.error': 'The slides could not be built: {message}',
		'report.footer.page': 'Page {page} of {pages}',
		'report.summary.title': 'Executive summary',
		'report.summary.customers': '{customers} customers spent {revenue} between {from} and {to}.',
		'report.summary.customersNoPeriod': '{customers} customers spent {revenue} in total.',
		'report.summary.topTier':
			'The top tier, {tier}, is {customerShare} of customers ({count}) and brings {revenueShare} of revenue.',
		'report.summary.pareto':
			'The top 20% of customers bring {top20} of revenue; {for80} of customers make up 80% of it.',
		'report.summary.atRisk':
			'{count} high-value customers ({tiers}) are at risk of leaving (churn probability ≥ {threshold}); they are worth {value}, an expected loss of {loss}.',
		'report.summary.atRiskWeak':
			'The churn model flags {count} high-value customers ({tiers}) at a churn probability ≥ {threshold}, worth {value} (expected loss {loss}); the model is weak, so check them before acting.',
		'report.summary.atRiskNone':
			'No high-value customer ({tiers}) is at or above the churn threshold of {threshold}.',
		'report.summary.migration':
			'Since the snapshot of {since}, the biggest tier movement was {count} customers from {from} to {to}.',
		'report.summary.migrationNone': 'Since the snapshot of {since}, no customer changed tier.',
		'report.summary.focusAtRisk':
			'Recommended focus: contact the {count} at-risk high-value customers first, highest expected loss first ({loss} at stake).',
		'report.summary.focusRepeat':
			'Recommended focus: a second purchase — {share} of buyers ({count}) have bought only once.',
		'report.summary.focusTopTier':
			'Recommended focus: keep and grow {tier}, which brings {revenueShare} of revenue.',
		'report.summary.see': 'see {figure}',
		'report.summary.listSep': ', ',
		'report.keyFigures': 'Key figures',
		'report.charts': 'Charts',
		'report.fig': 'Figure {n}',
		'report.currencyNote': 'Amounts in {currency}.',
		'report.currencyNone': 'Amounts in the file’s own units (no currency set).',
		'report.read.tiers': '{tier} is {customerShare} of customers and brings {revenueShare} of revenue.',
		'report.read.pareto': 'The top 20% of customers bring {top20} of revenue.',
		'report.read.segments': 'Largest segment: {segment}, {count} customers ({share}).',
		'report.read.rf': 'The most populated cell is R{r} × F{f}, with {count} customers.',
		'report.read.matrix': 'The largest group is {tier} × {stage}: {count} customers.',
		'report.read.churn':
			'{flagged} of {scored} scored customers are at or above the churn threshold of {threshold}; {high} of them in {tiers}.',
		'report.read.clusters':
			'{k} clusters (silhouette {silhouette}); the largest, {name}, holds {share} of customers.',
		'report.read.migration':
			'{up} moved up, {down} moved down, {stayed} stayed; {new} new and {lost} lost customers.',
		'report.read.clvPredicted': '{tier} customers are worth {mean} each on average over the next 12 months.',
		'report.read.clvHistorical': '{tier} customers have spent {mean} each on average so far.',
		'report.fig.churn': 'Churn risk by tier',
		'report.fig.churnSeries': 'At or above the threshold',
		'report.fig.clusters': 'Customer clusters',
		'report.fig.clusterSizes': 'Customers per cluster',
		'report.methods': 'Methods',
		'report.methods.tiers': 'Tiers and the value score',
		'report.methods.weights':
			'The value score is a weighted sum of indicators, each normalized by {normalization}: {list}.',
		'report.methods.rfm': 'RFM scores',
		'report.methods.rfmText':
			'Recency, frequency and monetary value are scored 1–5 by rank (5 = best): score = 1 + ⌊5 × customers strictly worse ÷ customers with a value⌋. Equal values share a score and a tie goes to the lower score, so one purchase is always F1. Segments follow the R and F scores.',
		'report.methods.rfmLevels': 'Score levels in use here: {list}.',
		'report.methods.lifecycle': 'Lifecycle stages',
		'report.methods.lifecycleRule': '{stage}: {measure} {op} {threshold}',
		'report.methods.churn': 'Churn model',
		'report.methods.churnText':
			'{model}; test ROC-AUC {auc}, the riskiest 10% churn {lift}× as often as average, churners are {baseRate} of the customers it learned from. Threshold {threshold}.',
		'report.methods.churnNone': 'No churn model has been trained on this dataset yet (Churn page).',
		'report.methods.churnRescored': 'Scores from the saved model “{name}” (trained on {dataset}).',
		'report.methods.clv': 'Customer lifetime value',
		'report.methods.clvFitted':
			'Predicted 12-month CLV from BG/NBD (how often customers buy and whether they are still active) with Gamma–Gamma (how much they spend), fitted on this data.',
		'report.methods.clvHistorical': 'No CLV model is fitted: CLV here is the historical spend.',
		'report.methods.quality': 'Data quality',
		'report.methods.qualityText':
			'{read} rows read, {imported} imported, {rejected} rejected; {duplicates} duplicate ids.',
		'report.methods.qualityNone': 'No import report (demo or restored data).',
		'report.methods.clusters': 'Clusters',
		'report.methods.clustersText':
			'k-means with k = {k} on {features}; silhouette {silhouette} (0.25 or more: clusters are distinct enough to use).'
	},
	'zh-CN': {
		'report.cover.kicker': '客户分层分级报告',
		'report.cover.titleLabel': '报告标题',
		'report.cover.consultant': '撰写人',
		'report.cover.consultantPlaceholder': '顾问姓名',
		'report.cover.client': '委托方',
		'report.cover.clientPlaceholder': '委托方名称',
		'report.cover.dataset': '数据集',
		'report.cover.analysisDate': '分析日期',
		'report.cover.period': '数据期间',
		'report.cover.periodRange': '{from} 至 {to}',
		'report.cover.generated': '生成日期',
		'report.cover.currency': '货币',
		'report.cover.currencyNone': '未设置（金额为文件原始单位）',
		'report.paper': '纸张',
		'report.download': '下载报告（HTML）',
		'report.deck': '下载 PowerPoint',
		'report.deck.busy': '正在生成幻灯片…',
		'report.deck.error': '无法生成幻灯片：{message}',
		'report.footer.page': '第 {page} 页，共 {pages} 页',
		'report.summary.title': '摘要',
		'report.summary.customers': '{from} 至 {to}，{customers} 位客户共消费 {revenue}。',
		'report.summary.customersNoPeriod': '{customers} 位客户共消费 {revenue}。',
		'report.summary.topTier':
			'最高层级“{tier}”占客户的 {customerShare}（{count} 位），贡献了 {revenueShare} 的收入。',
		'report.summary.pareto': '前 20% 的客户贡献了 {top20} 的收入；{for80} 的客户贡献了 80% 的收入。',
		'report.summary.atRisk':
			'{count} 位高价值客户（{tiers}）有流失风险（流失概率 ≥ {threshold}），价值合计 {value}，预期损失 {loss}。',
		'report.summary.atRiskWeak':
			'流失模型标记了 {count} 位高价值客户（{tiers}，流失概率 ≥ {threshold}），价值合计 {value}（预期损失 {loss}）；模型效果较弱，行动前请逐一核实。',
		'report.summary.atRiskNone': '没有高价值客户（{tiers}）的流失概率达到阈值 {threshold}。',
		'report.summary.migration':
			'与 {since} 的快照相比，最大的层级变动是 {count} 位客户从“{from}”变为“{to}”。',
		'report.summary.migrationNone': '与 {since} 的快照相比，没有客户变更层级。',
		'report.summary.focusAtRisk':
			'建议重点：优先联系这 {count} 位有流失风险的高价值客户，按预期损失从高到低（共 {loss}）。',
		'report.summary.focusRepeat': '建议重点：促成第二次购买——{share} 的购买客户（{count} 位）只买过一次。',
		'report.summary.focusTopTier': '建议重点：维护并发展“{tier}”客户，他们贡献了 {revenueShare} 的收入。',
		'report.summary.see': '见{figure}',
		'report.summary.listSep': '、',
		'report.keyFigures': '关键指标',
		'report.charts': '图表',
		'report.fig': '图 {n}',
		'report.currencyNote': '金额单位：{currency}。',
		'report.currencyNone': '金额为文件中的原始单位（未设置货币）。',
		'report.read.tiers': '“{tier}”占客户的 {customerShare}，贡献了 {revenueShare} 的收入。',
		'report.read.pareto': '前 20% 的客户贡献了 {top20} 的收入。',
		'report.read.segments': '最大的细分群体：{segment}，{count} 位客户（{share}）。',
		'report.read.rf': '客户最多的格子是 R{r} × F{f}，共 {count} 位。',
		'report.read.matrix': '最大的组合是“{tier}” × “{stage}”：{count} 位客户。',
		'report.read.churn':
			'已评分的 {scored} 位客户中有 {flagged} 位达到流失阈值 {threshold}；其中 {high} 位属于{tiers}。',
		'report.read.clusters': '{k} 个聚类（轮廓系数 {silhouette}）；最大的“{name}”占客户的 {share}。',
		'report.read.migration':
			'升级 {up} 位，降级 {down} 位，保持 {stayed} 位；新增 {new} 位，流失 {lost} 位。',
		'report.read.clvPredicted': '“{tier}”客户未来 12 个月的平均预测价值为每人 {mean}。',
		'report.read.clvHistorical': '“{tier}”客户迄今平均每人消费 {mean}。',
		'report.fig.churn': '各层级流失风险',
		'report.fig.churnSeries': '达到流失阈值',
		'report.fig.clusters': '客户聚类',
		'report.fig.clusterSizes': '各聚类客户数',
		'report.methods': '方法说明',
		'report.methods.tiers': '层级与价值分',
		'report.methods.weights': '价值分是各指标的加权和，指标按{normalization}标准化：{list}。',
		'report.methods.rfm': 'RFM 评分',
		'report.methods.rfmText':
			'最近一次购买（R）、购买频次（F）和消费金额（M）按排名打 1–5 分（5 为最好）：分数 = 1 + ⌊5 × 严格更差的客户数 ÷ 有取值的客户数⌋。相同取值得分相同，并列取较低分，因此只买过一次的客户总是 F1。细分群体依据 R 和 F 分。',
		'report.methods.rfmLevels': '本数据实际使用的分数档：{list}。',
		'report.methods.lifecycle': '生命周期阶段',
		'report.methods.lifecycleRule': '{stage}：{measure} {op} {threshold}',
		'report.methods.churn': '流失模型',
		'report.methods.churnText':
			'{model}；测试集 ROC-AUC {auc}，风险最高的 10% 客户流失率是平均的 {lift} 倍，训练数据中流失客户占 {baseRate}。阈值 {threshold}。',
		'report.methods.churnNone': '尚未在此数据集上训练流失模型（见“流失预警”页）。',
		'report.methods.churnRescored': '评分来自已保存的模型“{name}”（训练于 {dataset}）。',
		'report.methods.clv': '客户终身价值',
		'report.methods.clvFitted':
			'未来 12 个月预测 CLV：BG/NBD 模型估计购买频率及客户是否仍活跃，Gamma–Gamma 模型估计消费金额，均在本数据上拟合。',
		'report.methods.clvHistorical': '未拟合 CLV 模型：此处 CLV 为历史消费额。',
		'report.methods.quality': '数据质量',
		'report.methods.qualityText':
			'读取 {read} 行，导入 {imported} 行，拒绝 {rejected} 行；重复编号 {duplicates} 个。',
		'report.methods.qualityNone': '没有导入报告（演示数据或恢复的数据）。',
		'report.methods.clusters': '聚类',
		'report.methods.clustersText':
			'k-means，k = {k}，特征：{features}；轮廓系数 {silhouette}（≥ 0.25 表示聚类足够清晰可用）。'
	}
} satisfies Catalogue;
