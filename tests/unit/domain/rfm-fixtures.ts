// Loads the two real-data-shaped RFM fixtures into indicator columns, computed plainly here so the tests do not
// lean on the code under test: the heavy-ties order export and the CDNOW customer summary.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = (p: string) => fileURLToPath(new URL(`../../fixtures/${p}`, import.meta.url));

export interface RfmColumns {
	ids: string[];
	recencyDays: Float64Array;
	frequency: Float64Array;
	monetary: Float64Array;
}

/** tests/fixtures/heavy-ties/orders.csv: frequency = orders, recency = days before the last day in the file. */
export function heavyTies(): RfmColumns {
	const lines = readFileSync(fixture('heavy-ties/orders.csv'), 'utf8').trim().split('\n').slice(1);
	const byId = new Map<string, { last: number; orders: number; spend: number }>();
	let lastDay = 0;
	for (const line of lines) {
		const [, id, , , date, amount] = line.split(',');
		const d = Date.parse(date) / 86_400_000;
		lastDay = Math.max(lastDay, d);
		const c = byId.get(id) ?? { last: -Infinity, orders: 0, spend: 0 };
		c.last = Math.max(c.last, d);
		c.orders++;
		c.spend += Number(amount);
		byId.set(id, c);
	}
	const ids = [...byId.keys()];
	return {
		ids,
		recencyDays: Float64Array.from(ids, (id) => lastDay - byId.get(id)!.last),
		frequency: Float64Array.from(ids, (id) => byId.get(id)!.orders),
		monetary: Float64Array.from(ids, (id) => byId.get(id)!.spend)
	};
}

/**
 * CDNOW summary (x repeat purchases, t_x and T in weeks, zbar mean repeat spend): frequency = x + 1, recency =
 * (T − t_x) weeks in days, monetary = zbar (0 for the one-time buyers — a large block of equal amounts).
 */
export function cdnow(): RfmColumns {
	const lines = readFileSync(fixture('cdnow/cdnow_customers_summary_with_transactions.csv'), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(',').map(Number));
	return {
		ids: lines.map((l) => String(l[0])),
		recencyDays: Float64Array.from(lines, (l) => Math.round((l[3] - l[2]) * 7)),
		frequency: Float64Array.from(lines, (l) => l[1] + 1),
		monetary: Float64Array.from(lines, (l) => l[4])
	};
}
