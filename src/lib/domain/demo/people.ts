// Fake customer identities: Chinese or English names and 11-digit mainland mobile numbers.
// Every value is invented from the seeded stream; none belongs to a real person.

import type { SeededRandom } from './random';

// The most common surnames, roughly in frequency order (the first few carry most of the population).
const ZH_SURNAMES = [
	...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
];
const ZH_GIVEN = [
	...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉婷雪琳晨宇浩然子涵欣怡梓轩思雨佳琪俊博文嘉一诺睿泽雅若晓春海波建国志红丹阳'
];

// prettier-ignore
const EN_FIRST = [
	'James', 'Mary', 'John', 'Linda', 'David', 'Emma', 'Michael', 'Sarah', 'Daniel', 'Olivia', 'Chris',
	'Sophia', 'Kevin', 'Grace', 'Jason', 'Emily', 'Eric', 'Chloe', 'Ryan', 'Amy', 'Leo', 'Lucy', 'Tony',
	'Hannah', 'Peter', 'Zoe', 'Andrew', 'Mia', 'Jack', 'Ella', 'Sam', 'Nina', 'Alex', 'Iris', 'Ben', 'Vivian'
];
// prettier-ignore
const EN_LAST = [
	'Smith', 'Wang', 'Johnson', 'Li', 'Brown', 'Zhang', 'Taylor', 'Chen', 'Wilson', 'Liu', 'Martin', 'Huang',
	'Lee', 'Wong', 'Clark', 'Lin', 'Walker', 'Zhou', 'Hall', 'Wu', 'Young', 'Tan', 'King', 'Ng', 'Wright',
	'Lim', 'Scott', 'Ho', 'Green', 'Chan', 'Baker', 'Yang', 'Adams', 'Lam', 'Nelson', 'Cheng'
];

// Mainland mobile prefixes on the 13x, 15x and 18x ranges (154 was never issued).
// prettier-ignore
const PHONE_PREFIXES = [
	130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 180, 181,
	182, 183, 184, 185, 186, 187, 188, 189
];

const surnameWeights = ZH_SURNAMES.map((_, i) => 1 / (i + 4)); // Zipf-like: 王/李/张 far ahead of 汤

export function chineseName(random: SeededRandom): string {
	const surname = ZH_SURNAMES[random.weightedIndex(surnameWeights)];
	const given = random.pick(ZH_GIVEN) + (random.chance(0.7) ? random.pick(ZH_GIVEN) : '');
	return surname + given;
}

export function englishName(random: SeededRandom): string {
	return `${random.pick(EN_FIRST)} ${random.pick(EN_LAST)}`;
}

/** An 11-digit number as a string, e.g. `13812345678` (kept as text: it is an identifier, not a quantity). */
export function mobileNumber(random: SeededRandom): string {
	const rest = String(random.int(0, 99_999_999)).padStart(8, '0');
	return String(random.pick(PHONE_PREFIXES)) + rest;
}
