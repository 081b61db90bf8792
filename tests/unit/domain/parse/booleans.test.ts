import { describe, expect, it } from 'vitest';
import { parseBoolean } from '$lib/domain/parse/booleans';

describe('parseBoolean', () => {
	it('reads English and Chinese yes words as 1', () => {
		for (const v of [
			'Yes',
			'yes',
			'YES',
			'Y',
			'y',
			'1',
			'true',
			'TRUE',
			'True',
			'T',
			'是',
			'流失',
			'已流失',
			'churned',
			'Churned'
		])
			expect(parseBoolean(v), v).toBe(1);
	});

	it('reads English and Chinese no words as 0', () => {
		for (const v of [
			'No',
			'no',
			'N',
			'0',
			'false',
			'False',
			'F',
			'否',
			'未流失',
			'没有流失',
			'retained',
			'Retained'
		])
			expect(parseBoolean(v), v).toBe(0);
	});

	it('trims and ignores case', () => {
		expect(parseBoolean('  yEs ')).toBe(1);
		expect(parseBoolean('\tno\t')).toBe(0);
		expect(parseBoolean(' 是 ')).toBe(1);
	});

	it('returns -1 for anything else', () => {
		for (const v of ['', ' ', 'maybe', '2', '-1', 'yes!', 'No phone service', '是否'])
			expect(parseBoolean(v), v).toBe(-1);
	});
});
