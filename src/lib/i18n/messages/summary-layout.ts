// Words for a buy-till-you-die summary file (x, t_x, T, zbar / lifetimes' frequency, recency, T, monetary_value):
// its roles in the mapping, the unit of its ages, and what the pages say about numbers built from it; and the
// Overview's one sentence when a customer list has nothing at all to rank by.
import type { Catalogue } from '../types';

export const summaryLayout = {
	en: {
		'role.repeatPurchases': 'Repeat purchases (x)',
		'role.lastPurchaseAge': 'Age at last purchase (t_x)',
		'role.customerAge': 'Customer age (T)',
		'role.meanRepeatSpend': 'Mean repeat spend (zbar)',
		'ageUnit.days': 'in days',
		'ageUnit.weeks': 'in weeks',
		'ageUnit.months': 'in months',
		'import.mapping.ageUnit': 'Unit',
		'import.mapping.dateOrderOrUnit': 'Date order / unit',
		'import.mapping.summaryNote':
			'This file is a buy-till-you-die summary: x repeat purchases, t_x the customer’s age at the last purchase, T the customer’s age now (both counted from the first purchase). Strata reads it as: purchases = x + 1; days since the last purchase = T − t_x. Check the unit of the ages.',
		'mapping.error.summaryIncomplete':
			'Repeat purchases (x), last purchase time (t_x) and time since the first purchase (T) are read together: map all three, or none.',
		'mapping.error.summaryNeedsCustomers':
			'A buy-till-you-die summary has one row per customer: choose “One row per customer”.',
		'clv.error.summaryNoHoldout':
			'This dataset is a buy-till-you-die summary: the purchase and spend models are fitted on it (predicted CLV per tier on the Overview), but checking them on a holdout needs the order lines with their dates.',
		'views.warning.nothingToRank':
			'Nothing to rank customers by: this dataset has no spend, purchase count, recency, tenure or date column, so every customer lands in one tier. Import the file again and mark at least one of them in the mapping.',
		'views.warning.summarySpend':
			'Spend here is spend on repeat purchases (mean repeat spend × repeat purchases): the summary does not hold each customer’s first purchase.'
	},
	'zh-CN': {
		'role.repeatPurchases': '复购次数（x）',
		'role.lastPurchaseAge': '末次购买距首购（t_x）',
		'role.customerAge': '首购至今（T）',
		'role.meanRepeatSpend': '复购平均金额（zbar）',
		'ageUnit.days': '单位：天',
		'ageUnit.weeks': '单位：周',
		'ageUnit.months': '单位：月',
		'import.mapping.ageUnit': '单位',
		'import.mapping.dateOrderOrUnit': '日期顺序 / 单位',
		'import.mapping.summaryNote':
			'此文件是“购买至流失”（BTYD）汇总表：x 为复购次数，t_x 为末次购买距首购的时间，T 为首购至今的时间。Strata 这样读取：购买次数 = x + 1；距上次购买天数 = T − t_x。请核对时间的单位。',
		'mapping.error.summaryIncomplete':
			'复购次数（x）、末次购买时间（t_x）和首次购买至今的时间（T）需要一起使用：三列都选上，或都不选。',
		'mapping.error.summaryNeedsCustomers': 'BTYD 汇总表每行是一位客户：请选择“每行一位客户”。',
		'clv.error.summaryNoHoldout':
			'此数据集是 BTYD 汇总表：购买模型和消费模型已在其上拟合（各等级的预测终身价值见总览），但要在留出期上检验它们，需要带日期的订单明细。',
		'views.warning.nothingToRank':
			'没有可用于给客户排序的数据：此数据集没有消费额、购买次数、最近购买、客户时长或日期列，所以所有客户都落在同一等级。请重新导入文件，并在列映射中至少标出其中一列。',
		'views.warning.summarySpend':
			'此处消费额为复购消费（复购平均金额 × 复购次数）：汇总表不含每位客户的首单金额。'
	}
} satisfies Catalogue;
