import { describe, expect, it } from 'vitest';
import { coverFields, coverTitle, MAX_COVER_TEXT } from '$lib/domain/report/cover-fields';

describe('the report cover fields as stored', () => {
	it('keeps the three known text fields as typed, Chinese included', () => {
		expect(coverFields({ title: '2026 年客户分层', consultant: 'Li Wei', client: '华东连锁' })).toEqual({
			title: '2026 年客户分层',
			consultant: 'Li Wei',
			client: '华东连锁'
		});
	});

	it('drops unknown keys and non-text values, and reads nothing from a non-object', () => {
		expect(coverFields({ title: 42, consultant: null, client: 'ACME', script: '<b>' })).toEqual({
			client: 'ACME'
		});
		expect(coverFields(undefined)).toEqual({});
		expect(coverFields('title')).toEqual({});
		expect(coverFields(['a'])).toEqual({});
	});

	it(`cuts text at ${MAX_COVER_TEXT} characters`, () => {
		expect(coverFields({ client: 'x'.repeat(500) }).client).toHaveLength(MAX_COVER_TEXT);
	});
});

describe('the title a cover prints', () => {
	it('is the typed title, or the dataset name when none was typed or it was cleared', () => {
		expect(coverTitle({ title: 'Q4 review' }, 'orders.csv')).toBe('Q4 review');
		expect(coverTitle({}, 'orders.csv')).toBe('orders.csv');
		expect(coverTitle({ title: '   ' }, 'orders.csv')).toBe('orders.csv');
	});
});
