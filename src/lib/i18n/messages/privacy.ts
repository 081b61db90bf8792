// Words for Settings → Storage and Backup, the Privacy page, and the notices one tab shows about another.
import type { Catalogue } from '../types';

export const privacy = {
	en: {
		'storage.persist.title': 'Keep data when space runs low',
		'storage.persist.explain':
			"When a device runs short of space, the browser may clear a site's data on its own. Persistent storage asks the browser to keep Strata's data until you delete it.",
		'storage.persist.on': 'Persistent: the browser keeps your data until you delete it.',
		'storage.persist.off': 'Not persistent: the browser may clear it when space runs low.',
		'storage.persist.unknown': 'This browser does not say whether its storage is persistent.',
		'storage.persist.ask': 'Ask to keep data',
		'storage.persist.refused':
			'The browser said no for now. Browsers often agree once the app is installed or used regularly. A backup file is the surest protection.',
		'storage.usage.title': 'Space used',
		'storage.usage.value': '{used} of {quota} available to this site ({percent})',
		'storage.usage.unknown': 'This browser does not report how much space is used.',
		'storage.usage.nearlyFull':
			'Storage is more than 80% full. Delete datasets you no longer need (after a backup), or new imports may fail.',
		'storage.delete.title': 'Delete all data',
		'storage.delete.explain':
			'Removes every dataset, result, model, snapshot and setting Strata keeps in this browser, and the copy of the app kept for offline use. It cannot be undone — make a backup first if you may need the data.',
		'storage.delete.button': 'Delete all data…',
		'storage.delete.confirmTitle': 'Delete all Strata data in this browser?',
		'storage.delete.confirmBody':
			'All datasets, results, models, snapshots and settings are deleted from this device. The offline copy of the app goes too: open Strata once with a network connection before using it offline again. Other open Strata tabs will reload.',
		'storage.delete.confirm': 'Delete everything',
		'storage.delete.working': 'Deleting…',
		'storage.delete.waiting': 'Waiting for other Strata tabs to let go of the data…',
		'backup.title': 'Backup and restore',
		'backup.explain':
			'A backup is one file with everything: datasets, results, models and settings. Keep it where you keep important files — Strata never uploads it.',
		'backup.passphrase': 'Passphrase (optional)',
		'backup.passphraseRepeat': 'Repeat the passphrase',
		'backup.passphraseHint':
			'With a passphrase the file is encrypted (AES-256); without one, anyone who has the file can read it. A forgotten passphrase cannot be recovered.',
		'backup.passphraseMismatch': 'The two passphrases differ.',
		'backup.create': 'Create backup',
		'backup.packing': 'Packing the backup and checking it…',
		'backup.cancelled': 'Cancelled — nothing was changed.',
		'backup.phase.read': 'Reading the workspace…',
		'backup.phase.pack': 'Compressing (and encrypting, with a passphrase)…',
		'backup.phase.verify': 'Re-opening the file to check every table…',
		'backup.phase.restore': 'Checking and restoring…',
		'backup.verified': 'Backup verified ✓ — the file was re-opened and every table checked.',
		'backup.download': 'Download backup',
		'backup.fileInfo': '{name} · {size}',
		'backup.encrypted': 'encrypted',
		'backup.counts': '{datasets} datasets · {chunks} data blocks · {models} models · {snapshots} snapshots',
		'restore.title': 'Restore from a backup',
		'restore.explain':
			"Restoring replaces everything Strata holds in this browser with the backup's contents. Your current data stays untouched until the backup has been fully checked and written.",
		'restore.file': 'Backup file (.strata-backup)',
		'restore.passphrase': 'Passphrase of this backup',
		'restore.start': 'Restore…',
		'restore.confirmTitle': 'Replace all data with this backup?',
		'restore.confirmBody':
			'Everything Strata holds in this browser now is replaced by the backup. Other open Strata tabs will reload.',
		'restore.confirm': 'Restore',
		'restore.reading': 'Reading the file…',
		'restore.restoring': 'Checking and restoring…',
		'restore.restored': 'Restored ✓ — reloading…',
		'backup.error.notBackup': 'This is not a Strata backup file.',
		'backup.error.newer': 'This backup was made by a newer version of Strata. Update Strata, then try again.',
		'backup.error.newerSchema':
			'This backup holds data from a newer version of Strata. Update Strata, then try again.',
		'backup.error.passphraseNeeded': 'This backup is encrypted. Enter its passphrase.',
		'backup.error.encryptedNeedsPassphrase':
			'This workspace is encrypted, so its backup is too: enter a passphrase (your encryption passphrase or another), or choose a backup without one.',
		'backup.passphraseRequired': 'Passphrase (required: this workspace is encrypted)',
		'backup.passphraseSameHint':
			'Use your encryption passphrase, or pick another one for this file. A forgotten passphrase cannot be recovered.',
		'backup.plainOptOut': 'Make this backup without a passphrase',
		'backup.plainWarning':
			'Without a passphrase the file is not encrypted as a whole. Fields sealed on this device (names, headers, customer ids, values) stay sealed in it, but anyone who has the file can see how many datasets, rows, models and snapshots it holds, their dates and the settings. Keep it somewhere only you can reach.',
		'backup.error.passphrase': 'Wrong passphrase. Nothing was changed.',
		'backup.error.corrupt': 'The file is damaged or incomplete. Nothing was changed.',
		'backup.error.busy': 'Another Strata tab is importing or restoring. Try again when it has finished.',
		'backup.error.quota': 'Not enough storage space to restore this backup. Nothing was changed.',
		'backup.error.write': 'The backup could not be written. Nothing was changed.',
		'backup.error.tooLarge':
			'This file is larger than Strata restores (backup files up to 1 GB, 1.5 GB once unpacked). Nothing was changed.',
		'backup.error.empty':
			'This backup holds no data: restoring it would empty this workspace. Nothing was changed.',
		'backup.error.verifyAfterCommit':
			'The workspace was replaced by the backup, but reading it back did not match the file. Keep the backup file and restore it again; if this repeats, the device storage may be failing.',
		'restore.limit': 'Backup files up to 1 GB (1.5 GB once unpacked) can be restored.',
		'restore.emptyConfirm': 'Empty this workspace with it anyway',
		'tabs.notice.restored': 'Another Strata tab restored a backup. Reloading…',
		'tabs.notice.restoredHere': 'Backup restored. Reloading…',
		'tabs.notice.wiped': 'All Strata data was deleted in another tab. Reloading…',
		'tabs.notice.upgraded': 'Strata was updated in another tab. Reloading this one to match…',
		'tabs.notice.encryption': 'Encryption was switched on or off in another tab. Reloading…',
		'tabs.notice.blocked':
			'Another Strata tab is still open on an older version. Close or reload it to continue.',
		'privacy.desc': 'Strata works entirely in your browser. In plain words:',
		'privacy.where.title': 'Your data lives in this browser, on this device',
		'privacy.where.body':
			"Everything you import, and every result, model and setting, is stored in this browser's own database (IndexedDB) on this device. Another browser or another device does not see it.",
		'privacy.sent.title': 'Nothing is sent anywhere',
		'privacy.sent.body':
			"Strata has no server, no account, no analytics. The page's security policy (Content Security Policy) only lets it talk to the site it came from, which serves the app's own files — so your spreadsheets cannot be uploaded anywhere, even by mistake.",
		'privacy.remove.title': 'How to remove it',
		'privacy.remove.body':
			"Settings → Storage → Delete all data removes everything at once. Clearing this site's data in your browser's settings does the same.",
		'privacy.backups.title': 'Backups are files you keep',
		'privacy.backups.body':
			'Settings → Backup writes one file with all your data to your device. Strata never uploads it; where you keep it, and who can read it, is up to you.',
		'privacy.encryption.title': 'Encrypt backups with a passphrase',
		'privacy.encryption.body':
			'With a passphrase, a backup file is encrypted (AES-256-GCM, key derived with 600,000 rounds of PBKDF2). Without the passphrase nobody — including you — can open it.',
		'privacy.device.title': 'Who else can see it',
		'privacy.device.body':
			'Anyone who can use this browser on this device can open Strata and your data. Lock your device, or use a separate browser profile for sensitive data.',
		'privacy.manage': 'Manage storage and backups in Settings'
	},
	'zh-CN': {
		'storage.persist.title': '空间不足时保留数据',
		'storage.persist.explain':
			'设备空间不足时，浏览器可能会自行清除网站的数据。“持久化存储”会请求浏览器一直保留 Strata 的数据，直到你自己删除。',
		'storage.persist.on': '已持久化：浏览器会一直保留你的数据，直到你删除。',
		'storage.persist.off': '未持久化：空间不足时浏览器可能会清除这些数据。',
		'storage.persist.unknown': '此浏览器不提供存储是否持久化的信息。',
		'storage.persist.ask': '请求保留数据',
		'storage.persist.refused':
			'浏览器暂时没有同意。安装应用或经常使用后，浏览器通常会同意。备份文件才是最可靠的保护。',
		'storage.usage.title': '已用空间',
		'storage.usage.value': '已用 {used}，本网站可用 {quota}（{percent}）',
		'storage.usage.unknown': '此浏览器不报告已用空间。',
		'storage.usage.nearlyFull':
			'存储已用超过 80%。请（先备份再）删除不再需要的数据集，否则新的导入可能失败。',
		'storage.delete.title': '删除全部数据',
		'storage.delete.explain':
			'删除 Strata 在此浏览器中保存的所有数据集、结果、模型、快照和设置，以及用于离线使用的应用副本。此操作无法撤销——如果以后可能还需要这些数据，请先备份。',
		'storage.delete.button': '删除全部数据…',
		'storage.delete.confirmTitle': '删除此浏览器中 Strata 的全部数据？',
		'storage.delete.confirmBody':
			'所有数据集、结果、模型、快照和设置都会从这台设备上删除。离线使用的应用副本也会一并删除：再次离线使用前，请先联网打开一次 Strata。其他打开的 Strata 标签页会重新加载。',
		'storage.delete.confirm': '全部删除',
		'storage.delete.working': '正在删除…',
		'storage.delete.waiting': '正在等待其他 Strata 标签页释放数据…',
		'backup.title': '备份与恢复',
		'backup.explain':
			'备份是一个包含全部内容的文件：数据集、结果、模型和设置。请把它和重要文件放在一起——Strata 从不上传它。',
		'backup.passphrase': '密码（可选）',
		'backup.passphraseRepeat': '再次输入密码',
		'backup.passphraseHint':
			'设置密码后文件会被加密（AES-256）；不设密码，任何拿到文件的人都能读取。忘记密码将无法找回。',
		'backup.passphraseMismatch': '两次输入的密码不一致。',
		'backup.create': '创建备份',
		'backup.packing': '正在打包并校验备份…',
		'backup.cancelled': '已取消，未做任何更改。',
		'backup.phase.read': '正在读取工作区…',
		'backup.phase.pack': '正在压缩（设了密码则同时加密）…',
		'backup.phase.verify': '正在重新打开文件并逐表校验…',
		'backup.phase.restore': '正在校验并恢复…',
		'backup.verified': '备份已校验 ✓——已重新打开文件并逐表核对。',
		'backup.download': '下载备份',
		'backup.fileInfo': '{name} · {size}',
		'backup.encrypted': '已加密',
		'backup.counts': '{datasets} 个数据集 · {chunks} 个数据块 · {models} 个模型 · {snapshots} 个快照',
		'restore.title': '从备份恢复',
		'restore.explain':
			'恢复会用备份的内容替换 Strata 在此浏览器中的全部数据。在备份被完整校验并写入之前，现有数据不会被改动。',
		'restore.file': '备份文件（.strata-backup）',
		'restore.passphrase': '此备份的密码',
		'restore.start': '恢复…',
		'restore.confirmTitle': '用此备份替换全部数据？',
		'restore.confirmBody':
			'Strata 当前在此浏览器中的全部数据都会被备份替换。其他打开的 Strata 标签页会重新加载。',
		'restore.confirm': '恢复',
		'restore.reading': '正在读取文件…',
		'restore.restoring': '正在校验并恢复…',
		'restore.restored': '已恢复 ✓——正在重新加载…',
		'backup.error.notBackup': '这不是 Strata 备份文件。',
		'backup.error.newer': '此备份由更新版本的 Strata 创建。请先更新 Strata 再试。',
		'backup.error.newerSchema': '此备份包含更新版本 Strata 的数据。请先更新 Strata 再试。',
		'backup.error.passphraseNeeded': '此备份已加密，请输入密码。',
		'backup.error.encryptedNeedsPassphrase':
			'此工作区已加密，备份也需加密：请输入密码（可用加密密码，也可另设一个），或选择不加密的备份。',
		'backup.passphraseRequired': '密码（必填：此工作区已加密）',
		'backup.passphraseSameHint': '可使用加密密码，也可为此文件另设密码。忘记密码将无法找回。',
		'backup.plainOptOut': '不设密码创建此备份',
		'backup.plainWarning':
			'不设密码时，整个文件不会加密。本机已加密的字段（名称、表头、客户编号、数值）在文件中仍保持加密，但任何拿到文件的人都能看到其中有多少数据集、行、模型和快照，以及日期和设置。请把它存放在只有你能访问的地方。',
		'backup.error.passphrase': '密码错误，未做任何更改。',
		'backup.error.corrupt': '文件已损坏或不完整，未做任何更改。',
		'backup.error.busy': '另一个 Strata 标签页正在导入或恢复，请在完成后再试。',
		'backup.error.quota': '存储空间不足，无法恢复此备份，未做任何更改。',
		'backup.error.write': '备份无法写入，未做任何更改。',
		'backup.error.tooLarge':
			'文件超过 Strata 可恢复的大小（备份文件最大 1 GB，解压后最大 1.5 GB）。未做任何更改。',
		'backup.error.empty': '此备份不含任何数据：恢复它会清空当前工作区。未做任何更改。',
		'backup.error.verifyAfterCommit':
			'工作区已被备份替换，但读回的内容与文件不一致。请保留备份文件并再次恢复；如反复出现，设备存储可能有故障。',
		'restore.limit': '可恢复的备份文件最大 1 GB（解压后最大 1.5 GB）。',
		'restore.emptyConfirm': '仍然用它清空此工作区',
		'tabs.notice.restored': '另一个 Strata 标签页恢复了备份，正在重新加载…',
		'tabs.notice.restoredHere': '备份已恢复，正在重新加载…',
		'tabs.notice.wiped': '另一个标签页删除了 Strata 的全部数据，正在重新加载…',
		'tabs.notice.upgraded': 'Strata 已在另一个标签页中更新，正在重新加载本页以保持一致…',
		'tabs.notice.encryption': '另一个标签页开启或关闭了加密，正在重新加载…',
		'tabs.notice.blocked': '另一个 Strata 标签页仍在使用旧版本。请关闭或重新加载它以继续。',
		'privacy.desc': 'Strata 完全在你的浏览器里运行。简单来说：',
		'privacy.where.title': '数据保存在这台设备的此浏览器中',
		'privacy.where.body':
			'你导入的所有内容，以及所有结果、模型和设置，都保存在这台设备上此浏览器自带的数据库（IndexedDB）中。其他浏览器或其他设备看不到它们。',
		'privacy.sent.title': '不向任何地方发送数据',
		'privacy.sent.body':
			'Strata 没有服务器、没有账号、没有统计分析。页面的安全策略（内容安全策略 CSP）只允许它与提供应用文件的本站通信——因此你的表格不可能被上传到任何地方，即使误操作也不会。',
		'privacy.remove.title': '如何删除',
		'privacy.remove.body':
			'“设置 → 存储 → 删除全部数据”可一次删除全部内容。在浏览器设置中清除本网站的数据，效果相同。',
		'privacy.backups.title': '备份是你自己保管的文件',
		'privacy.backups.body':
			'“设置 → 备份”会把全部数据写成一个文件保存到你的设备上。Strata 从不上传它；存放在哪里、谁能读取，由你决定。',
		'privacy.encryption.title': '用密码加密备份',
		'privacy.encryption.body':
			'设置密码后，备份文件会被加密（AES-256-GCM，密钥经 60 万轮 PBKDF2 派生）。没有密码，任何人（包括你自己）都无法打开它。',
		'privacy.device.title': '还有谁能看到',
		'privacy.device.body':
			'能使用这台设备上此浏览器的人，都能打开 Strata 和你的数据。请锁好设备，或为敏感数据使用单独的浏览器配置文件。',
		'privacy.manage': '在“设置”中管理存储和备份'
	}
} satisfies Catalogue;
