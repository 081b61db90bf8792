// The app's sections in navigation order; the phone tab bar shows the `phone: 'tab'` ones and puts the
// rest under "More" so every target stays a thumb-sized tap on a 360 px screen.
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import type { IconName } from './icon-paths';

export interface NavItem {
	/** Pass through resolve() where it becomes a link (the lint rule checks each href). */
	route: Pathname;
	labelKey: string;
	icon: IconName;
	phone: 'tab' | 'more';
}

export const NAV_ITEMS: readonly NavItem[] = [
	{ route: '/import', labelKey: 'nav.import', icon: 'import', phone: 'more' },
	{ route: '/overview', labelKey: 'nav.overview', icon: 'overview', phone: 'tab' },
	{ route: '/customers', labelKey: 'nav.customers', icon: 'customers', phone: 'more' },
	{ route: '/lookup', labelKey: 'nav.lookup', icon: 'search', phone: 'tab' },
	{ route: '/clusters', labelKey: 'nav.clusters', icon: 'clusters', phone: 'more' },
	{ route: '/churn', labelKey: 'nav.churn', icon: 'churn', phone: 'tab' },
	{ route: '/clv', labelKey: 'nav.clv', icon: 'overview', phone: 'more' },
	{ route: '/strategies', labelKey: 'nav.strategies', icon: 'strategies', phone: 'tab' },
	{ route: '/report', labelKey: 'nav.report', icon: 'report', phone: 'more' },
	{ route: '/settings', labelKey: 'nav.settings', icon: 'settings', phone: 'more' }
];

/** A section is current on its own page and on any page below it (e.g. /customers/123). */
export function isCurrent(pathname: string, route: Pathname): boolean {
	const href = resolve(route);
	if (route === '/') return pathname === href;
	return pathname === href || pathname.startsWith(`${href}/`);
}
