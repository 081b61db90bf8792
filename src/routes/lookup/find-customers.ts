// Lookup for the phone view: exact id or phone first, then prefix matches, then names containing the text —
// the order a salesperson typing on a phone expects. Digits-only queries also match phones without spaces.
import type { CustomerTable } from '$lib/domain/tiering-types';

export function findCustomers(
	table: Pick<CustomerTable, 'ids' | 'names' | 'phones'>,
	query: string,
	limit: number
): number[] {
	const q = query.trim().toLowerCase();
	if (!q) return [];
	const digits = q.replace(/[\s-]/g, '');
	const exact: number[] = [];
	const prefix: number[] = [];
	const contains: number[] = [];
	const n = table.ids.length;
	for (let i = 0; i < n; i++) {
		const id = table.ids[i].toLowerCase();
		const phone = (table.phones?.[i] ?? '').replace(/[\s-]/g, '');
		const name = (table.names?.[i] ?? '').toLowerCase();
		if (id === q || (phone && phone === digits)) exact.push(i);
		else if (
			id.startsWith(q) ||
			(phone && digits.length >= 3 && phone.startsWith(digits)) ||
			name.startsWith(q)
		)
			prefix.push(i);
		else if (name.includes(q) || id.includes(q) || (phone && digits.length >= 4 && phone.includes(digits)))
			contains.push(i);
		if (exact.length >= limit) break;
	}
	return [...exact, ...prefix, ...contains].slice(0, limit);
}
