// Lookup for the phone view: exact id or phone first, then prefix matches, then names containing the text —
// the order a salesperson typing on a phone expects. Digits-only queries also match phones without spaces.
// With the pinyin module loaded (lazily, by the page), "zhangsan" or "zs" also finds 张三, among the prefixes.
import type { CustomerTable } from '$lib/domain/tiering-types';
import type * as Pinyin from '$lib/domain/pinyin';

type PinyinModule = Pick<typeof Pinyin, 'pinyinKeys' | 'pinyinQuery' | 'matchesPinyin'>;
type Keys = ReturnType<PinyinModule['pinyinKeys']>;
/** Each name list's pinyin keys, made once on the first pinyin query (the list is replaced, never edited). */
const keyCache = new WeakMap<readonly string[], Keys[]>();

function keysOf(names: readonly string[], py: PinyinModule): Keys[] {
	let keys = keyCache.get(names);
	if (!keys) keyCache.set(names, (keys = names.map((n) => py.pinyinKeys(n))));
	return keys;
}

export function findCustomers(
	table: Pick<CustomerTable, 'ids' | 'names' | 'phones'>,
	query: string,
	limit: number,
	pinyin?: PinyinModule
): number[] {
	const q = query.trim().toLowerCase();
	if (!q) return [];
	const digits = q.replace(/[\s-]/g, '');
	const pq = pinyin && table.names ? pinyin.pinyinQuery(q) : undefined;
	const keys = pq && pinyin && table.names ? keysOf(table.names, pinyin) : undefined;
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
			name.startsWith(q) ||
			(keys && pinyin!.matchesPinyin(keys[i], pq!))
		)
			prefix.push(i);
		else if (name.includes(q) || id.includes(q) || (phone && digits.length >= 4 && phone.includes(digits)))
			contains.push(i);
		if (exact.length >= limit) break;
	}
	return [...exact, ...prefix, ...contains].slice(0, limit);
}
