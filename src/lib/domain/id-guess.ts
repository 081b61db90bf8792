// When no header names the customer id, the values may: a phone column (a shop's customers are their phone
// numbers), else a column of repeating codes such as 客户0001 / C-1042 / 85123A in a file of order lines.
import type { ColumnRole } from './columns';
import type { ColumnProfile } from './parse/profile';

// A code: optional letters or CJK before digits, optional letters after (客户0001, VIP-0042, C1042, u_17850).
const CODE = /^[\p{L}_-]{0,12}\d{2,}[A-Za-z]?$/u;

/** Share of values that look like codes (not plain numbers, not dates). */
function codeShare(p: ColumnProfile): number {
	let codes = 0;
	for (const v of p.values) if (CODE.test(v)) codes++;
	return p.count === 0 ? 0 : codes / p.count;
}

/**
 * The column to take as customer id when no header named one: the phone column if there is one, then e-mail, else the
 * leftmost unclaimed column whose values look like codes and repeat across rows (several lines per customer).
 * Columns already given a specific role (dates, amounts, order numbers, products) are never taken.
 */
export function customerIdFallback(
	roles: readonly (ColumnRole | undefined)[],
	profiles: readonly ColumnProfile[]
): { source: number; confidence: number } | undefined {
	const phone = roles.indexOf('phone');
	if (phone >= 0) return { source: phone, confidence: 0.5 };
	// Web shops (Shopify, WooCommerce) know their customers by e-mail address.
	const email = roles.indexOf('email');
	if (email >= 0) return { source: email, confidence: 0.5 };
	for (let i = 0; i < profiles.length; i++) {
		const p = profiles[i];
		const role = roles[i];
		if (role !== undefined && role !== 'text' && role !== 'categorical' && role !== 'customerName') continue;
		if (p.count < 2 || p.distinct >= p.count || p.dates >= p.count * 0.5) continue;
		if (p.numeric >= p.count * 0.5 && !p.identifier) continue; // quantities repeat too
		if (p.identifier || codeShare(p) >= 0.9) return { source: i, confidence: 0.45 };
	}
	return undefined;
}
