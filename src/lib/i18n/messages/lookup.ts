import type { Catalogue } from '../types';

export const lookup = {
	en: {
		'lookup.title': 'Look up a customer',
		'lookup.desc':
			'Find a customer by name, ID or phone and see their tier, risk and what to do next. Works offline.',
		'lookup.empty.title': 'No data on this device yet',
		'lookup.empty.body': 'Import your customer list or load the demo data, then look customers up here.',
		'lookup.loading': 'Preparing customers…',
		'lookup.search': 'Name, customer ID or phone',
		'lookup.hint': 'Type to search {n} customers.',
		'lookup.none': 'No customer matches “{q}”.',
		'lookup.results': 'Matching customers',
		'lookup.back': 'All matches',
		'lookup.risk': 'Churn probability',
		'lookup.band.high': 'High',
		'lookup.band.medium': 'Medium',
		'lookup.band.low': 'Low',
		'lookup.noRisk': 'Not scored yet (train a model on the Churn page)',
		'lookup.days': '{n} days ago',
		'lookup.next': 'Next actions',
		'lookup.noPlaybook': 'No playbook targets this customer.',
		'lookup.allCustomers': 'Open the full customer table'
	},
	'zh-CN': {
		'lookup.title': '查询客户',
		'lookup.desc': '按姓名、客户编号或手机号找到客户，查看等级、流失风险和下一步行动。可离线使用。',
		'lookup.empty.title': '这台设备上还没有数据',
		'lookup.empty.body': '先导入客户名单或载入示例数据，然后在这里查询客户。',
		'lookup.loading': '正在准备客户数据…',
		'lookup.search': '姓名、客户编号或手机号',
		'lookup.hint': '输入即可在 {n} 位客户中搜索。',
		'lookup.none': '没有与“{q}”匹配的客户。',
		'lookup.results': '匹配的客户',
		'lookup.back': '全部匹配结果',
		'lookup.risk': '流失概率',
		'lookup.band.high': '高',
		'lookup.band.medium': '中',
		'lookup.band.low': '低',
		'lookup.noRisk': '尚未评分（请在“流失预警”页训练模型）',
		'lookup.days': '{n} 天前',
		'lookup.next': '下一步行动',
		'lookup.noPlaybook': '没有策略覆盖这位客户。',
		'lookup.allCustomers': '打开完整客户列表'
	}
} satisfies Catalogue;
