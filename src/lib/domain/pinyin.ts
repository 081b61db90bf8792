// Pinyin for Chinese names, so a rep can type 张三 as "zhangsan" or "zs" on a phone keyboard. No dictionary: ICU's
// pinyin collation (Intl.Collator 'zh-u-co-pinyin', in every current browser and in Node) sorts characters by
// reading, so the first character of each syllable in that order is enough — 404 boundary characters and their
// syllables (~2 KB), found by a binary search. Polyphones get the collation's reading (长 → zhang, 了 → le).
// Table made once from pinyin-pro 3 over U+4E00–U+9FA5 in collation order, segmented to agree with it as often as
// possible: 95.6% of those 20,902 characters and 506 of 510 of the most common ones read as pinyin-pro reads them.
// A library would add 100–300 KB (pinyin-pro) or do the same trick (tiny-pinyin): this table is smaller.

/** The first character of each syllable, in pinyin collation order. */
const BOUNDS =
	'吖哎安肮凹丷紦扳邦勹卑奔獖屄边灬憋汃氞癶峬簿囃参仓撡艹嵾曽叉芆辿伥蟐车抻阷吃充抽出橻巛刅吹旾逴呲' +
	'匆凑粗汆崔乼搓咑呆鮘当刀嘚扥灯氐嗲敁刁爹丁丟东吺厾耑垖吨多妸诶奀鞥儿发帆匚飞分丰覅紑夫旮侅甘冈皋' +
	'戈给根刯工勾估瓜乖关光撗丨呙哈咍嚡夯茠诃黒拫亨噷齁乎花怀欢巟灰昏吙丌加戋橺艽鵤巾坕燝丩凥爠噘军咔' +
	'开刊忼尻匼剋肎劥空抠扝夸蒯宽匡亏鑎尡垃来兰啷唥仂雷嘞哩俩倆良煷毟拎伶瀮囖瞜噜驴娈掠啰呣妈埋嫚牤猫' +
	'嚒癦椚擝咪宀喵乜民名谬摸怽毪縸腉囡囔孬疒娞恁能嗯妮拈娘鸟捏囜宁妞农羺譳女奻疟喔讴妑拍眅乓抛呸喷匉' +
	'丕囨剽氕姘乒蘋桲仆巬掐千呛悄苆亲靑卭丘区迲炔夋呥穣娆惹人扔日戎厹邚挼婑瞤捼仨虄三橵掻閪森僧杀繌山' +
	'伤弰奢谁升尸収书刷衰闩双脽吮说厶忪凁苏狻夊孙唆他囼粏賧夲忑熥剔趯旫螩厅囲偷綉湍推吞畽屲歪弯尢危煀' +
	'呚挝乌錻呷仙乡灱恷心星裄休吁吅削坃丫恹央羪鑰一囙应哟佣优蒏澚曰晕繧災兂匨傮则伬怎譛扎夈枬张佋蜇贞' +
	'凧之徔州朱抓跩专妆隹宒拙乲宗潈楱钻厜穝嘬';
/** The syllable starting at each boundary (ü written v, as pinyin keyboards type it). */
const SYLLABLES = (
	'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang  ' +
	'cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang  ' +
	'chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao  ' +
	'die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga  ' +
	'gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang  ' +
	'hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin  ' +
	'jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan  ' +
	'kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long  ' +
	'lou lu lv luan lun luo m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo  ' +
	'mou mu na nai nan nang nao ne nei nen neng ng ni nian niang niao nie nin ning niu nong nou nu  ' +
	'nv nuan nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia  ' +
	'qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru  ' +
	'ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi  ' +
	'shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang  ' +
	'tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo  ' +
	'wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying  ' +
	'yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe  ' +
	'zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui  ' +
	'zun zuo'
).split(/ +/);

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
let collator: Intl.Collator | undefined;
const cache = new Map<string, string>();

/** The toneless syllable of one Han character ('' when the collation has none, e.g. before the table). */
export function syllableOf(ch: string): string {
	const hit = cache.get(ch);
	if (hit !== undefined) return hit;
	collator ??= new Intl.Collator('zh-Hans-CN-u-co-pinyin');
	let lo = 0;
	let hi = BOUNDS.length - 1;
	let k = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (collator.compare(ch, BOUNDS[mid]) >= 0) {
			k = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	const out = k < 0 ? '' : SYLLABLES[k];
	cache.set(ch, out);
	return out;
}

export interface PinyinKeys {
	/** Whole pinyin, no spaces: 张三 → "zhangsan"; other characters lower-cased as they are. */
	full: string;
	/** First letters: 张三 → "zs". */
	initials: string;
}

/** Search keys of a name; undefined when it has no Han characters (nothing to add to plain matching). */
export function pinyinKeys(name: string): PinyinKeys | undefined {
	if (!HAN.test(name)) return undefined;
	let full = '';
	let initials = '';
	for (const ch of name) {
		if (HAN.test(ch)) {
			const s = syllableOf(ch);
			full += s;
			initials += s.charAt(0);
		} else if (/[\p{L}\p{N}]/u.test(ch)) {
			const l = ch.toLowerCase();
			full += l;
			initials += l;
		}
	}
	return { full, initials };
}

/** A query a pinyin key can answer: Latin letters (and spaces or apostrophes between syllables) only. */
export function pinyinQuery(query: string): string | undefined {
	const q = query.trim().toLowerCase().replace(/ü/g, 'v');
	if (!/^[a-z][a-z\s']*$/.test(q)) return undefined;
	return q.replace(/[\s']/g, '');
}

/** Whether a name's keys match a pinyin query by prefix: "zhangsan", "zhangs", "zs", "z". */
export function matchesPinyin(keys: PinyinKeys | undefined, q: string): boolean {
	return !!keys && (keys.full.startsWith(q) || keys.initials.startsWith(q));
}
