// Words for encryption at rest: Settings → "Encryption on this device" and the lock screen.
import type { Catalogue } from '../types';

export const atRest = {
	en: {
		'atRest.title': 'Encryption on this device',
		'atRest.explain':
			'With a passphrase, customer rows, names and computed results are stored encrypted (AES-256) in this browser. Each time Strata opens, it asks for the passphrase before showing any customer data.',
		'atRest.warning':
			'If you forget the passphrase, the data cannot be read — not by you, not by anyone. Backups made from an encrypted workspace need the same passphrase.',
		'atRest.passphrase': 'Passphrase',
		'atRest.passphraseRepeat': 'Repeat the passphrase',
		'atRest.mismatch': 'The two passphrases differ.',
		'atRest.enable': 'Encrypt data on this device',
		'atRest.enabling': 'Encrypting every stored record…',
		'atRest.on': 'On: customer data is stored encrypted. A reload asks for the passphrase again.',
		'atRest.off':
			'Off: data is stored as the browser keeps it, readable by anyone with access to this device.',
		'atRest.disable': 'Turn encryption off',
		'atRest.disabling': 'Decrypting every stored record…',
		'atRest.failed': 'Something went wrong: {detail}. Nothing was lost; every record is still readable.',
		'atRest.locked':
			'This workspace was encrypted in another tab and this one does not hold the key. Nothing was written: reload, unlock and try again.',
		'atRest.strength.weak':
			'Easy to guess: a longer passphrase of a few ordinary words is much harder. You can still use it.',
		'atRest.strength.fair': 'Fair. Four or more words, or 16+ characters, would make it strong.',
		'atRest.strength.strong': 'Strong passphrase.',
		'atRest.change.title': 'Change the passphrase',
		'atRest.change.current': 'Current passphrase',
		'atRest.change.next': 'New passphrase',
		'atRest.change.submit': 'Change passphrase',
		'atRest.change.working': 'Re-encrypting every stored record…',
		'atRest.change.wrong': 'The current passphrase is not right. Nothing was changed.',
		'atRest.change.done':
			'Done: every record now opens with the new passphrase. Other open Strata tabs reload and ask for it.',
		'atRest.lock.title': 'Strata is locked',
		'atRest.lock.explain': 'The data on this device is encrypted. Enter the passphrase to open it.',
		'atRest.lock.submit': 'Unlock',
		'atRest.lock.working': 'Checking…',
		'atRest.lock.wrong': 'That passphrase is not right. Nothing was changed — try again.',
		'atRest.lock.forgot':
			'A forgotten passphrase cannot be recovered. To start over, delete all data in Settings → Storage.'
	},
	'zh-CN': {
		'atRest.title': '本设备上的加密',
		'atRest.explain':
			'设置口令后，客户明细、姓名和计算结果会在本浏览器中加密存储（AES-256）。每次打开 Strata，都要先输入口令才会显示客户数据。',
		'atRest.warning':
			'忘记口令后数据将无法读取——您和任何人都无法读取。从加密工作区制作的备份也需要同一个口令。',
		'atRest.passphrase': '口令',
		'atRest.passphraseRepeat': '再次输入口令',
		'atRest.mismatch': '两次输入的口令不一致。',
		'atRest.enable': '加密本设备上的数据',
		'atRest.enabling': '正在加密每条已存记录…',
		'atRest.on': '已开启：客户数据加密存储。重新加载后需再次输入口令。',
		'atRest.off': '未开启：数据按浏览器默认方式存储，能使用本设备的人都可读取。',
		'atRest.disable': '关闭加密',
		'atRest.disabling': '正在解密每条已存记录…',
		'atRest.failed': '出现问题：{detail}。没有丢失任何数据，每条记录仍可读取。',
		'atRest.locked': '工作区已在另一个标签页中加密，本页没有密钥。没有写入任何内容：请重新加载、解锁后重试。',
		'atRest.strength.weak': '容易被猜到：由几个普通词组成的更长口令要难猜得多。仍可使用。',
		'atRest.strength.fair': '一般。四个以上的词或 16 个以上字符会更强。',
		'atRest.strength.strong': '口令强度高。',
		'atRest.change.title': '更改口令',
		'atRest.change.current': '当前口令',
		'atRest.change.next': '新口令',
		'atRest.change.submit': '更改口令',
		'atRest.change.working': '正在用新密钥重新加密每条已存记录…',
		'atRest.change.wrong': '当前口令不正确。没有做任何更改。',
		'atRest.change.done':
			'完成：每条记录现在都用新口令打开。其他打开的 Strata 标签页会重新加载并要求输入新口令。',
		'atRest.lock.title': 'Strata 已锁定',
		'atRest.lock.explain': '本设备上的数据已加密。请输入口令打开。',
		'atRest.lock.submit': '解锁',
		'atRest.lock.working': '正在验证…',
		'atRest.lock.wrong': '口令不正确。没有做任何更改，请重试。',
		'atRest.lock.forgot': '忘记的口令无法找回。如需重新开始，请在“设置 → 存储”中删除全部数据。'
	}
} satisfies Catalogue;
