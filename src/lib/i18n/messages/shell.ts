// The app shell's words: navigation chrome, home, empty states, settings and the privacy page.
import type { Catalogue } from '../types';

export const shell = {
	en: {
		'shell.skip': 'Skip to content',
		'shell.home': 'Strata home',
		'shell.nav.main': 'Main',
		'shell.nav.more': 'More',
		'shell.language': 'Language',
		'shell.theme': 'Theme',
		'shell.theme.light': 'Light',
		'shell.theme.dark': 'Dark',
		'shell.theme.system': 'System',
		'shell.privacyLine': 'Your data never leaves this device',
		'shell.dataset.active': 'Active dataset:',
		'shell.dataset.change': 'Change the active dataset',
		'shell.dataset.activeTag': 'Active',
		'shell.dataset.none': 'No dataset loaded',
		'shell.dataset.open': 'Open',
		'shell.dataset.counts': '{customers} customers · {rows} rows',
		'shell.storage.memoryShort': 'Not saved',
		'shell.storage.memoryHint':
			'This browser is not letting Strata save data (private window?). Everything is lost when this tab closes.',
		'shell.storage.indexeddb': 'Your datasets are saved in this browser (IndexedDB), on this device only.',
		'shell.demo.load': 'Load demo data',
		'shell.demo.loading': 'Loading demo data…',
		'shell.demo.import': 'Import your spreadsheet',
		'shell.demo.failed': 'The demo data could not be loaded. Please try again.',
		'shell.home.title': 'Turn a customer spreadsheet into a tiering system',
		'shell.home.lead':
			'Strata sorts your customers into value tiers with RFM, lifetime value, clusters and churn warning, and gives each tier a playbook. Everything runs in this browser, with no server and no account.',
		'shell.home.privacy': 'Your data never leaves this device — how that works',
		'shell.home.datasets': 'Your datasets',
		'shell.home.features': 'What you will see',
		'shell.overview.desc':
			'Your tier pyramid and headline KPIs: how many customers sit in each tier and how much revenue each brings.',
		'shell.customers.desc':
			'Every customer with their tier, RFM scores, value and risk, to search, sort and export.',
		'shell.clusters.desc': 'Natural customer groups found by k-means, and what sets each group apart.',
		'shell.churn.desc': 'An early warning list of valuable customers who are drifting away, ranked by risk.',
		'shell.strategies.desc':
			'A different playbook for each tier: whom to reward, whom to grow, whom to win back.',
		'shell.empty.noDataTitle': 'No data yet',
		'shell.empty.noDataBody':
			'Load the demo data to explore Strata in a minute, or import your own spreadsheet (CSV or Excel).',
		'shell.empty.pendingTitle': 'Analysis not ready yet',
		'shell.empty.pendingBody':
			'“{name}” is loaded. This page fills in as soon as its analysis has been computed on this device.',
		'shell.settings.desc': 'Language, appearance and the data stored on this device.',
		'shell.settings.dataset': 'Active dataset',
		'shell.settings.noDatasets': 'No datasets yet. Import a spreadsheet or load the demo data to start.',
		'shell.settings.storage': 'Storage',
		'shell.settings.storageLater':
			'Storage usage, persistent storage and deleting all data will be managed here.',
		'shell.privacy.desc': 'Strata works entirely in your browser. In plain words:',
		'shell.privacy.where.title': 'Your data stays on this device',
		'shell.privacy.where.body':
			"Everything you import and every result Strata computes is stored in this browser's own database (IndexedDB), on this device only.",
		'shell.privacy.server.title': 'There is no server',
		'shell.privacy.server.body':
			'Strata has no server, no account and no tracking. Your spreadsheets are never uploaded; the app is not even allowed to connect to other sites.',
		'shell.privacy.delete.title': 'How to delete it',
		'shell.privacy.delete.body':
			"Delete everything in Settings → Storage, or clear this site's data in your browser settings. Uninstalling the app removes it too.",
		'shell.privacy.offline.title': 'Works offline',
		'shell.privacy.offline.body':
			'Once installed (Install app / Add to Home Screen), Strata works without an internet connection.',
		'shell.privacy.device.title': 'Who else can see it',
		'shell.privacy.device.body':
			'Anyone who can use this browser on this device can open Strata and your data. Lock your device, or use a separate browser profile for sensitive data.'
	},
	'zh-CN': {
		'shell.skip': '跳到正文',
		'shell.home': 'Strata 首页',
		'shell.nav.main': '主导航',
		'shell.nav.more': '更多',
		'shell.language': '语言',
		'shell.theme': '外观',
		'shell.theme.light': '浅色',
		'shell.theme.dark': '深色',
		'shell.theme.system': '跟随系统',
		'shell.privacyLine': '你的数据不会离开这台设备',
		'shell.dataset.active': '当前数据集：',
		'shell.dataset.change': '切换当前数据集',
		'shell.dataset.activeTag': '当前',
		'shell.dataset.none': '尚未载入数据集',
		'shell.dataset.open': '打开',
		'shell.dataset.counts': '{customers} 位客户 · {rows} 行',
		'shell.storage.memoryShort': '未保存',
		'shell.storage.memoryHint':
			'此浏览器不允许 Strata 保存数据（可能是无痕窗口），关闭此标签页后数据会全部丢失。',
		'shell.storage.indexeddb': '你的数据集保存在此浏览器（IndexedDB）中，只存在这台设备上。',
		'shell.demo.load': '载入示例数据',
		'shell.demo.loading': '正在载入示例数据…',
		'shell.demo.import': '导入你的表格',
		'shell.demo.failed': '示例数据载入失败，请重试。',
		'shell.home.title': '把客户表格变成分层分级体系',
		'shell.home.lead':
			'Strata 用 RFM、客户终身价值、聚类和流失预警把客户分成价值层级，并为每个层级给出运营策略。全部在浏览器里完成，没有服务器，也无需注册。',
		'shell.home.privacy': '你的数据不会离开这台设备——了解原理',
		'shell.home.datasets': '你的数据集',
		'shell.home.features': '你将看到',
		'shell.overview.desc': '客户分层金字塔与核心指标：每个层级有多少客户、贡献多少营收。',
		'shell.customers.desc': '全部客户及其层级、RFM 评分、价值与风险，可搜索、排序和导出。',
		'shell.clusters.desc': '用 k-means 找出的自然客户群，以及每个群的区别特征。',
		'shell.churn.desc': '流失预警：正在流失的高价值客户名单，按风险排序。',
		'shell.strategies.desc': '为每个层级定制的差异化策略：奖励谁、培养谁、挽回谁。',
		'shell.empty.noDataTitle': '还没有数据',
		'shell.empty.noDataBody': '载入示例数据，一分钟了解 Strata；或导入你自己的表格（CSV 或 Excel）。',
		'shell.empty.pendingTitle': '分析尚未就绪',
		'shell.empty.pendingBody': '已载入“{name}”。在本机完成分析后，本页会显示结果。',
		'shell.settings.desc': '语言、外观，以及保存在这台设备上的数据。',
		'shell.settings.dataset': '当前数据集',
		'shell.settings.noDatasets': '还没有数据集。导入表格或载入示例数据即可开始。',
		'shell.settings.storage': '存储',
		'shell.settings.storageLater': '存储用量、持久化存储和删除全部数据将在这里管理。',
		'shell.privacy.desc': 'Strata 完全在你的浏览器里运行。简单来说：',
		'shell.privacy.where.title': '数据只留在这台设备上',
		'shell.privacy.where.body':
			'你导入的所有数据和 Strata 计算出的所有结果，都保存在此浏览器自带的数据库（IndexedDB）中，只存在这台设备上。',
		'shell.privacy.server.title': '没有服务器',
		'shell.privacy.server.body':
			'Strata 没有服务器、没有账号，也不做任何追踪。你的表格从不上传；应用甚至不被允许连接其他网站。',
		'shell.privacy.delete.title': '如何删除',
		'shell.privacy.delete.body':
			'在“设置 → 存储”中删除全部数据，或在浏览器设置中清除本网站的数据。卸载应用也会一并删除。',
		'shell.privacy.offline.title': '可离线使用',
		'shell.privacy.offline.body': '安装后（“安装应用”或“添加到主屏幕”），Strata 无需联网即可使用。',
		'shell.privacy.device.title': '还有谁能看到',
		'shell.privacy.device.body':
			'能使用这台设备上此浏览器的人，都能打开 Strata 和你的数据。请锁好设备，或为敏感数据使用单独的浏览器配置文件。'
	}
} satisfies Catalogue;
