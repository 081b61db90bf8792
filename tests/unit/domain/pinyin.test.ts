import { describe, expect, it } from 'vitest';
import { matchesPinyin, pinyinKeys, pinyinQuery, syllableOf } from '$lib/domain/pinyin';

describe('pinyin of Chinese names', () => {
	it('reads common surnames and given names', () => {
		expect([...'张王李赵刘陈杨黄吴周徐孙马朱胡郭何林罗高'].map(syllableOf).join(' ')).toBe(
			'zhang wang li zhao liu chen yang huang wu zhou xu sun ma zhu hu guo he lin luo gao'
		);
		expect([...'三四伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞'].map(syllableOf).join(' ')).toBe(
			'san si wei fang na min jing li qiang lei jun yang yong yan jie juan tao ming chao xiu xia'
		);
	});

	it('writes ü as v, as pinyin keyboards type it', () => {
		expect(syllableOf('吕')).toBe('lv');
		expect(syllableOf('女')).toBe('nv');
	});

	it('makes whole-pinyin and initials keys, keeping Latin letters and digits, dropping punctuation', () => {
		expect(pinyinKeys('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
		expect(pinyinKeys('欧阳·娜娜')).toEqual({ full: 'ouyangnana', initials: 'oynn' });
		expect(pinyinKeys('王A2店')).toEqual({ full: 'wanga2dian', initials: 'wa2d' });
		expect(pinyinKeys('Li Wei')).toBeUndefined();
	});
});

describe('matching a typed query', () => {
	const zs = pinyinKeys('张三');
	it('matches whole pinyin, a prefix of it, initials, spaced or with apostrophes', () => {
		for (const typed of ['zhangsan', 'zhangs', 'zs', 'z', 'Zhang San', "zhang'san"]) {
			const q = pinyinQuery(typed);
			expect(q && matchesPinyin(zs, q)).toBe(true);
		}
	});

	it('does not match other names or letters in the middle', () => {
		for (const typed of ['zhangsi', 'zsa', 'san', 'ls'])
			expect(matchesPinyin(zs, pinyinQuery(typed)!)).toBe(false);
	});

	it('leaves digits, Han characters and empty input to the plain search', () => {
		expect(pinyinQuery('138')).toBeUndefined();
		expect(pinyinQuery('张')).toBeUndefined();
		expect(pinyinQuery('  ')).toBeUndefined();
		expect(pinyinQuery('C0001')).toBeUndefined();
	});
});
