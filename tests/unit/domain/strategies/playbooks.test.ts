import { describe, expect, it } from 'vitest';
import { defaultPlaybooks, textIn, totalBudgetShare } from '$lib/domain/strategies/playbooks';

describe('defaultPlaybooks', () => {
	it('targets the top, second and bottom tier of the current tiering and spends 100% of the budget', () => {
		const list = defaultPlaybooks({ tierIds: ['diamond', 'gold', 'silver', 'regular'] });
		const tierRule = (id: string) => list.find((p) => p.id === id)?.rule.all[0];
		expect(tierRule('top-tier')).toEqual({ kind: 'tier', in: ['diamond'] });
		expect(tierRule('second-tier')).toEqual({ kind: 'tier', in: ['gold'] });
		expect(tierRule('low-value')).toEqual({ kind: 'tier', in: ['regular'] });
		expect(totalBudgetShare(list)).toBe(30 + 25 + 15 + 12 + 8 + 5 + 5);
		expect(totalBudgetShare(list)).toBe(100);
	});

	it('has every text in both languages', () => {
		for (const p of defaultPlaybooks({ tierIds: ['a', 'b', 'c'] })) {
			for (const text of [p.name, p.goal, ...p.actions]) {
				expect(text.en.length).toBeGreaterThan(0);
				expect(text['zh-CN'].length).toBeGreaterThan(0);
			}
		}
	});

	it('falls back to the other language when a text was written in one only', () => {
		expect(textIn({ en: 'Call', 'zh-CN': '' }, 'zh-CN')).toBe('Call');
		expect(textIn({ en: 'Call', 'zh-CN': '致电' }, 'zh-CN')).toBe('致电');
	});
});
