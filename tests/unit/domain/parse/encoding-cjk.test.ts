// Traditional Chinese (Big5: Taiwan, Hong Kong) and Japanese (Shift_JIS) Excel exports, told apart from GBK by
// how their byte pairs fall, and never mistaken the other way: simplified GBK text stays GB18030.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { encodeDoubleByte, encodeGbk } from '../../../fixtures/awkward';
import { decodeSample, detectEncoding } from '$lib/domain/parse/encoding';

function encodable(ch: string, encoding: 'big5' | 'shift_jis'): boolean {
	try {
		encodeDoubleByte(ch, encoding);
		return true;
	} catch {
		return false;
	}
}

const fcParams = { seed: Number(process.env.FC_SEED) || 20261202, numRuns: 150 };

// Characters from real exports' headers and names (會員 = member, 金額 = amount, 顧客 = customer …).
const TRADITIONAL = [
	...'會員編號姓名訂單日期金額數量單價陳林黃張李王吳劉蔡楊許鄭謝郭洪邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍蔣石古紀姚連馮歐程湯黃田康姜汪白鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒張闕凌崔尹孔辛歐陽辜陶段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅華利裴樊房全佘左花程塗'
]
	.filter((ch, i, all) => all.indexOf(ch) === i)
	.filter((ch) => encodable(ch, 'big5'));
const JAPANESE = [
	...'顧客番号氏名注文日金額数量単価お客様さまのはがをにでとへやかなアイウエオカキクケコサシスセソタチツテトナニヌネノ田中佐藤鈴木高橋渡辺伊藤山本小林加藤吉田山田佐々木松本井上木村東京大阪'
];
const SIMPLIFIED = [
	...'会员编号姓名订单日期金额数量单价张王李赵刘陈杨黄吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
];

/** A CSV of order lines whose header and names use `chars`. */
const csvOf = (chars: string[]) =>
	fc
		.array(
			fc.tuple(
				fc.array(fc.constantFrom(...chars), { minLength: 2, maxLength: 4 }),
				fc.integer({ min: 1, max: 99999 })
			),
			{ minLength: 3, maxLength: 40 }
		)
		.map(
			(rows) =>
				chars.slice(0, 4).join('') +
				',date,amount\n' +
				rows.map(([n, a]) => `${n.join('')},2024-03-05,${a}`).join('\n')
		);

describe('double-byte code pages beside GBK', () => {
	it('reads a Big5 member list as Big5', () => {
		const text = '會員編號,姓名,訂單日期,金額\nA001,陳美玲,2024/3/5,1200\nA002,林志明,2024/3/6,880\n';
		const bytes = encodeDoubleByte(text, 'big5');
		expect(detectEncoding(bytes)).toMatchObject({ encoding: 'big5', confident: true });
		expect(decodeSample(bytes, 'big5')).toBe(text);
	});

	it('reads a Shift_JIS order export as Shift_JIS', () => {
		const text = '顧客番号,氏名,注文日,金額\nC01,田中さま,2024/3/5,1200\nC02,佐藤さま,2024/3/6,880\n';
		const bytes = encodeDoubleByte(text, 'shift_jis');
		expect(detectEncoding(bytes)).toMatchObject({ encoding: 'shift_jis', confident: true });
		expect(decodeSample(bytes, 'shift_jis')).toBe(text);
	});

	test.prop([csvOf(TRADITIONAL)], fcParams)(
		'any Big5 text of common names is detected as Big5 and decodes back',
		(text) => {
			const bytes = encodeDoubleByte(text, 'big5');
			expect(detectEncoding(bytes).encoding).toBe('big5');
			expect(decodeSample(bytes, 'big5')).toBe(text);
		}
	);

	test.prop([csvOf(JAPANESE)], fcParams)(
		'any Shift_JIS text of kana and kanji is detected as Shift_JIS',
		(text) => {
			expect(detectEncoding(encodeDoubleByte(text, 'shift_jis')).encoding).toBe('shift_jis');
		}
	);

	test.prop([csvOf(SIMPLIFIED)], fcParams)(
		'simplified GBK text is never taken for Big5 or Shift_JIS',
		(text) => {
			expect(detectEncoding(encodeGbk(text)).encoding).toBe('gb18030');
		}
	);
});
