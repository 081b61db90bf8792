import { describe, expect, it } from 'vitest';
import { isCurrent, NAV_ITEMS } from '$lib/components/ui/nav-items';

describe('isCurrent', () => {
	it('marks a section current on its own page and on pages below it', () => {
		expect(isCurrent('/customers', '/customers')).toBe(true);
		expect(isCurrent('/customers/c-42', '/customers')).toBe(true);
	});

	it('does not mark a section whose name is only a prefix of the page path', () => {
		// '/churn-report' is not inside '/churn'.
		expect(isCurrent('/churn-report', '/churn')).toBe(false);
	});

	it('marks home current only on the home page itself, not on every page', () => {
		expect(isCurrent('/', '/')).toBe(true);
		expect(isCurrent('/overview', '/')).toBe(false);
	});
});

describe('NAV_ITEMS', () => {
	it('lists the sections in the order Import, Overview, Customers, Look up, Clusters, Churn, CLV check, Strategies, Report, Settings', () => {
		expect(NAV_ITEMS.map((item) => item.route)).toEqual([
			'/import',
			'/overview',
			'/customers',
			'/lookup',
			'/clusters',
			'/churn',
			'/clv',
			'/strategies',
			'/report',
			'/settings'
		]);
	});

	it('keeps four tabs plus "More" on a phone so each tab stays at least 72 px wide at 360 px', () => {
		const tabs = NAV_ITEMS.filter((item) => item.phone === 'tab').length;
		expect(tabs).toBe(4);
		expect(360 / (tabs + 1)).toBeGreaterThanOrEqual(72);
	});
});
