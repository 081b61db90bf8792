// Words for data-safety states that are not a feature of their own: the database could not be opened (newer
// schema, quota, corruption), and export/restore guards. Added for issue #11.
import type { Catalogue } from '../types';

export const dataSafety = {
	en: {
		'storage.open.title': 'Strata cannot open this workspace',
		'storage.open.newer':
			'This workspace was saved by a newer version of Strata — reload to update. Nothing was changed.',
		'storage.open.quota':
			'The browser refused to open the stored workspace because this device is out of storage space. Free some space, then reload. Nothing was changed.',
		'storage.open.corrupt':
			'The browser reports the stored workspace as damaged ({detail}). Nothing was changed; restoring a backup in Settings may help after a reload.',
		'storage.open.failed':
			'The stored workspace could not be opened: {detail}. Nothing was changed. Close other Strata tabs, then reload.',
		'storage.open.reload': 'Reload'
	},
	'zh-CN': {
		'storage.open.title': 'Strata 无法打开此工作区',
		'storage.open.newer': '此工作区由更新版本的 Strata 保存——请重新加载以更新。没有做任何更改。',
		'storage.open.quota':
			'本设备存储空间不足，浏览器拒绝打开已存的工作区。请释放一些空间后重新加载。没有做任何更改。',
		'storage.open.corrupt':
			'浏览器报告已存的工作区已损坏（{detail}）。没有做任何更改；重新加载后可在“设置”中从备份恢复。',
		'storage.open.failed':
			'无法打开已存的工作区：{detail}。没有做任何更改。请关闭其他 Strata 标签页后重新加载。',
		'storage.open.reload': '重新加载'
	}
} satisfies Catalogue;
