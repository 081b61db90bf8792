// Words for in-memory mode: the browser gives Strata no storage (a private window, storage blocked), so the
// workspace lives only in this tab. Added for issue #11 item 7.
import type { Catalogue } from '../types';

export const memoryMode = {
	en: {
		'memory.banner.title': 'Nothing is being saved in this browser',
		'memory.banner.body':
			'This browser gives Strata no storage (a private window, or storage blocked). Everything works for this visit — import, analysis, models, strategies — but it lives only in this tab: closing or reloading it loses all of it.',
		'memory.banner.backup': 'Download a backup',
		'memory.banner.backingUp': 'Making the backup…',
		'memory.banner.saved': 'Backup downloaded. Restore it in Settings → Backup in a browser that saves data.',
		'memory.banner.failed': 'The backup could not be made: {reason}'
	},
	'zh-CN': {
		'memory.banner.title': '此浏览器不会保存任何数据',
		'memory.banner.body':
			'此浏览器不给 Strata 存储空间（无痕窗口，或存储被阻止）。本次访问中一切照常可用——导入、分析、模型、策略——但数据只在此标签页中：关闭或刷新它，所有数据都会丢失。',
		'memory.banner.backup': '下载备份',
		'memory.banner.backingUp': '正在生成备份…',
		'memory.banner.saved': '备份已下载。可在能保存数据的浏览器中通过“设置 → 备份”恢复。',
		'memory.banner.failed': '无法生成备份：{reason}'
	}
} satisfies Catalogue;
