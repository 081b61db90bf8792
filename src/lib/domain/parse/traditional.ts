// Traditional → simplified forms of the characters that header names are made of, so a Taiwan or Hong Kong
// export (會員編號, 訂單金額, 顧客) matches the same role lists as a mainland one. Only header vocabulary: values
// such as names are never converted.
const PAIRS =
	'業业買买產产價价優优會会員员冊册創创別别區区單单發发臺台號号後后賣卖實实寶宝態态總总戶户掃扫數数時时狀状' +
	'暱昵機机來来標标歷历條条東东統统種种積积稅税簽签類类係系繫系編编網网聯联營营計计訂订記记話话貝贝' +
	'賬账帳账貨货購购費费運运進进郵邮採采鋪铺銷销長长間间際际額额顧顾題题電电碼码稱称齡龄歲岁現现結结' +
	'錢钱幣币庫库務务點点詳详絡络況况簡简據据圖图處处問问換换貿贸頁页寫写讀读' +
	'門门國国圓圆萬万億亿與与項项順顺預预額额頻频寬宽優优應应爾尔僅仅選选擇择註注開开關关閉闭導导參参帶带' +
	'遞递遠远復复設设賞赏證证識识責责豐丰蘭兰層层歸归檔档檢检驗验雜杂離离雙双處处減减獎奖勵励賦赋銀银鐘钟';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i], PAIRS[i + 1]);

/** The header with its traditional characters in simplified form; other characters unchanged. */
export function simplifyHeader(header: string): string {
	let out = '';
	for (const ch of header) out += MAP.get(ch) ?? ch;
	return out;
}
