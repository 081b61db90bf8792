// Messages for damaged and oversized files (issue #9 part A): stray quotes, control bytes, text in another
// encoding, very wide files and workbooks that would inflate beyond what a tab can hold.
import type { Catalogue } from '../types';

export const importDamage = {
	en: {
		'reject.unbalancedQuote': 'Unbalanced quote',
		'reject.undecodableText': 'Undecodable text',
		'import.note.unbalancedQuote':
			'Rows with an unbalanced quote: {count} (lines {lines}). Each was read again with that quote taken as text, and the lines after it were read normally; a row whose fields still did not fit the header is listed as rejected.',
		'import.note.quoteKept':
			'Rows with a misplaced quote inside a cell: {count} (lines {lines}); the text was kept as written.',
		'import.note.controlRemoved':
			'Control characters removed from the text (such as NUL bytes from a damaged export): {count}.',
		'import.note.undecodable':
			'Rows that could not be decoded as {encoding}: {count} (lines {lines}). They were rejected as undecodable text; part of the file may be in another encoding.',
		'import.note.fewRecords':
			'Only {records} rows were read from a file with {lines} line breaks. Check the delimiter and the quotes in the file.',
		'import.note.mixedEncoding':
			'The start of this file is UTF-8 but a later part is not: the file may be two exports in different encodings. Rows that cannot be decoded will be rejected and listed.',
		'import.note.encodingSwitchUndecodable':
			'Read as {encoding}, this file has {count} characters that cannot be decoded in its first part (it was detected as {detected}). Rows with them would be rejected as undecodable text: check the preview, or switch back to {detected}.',
		'import.note.encodingSwitchGarbled':
			'This file was detected as {detected}. Read as {encoding}, its non-English text may come out garbled (mojibake): check the preview before importing, or switch back to {detected}.',
		'import.note.wideFile':
			'This file has {total} columns. The preview shows the first {shown}; the column list below has a search to find the others.',
		'import.note.moreRenamed': '{count} more columns were renamed in the same way.',
		'import.note.columnsNotStored':
			'{count} of the file’s {total} columns were set to “Ignore” and not stored. Import the file again with them set to a meaning to keep them.',
		'import.preview.columnSearch': 'Find a column',
		'import.preview.columnsShown': 'Columns {from}–{to} of {total}',
		'import.error.tooManyColumns':
			'{total} columns are set to be imported, more than the {max} one import can hold. Set the columns you do not need to “Ignore”, or remove them from the file.',
		'import.error.workbookInflates':
			'This workbook would take {mb} MB once unpacked, more than the {cap} MB a browser tab can hold. It may be damaged or a “zip bomb”. Save the sheet as CSV and import that.',
		'import.error.workbookNotZip': 'The workbook’s contents could not be listed. It may be damaged.'
	},
	'zh-CN': {
		'reject.unbalancedQuote': '引号不成对',
		'reject.undecodableText': '无法解码的文字',
		'import.note.unbalancedQuote':
			'引号不成对的行：{count} 行（第 {lines} 行）。这些行已把该引号当作文字重新读取，其后的行照常读取；重新读取后字段数仍与表头不符的行列为拒收。',
		'import.note.quoteKept': '单元格中有位置不当引号的行：{count} 行（第 {lines} 行），文字已按原样保留。',
		'import.note.controlRemoved': '已从文本中删除控制字符（例如损坏导出中的 NUL 字节）：{count} 个。',
		'import.note.undecodable':
			'无法按 {encoding} 解码的行：{count} 行（第 {lines} 行），已作为“无法解码的文字”拒收。文件的一部分可能是另一种编码。',
		'import.note.fewRecords': '文件有 {lines} 个换行，却只读出 {records} 行。请检查分隔符和文件中的引号。',
		'import.note.mixedEncoding':
			'此文件开头是 UTF-8，后面一部分却不是：可能是两个不同编码的导出拼接而成。无法解码的行将被拒收并列出。',
		'import.note.encodingSwitchUndecodable':
			'按 {encoding} 读取时，此文件开头部分有 {count} 个字符无法解码（检测到的编码是 {detected}）。含这些字符的行将作为“无法解码的文字”拒收：请检查预览，或改回 {detected}。',
		'import.note.encodingSwitchGarbled':
			'检测到此文件的编码是 {detected}。按 {encoding} 读取时，中文等非英文文字可能变成乱码：导入前请检查预览，或改回 {detected}。',
		'import.note.wideFile': '此文件有 {total} 列。预览只显示前 {shown} 列，其余的可在下方列表中搜索。',
		'import.note.moreRenamed': '另有 {count} 列以同样方式改名。',
		'import.note.columnsNotStored':
			'文件的 {total} 列中有 {count} 列设为“忽略”，未保存。如需保留，请重新导入并为这些列选择含义。',
		'import.preview.columnSearch': '查找列',
		'import.preview.columnsShown': '第 {from}–{to} 列，共 {total} 列',
		'import.error.tooManyColumns':
			'要导入的列有 {total} 列，超过一次导入可容纳的 {max} 列。请把不需要的列设为“忽略”，或从文件中删除。',
		'import.error.workbookInflates':
			'此工作簿解压后将占 {mb} MB，超过浏览器标签页可容纳的 {cap} MB。文件可能已损坏或是“压缩炸弹”。请把工作表另存为 CSV 再导入。',
		'import.error.workbookNotZip': '无法列出工作簿的内容，文件可能已损坏。'
	}
} satisfies Catalogue;
