// Messages of the SQL export ("Run this in your warehouse"): the same tiering as a DuckDB or Spark SQL file.
import type { Catalogue } from '../types';

export const sqlExport = {
	en: {
		'sqlExport.title': 'Run this in your warehouse',
		'sqlExport.intro':
			'Download this tiering as one SQL file: the same indicators, RFM scores and segments, value score, tiers, lifecycle stages and churn score, computed by DuckDB or Spark over all your data. The file’s first lines say what it computes and which import rules it cannot mirror.',
		'sqlExport.dialect': 'Engine',
		'sqlExport.duckdb': 'DuckDB',
		'sqlExport.spark': 'Spark SQL 3.x (Databricks, EMR)',
		'sqlExport.cutoffs': 'Tier cut-offs',
		'sqlExport.frozen': 'Frozen: exactly today’s tiers',
		'sqlExport.recomputed': 'Recomputed on the warehouse’s data',
		'sqlExport.download': 'Download .sql',
		'sqlExport.runDuckdb': 'Run it with:',
		'sqlExport.runSpark': 'Edit the path in CREATE TEMPORARY VIEW, then: spark-sql -f {file}',
		'sqlExport.notes': 'Not in this file:',
		'sqlExport.playbooks':
			'Playbook rules target tiers, RFM segments and lifecycle stages: the SQL file gives every customer these, so the rules below select the same customers in the warehouse.',
		'sqlExport.error.customersShape': 'The SQL export reads order lines; this dataset is a customer list.',
		'sqlExport.error.noCustomerId': 'The SQL export needs a customer id column.',
		'sqlExport.error.noDates': 'The SQL export needs an order date column.',
		'sqlExport.noTier':
			'This file has no tier column: its tiers rank by something the SQL cannot compute here (see below).',
		'sqlExport.noValueScore': 'This file has no value score (see below).',
		'sqlExport.clvFrozen':
			'Predicted CLV is computed in SQL with the BG/NBD and Gamma–Gamma parameters fitted here, frozen; it agrees with Strata to about 1e-12.',
		'sqlExport.preparing': 'Preparing the file…'
	},
	'zh-CN': {
		'sqlExport.title': '在你的数据仓库中运行',
		'sqlExport.intro':
			'把当前分层下载为一个 SQL 文件：同样的指标、RFM 得分与细分、价值得分、层级、生命周期阶段和流失得分，由 DuckDB 或 Spark 在你的全量数据上计算。文件开头说明它计算什么，以及哪些导入规则无法用 SQL 表达。',
		'sqlExport.dialect': '引擎',
		'sqlExport.duckdb': 'DuckDB',
		'sqlExport.spark': 'Spark SQL 3.x（Databricks、EMR）',
		'sqlExport.cutoffs': '分层阈值',
		'sqlExport.frozen': '固定：与今天的分层完全一致',
		'sqlExport.recomputed': '在仓库数据上重新计算',
		'sqlExport.download': '下载 .sql',
		'sqlExport.runDuckdb': '运行方式：',
		'sqlExport.runSpark': '先修改 CREATE TEMPORARY VIEW 中的路径，然后：spark-sql -f {file}',
		'sqlExport.notes': '此文件不包含：',
		'sqlExport.playbooks':
			'策略规则按层级、RFM 细分和生命周期阶段选择客户：SQL 文件为每位客户算出这些字段，因此下列规则在仓库中选中同样的客户。',
		'sqlExport.error.customersShape': 'SQL 导出读取订单明细；此数据集是客户列表。',
		'sqlExport.error.noCustomerId': 'SQL 导出需要客户编号列。',
		'sqlExport.error.noDates': 'SQL 导出需要下单日期列。',
		'sqlExport.noTier': '此文件没有分层列：分层所依据的指标无法在此 SQL 中计算（见下方说明）。',
		'sqlExport.noValueScore': '此文件没有价值得分（见下方说明）。',
		'sqlExport.clvFrozen':
			'预测 CLV 在 SQL 中按此处拟合的 BG/NBD 与 Gamma–Gamma 参数（固定）计算，与 Strata 的结果相差约 1e-12。',
		'sqlExport.preparing': '正在准备文件…'
	}
} satisfies Catalogue;
