import { describe, expect, it } from 'vitest';
import { tierColourSlot } from '$lib/components/ui/tier-colour';

describe('tierColourSlot', () => {
	it('gives tiers 1 to 6 their own colours 1 to 6', () => {
		expect([1, 2, 3, 4, 5, 6].map(tierColourSlot)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('starts the palette again at tier 7 (colour 1) and tier 12 (colour 6)', () => {
		expect(tierColourSlot(7)).toBe(1);
		expect(tierColourSlot(12)).toBe(6);
	});

	it('gives 0, negative and NaN tiers the top colour instead of an undefined variable', () => {
		expect(tierColourSlot(0)).toBe(1);
		expect(tierColourSlot(-3)).toBe(1);
		expect(tierColourSlot(Number.NaN)).toBe(1);
	});
});
