// Messages of the order-line rules (domain/line-rules.ts): derived amounts, refunds, totals rows, missing values.
import type { Catalogue } from '../types';

export const lineRules = {
	en: {
		'role.discount': 'Discount',
		'import.mapping.rowNumbers.use':
			'No column identifies the customer: number the rows instead (each row becomes one customer).',
		'import.mapping.rowNumbers.header': 'Row number',
		'mapping.warning.monetarySummed': 'Total spend is the sum of {columns}.',
		'role.orderStatus': 'Order status',
		'reject.totalsRow':
			'Totals row (合计 / Total): its amount is the sum of the rows above it, not a customer',
		'reject.grandTotalRow':
			'Grand total row (合计 / Total): its amount is the sum of the whole file above it, not a customer',
		'reject.repeatedHeader': 'The header line again (several exports pasted into one file)',
		'reject.missingValue': 'Empty cell in a required column',
		'reject.refundWithoutAmount': 'Cancellation or return with amount 0',
		'mapping.error.derivedAmountOff':
			'There is no amount column: switch on “quantity × unit price” below, or choose the amount column.',
		'import.mapping.derived.row': 'Derived',
		'import.mapping.derived.use': 'Use as the amount of each line',
		'import.mapping.derived.check':
			'The amount column is used; quantity × unit price is only a check (lines off by more than 0.01 are counted).',
		'import.mapping.derived.help':
			'No amount column: each line’s amount is quantity × unit price, less the discount when one is mapped.',
		'import.mapping.refunds':
			'Refunds (they reduce spend and are never a purchase): lines with a negative quantity or amount, or a status such as “refunded”, “returned” or “cancelled”.',
		'import.mapping.cancelPrefix': 'Order numbers starting with {prefix} and a digit are cancellations too',
		'import.note.derivedAmount': 'Amount of each line = {formula}.',
		'import.note.refundLines':
			'{count} lines are refunds or cancellations: they reduce spend and are not purchases.',
		'import.note.amountCheck':
			'Amount checked against quantity × unit price on {checked} lines: {mismatches} differ by more than 0.01.'
	},
	'zh-CN': {
		'role.discount': '优惠金额',
		'import.mapping.rowNumbers.use': '没有标识客户的列：改用行号作为客户编号（每一行算一位客户）。',
		'import.mapping.rowNumbers.header': '行号',
		'mapping.warning.monetarySummed': '累计消费 = {columns} 之和。',
		'role.orderStatus': '订单状态',
		'reject.totalsRow': '合计行（合计 / Total）：金额等于其上各行之和，不是客户',
		'reject.grandTotalRow': '总计行（合计 / Total）：金额等于其上整个文件之和，不是客户',
		'reject.repeatedHeader': '重复的表头行（多个导出文件拼接在一起）',
		'reject.missingValue': '必填列的单元格为空',
		'reject.refundWithoutAmount': '金额为 0 的取消或退货',
		'mapping.error.derivedAmountOff': '没有金额列：请在下方启用“数量 × 单价”，或选择金额所在的列。',
		'import.mapping.derived.row': '计算列',
		'import.mapping.derived.use': '作为每行的金额',
		'import.mapping.derived.check': '使用金额列；数量 × 单价仅用于核对（相差超过 0.01 的行会被计数）。',
		'import.mapping.derived.help': '没有金额列：每行金额 = 数量 × 单价，如已指定优惠列则再减去优惠。',
		'import.mapping.refunds':
			'退款（计入消费的减少，不算作购买）：数量或金额为负，或状态为“退款”“退货”“已取消”等的行。',
		'import.mapping.cancelPrefix': '以 {prefix} 加数字开头的订单号也视为取消',
		'import.note.derivedAmount': '每行金额 = {formula}。',
		'import.note.refundLines': '{count} 行为退款或取消：计入消费的减少，不算作购买。',
		'import.note.amountCheck': '已用数量 × 单价核对 {checked} 行的金额：{mismatches} 行相差超过 0.01。'
	}
} satisfies Catalogue;
