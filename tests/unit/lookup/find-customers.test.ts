import { describe, expect, it } from 'vitest';
import { findCustomers } from '../../../src/routes/lookup/find-customers';

const table = {
	ids: ['C000123', 'C000124', 'C100123', 'X9'],
	names: ['张三', 'Zhang Wei', 'Li Na', 'Anna Zhang'],
	phones: ['138 0013 8000', '13900139000', '', '13800138000']
};

describe('customer lookup on the phone view', () => {
	it('puts an exact id first, then id prefixes', () => {
		expect(findCustomers(table, 'C000123', 10)).toEqual([0]);
		expect(findCustomers(table, 'c0001', 10)).toEqual([0, 1]);
	});

	it('matches a phone typed without spaces against one stored with spaces, exact matches first', () => {
		expect(findCustomers(table, '13800138000', 10)).toEqual([0, 3]);
		expect(findCustomers(table, '139', 10)).toEqual([1]);
	});

	it('finds names by prefix before names that only contain the text', () => {
		expect(findCustomers(table, 'zhang', 10)).toEqual([1, 3]);
		expect(findCustomers(table, '张', 10)).toEqual([0]);
	});

	it('returns nothing for an empty query and stops at the limit', () => {
		expect(findCustomers(table, '  ', 10)).toEqual([]);
		expect(findCustomers(table, 'c', 2)).toHaveLength(2);
	});
});

describe('pinyin search with the pinyin module loaded', () => {
	it('finds 张三 by whole pinyin and by initials, beside Latin names that start the same', async () => {
		const py = await import('$lib/domain/pinyin');
		expect(findCustomers(table, 'zhangsan', 10, py)).toEqual([0]);
		expect(findCustomers(table, 'zs', 10, py)).toEqual([0]);
		// "zhang" is a prefix of 张三's pinyin and of "Zhang Wei"; "Anna Zhang" only contains it.
		expect(findCustomers(table, 'zhang', 10, py)).toEqual([0, 1, 3]);
		// Without the module (not loaded yet) the plain search still answers.
		expect(findCustomers(table, 'zs', 10)).toEqual([]);
	});
});
