import type { Catalogue } from '../types';

export const common = {
	en: {
		'app.name': 'Strata',
		'app.tagline': 'Customer tiering on your device',
		'nav.import': 'Import',
		'nav.overview': 'Overview',
		'nav.customers': 'Customers',
		'nav.clusters': 'Clusters',
		'nav.churn': 'Churn',
		'nav.strategies': 'Strategies',
		'nav.settings': 'Settings',
		'nav.privacy': 'Privacy',
		'common.cancel': 'Cancel',
		'common.close': 'Close',
		'common.delete': 'Delete',
		'common.rename': 'Rename',
		'common.save': 'Save',
		'common.loading': 'Loading…',
		'pwa.updateAvailable': 'A new version of Strata is ready.',
		'pwa.reload': 'Reload',
		'pwa.offlineReady': 'Strata is ready to work offline.'
	},
	'zh-CN': {
		'app.name': 'Strata',
		'app.tagline': '在本机完成的客户分层分级',
		'nav.import': '导入',
		'nav.overview': '总览',
		'nav.customers': '客户',
		'nav.clusters': '聚类',
		'nav.churn': '流失预警',
		'nav.strategies': '策略',
		'nav.settings': '设置',
		'nav.privacy': '隐私',
		'common.cancel': '取消',
		'common.close': '关闭',
		'common.delete': '删除',
		'common.rename': '重命名',
		'common.save': '保存',
		'common.loading': '加载中…',
		'pwa.updateAvailable': 'Strata 有新版本可用。',
		'pwa.reload': '重新加载',
		'pwa.offlineReady': 'Strata 已可离线使用。'
	}
} satisfies Catalogue;
