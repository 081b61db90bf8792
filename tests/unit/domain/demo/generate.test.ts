import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoTransactions, type DemoTable } from '$lib/domain/demo';
import { formatCents } from '$lib/domain/demo/generate';

// Column positions, in the order the brief fixes.
const [CUSTOMER, NAME, PHONE, ORDER, DATE, PRODUCT, CATEGORY, QTY, PRICE, AMOUNT, CHANNEL, REGION, SIGNUP] = [
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
];
const DAY_MS = 86_400_000;

/** Independent date parser for the tests: `2024-03-05` or `2024/3/5` → days since 1970, via Date.UTC. */
function dayOf(text: string): number {
	const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
	if (!m) return NaN;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? Date.UTC(y, mo - 1, d) / DAY_MS : NaN;
}
const cents = (text: string): number => Math.round(Number(text) * 100);
const isRefund = (row: string[]): boolean => row[ORDER].endsWith('-R');

function ordersByCustomer(table: DemoTable): Map<string, Set<string>> {
	const orders = new Map<string, Set<string>>();
	for (const row of table.rows) {
		if (!orders.has(row[CUSTOMER])) orders.set(row[CUSTOMER], new Set());
		if (!isRefund(row)) orders.get(row[CUSTOMER])!.add(row[ORDER]);
	}
	return orders;
}

let table: DemoTable;
// Speed is measured by `npm run bench`, never by a timed unit test.
beforeAll(() => {
	table = generateDemoTransactions({ variant: 'en' });
}, 30_000);

// Whole-table scans of ~100k rows: generous limits so a busy machine doesn't fail them.
describe('generateDemoTransactions — default size', { timeout: 20_000 }, () => {
	it('makes 5000 customers and 60,000–120,000 lines', () => {
		expect(table.customerCount).toBe(5000);
		expect(ordersByCustomer(table).size).toBe(5000);
		expect(table.rows.length).toBeGreaterThanOrEqual(60_000);
		expect(table.rows.length).toBeLessThanOrEqual(120_000);
	});

	it('uses the English headers, and every row has one cell per header', () => {
		expect(table.headers).toEqual([
			'Customer ID',
			'Customer Name',
			'Phone',
			'Order ID',
			'Order Date',
			'Product',
			'Category',
			'Quantity',
			'Unit Price',
			'Amount',
			'Channel',
			'Region',
			'Signup Date'
		]);
		expect(table.rows.filter((row) => row.length !== 13).length).toBe(0);
	});

	it('writes ids as zero-padded text, phones as 11-digit 13/15/18 numbers, money with two decimals', () => {
		const malformed = table.rows.filter(
			(row) =>
				!/^C\d{6}$/.test(row[CUSTOMER]) ||
				!/^1[358]\d{9}$/.test(row[PHONE]) ||
				!/^SO\d{8}(-R)?$/.test(row[ORDER]) ||
				!/^-?[1-9]\d*$/.test(row[QTY]) ||
				!/^\d+\.\d{2}$/.test(row[PRICE]) ||
				!/^-?\d+\.\d{2}$/.test(row[AMOUNT]) ||
				!/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(row[NAME])
		);
		expect(malformed.slice(0, 3)).toEqual([]);
		expect(table.rows.some((row) => row[CUSTOMER] === 'C000001')).toBe(true);
	});

	it('keeps each customer’s name, phone, region and signup date constant, and phones unique', () => {
		const identity = new Map<string, string>();
		const phoneOwner = new Map<string, string>();
		let conflicts = 0;
		for (const row of table.rows) {
			const id = [row[NAME], row[PHONE], row[REGION], row[SIGNUP]].join('|');
			if ((identity.get(row[CUSTOMER]) ?? id) !== id) conflicts++;
			if ((phoneOwner.get(row[PHONE]) ?? row[CUSTOMER]) !== row[CUSTOMER]) conflicts++;
			identity.set(row[CUSTOMER], id);
			phoneOwner.set(row[PHONE], row[CUSTOMER]);
		}
		expect(conflicts).toBe(0);
		expect(phoneOwner.size).toBe(5000);
	});

	it('gives each order id one customer, one date and one channel, with 1–3 lines', () => {
		const orders = new Map<string, { key: string; lines: number }>();
		let conflicts = 0;
		for (const row of table.rows) {
			const key = [row[CUSTOMER], row[DATE], row[CHANNEL]].join('|');
			const seen = orders.get(row[ORDER]);
			if (seen) {
				if (seen.key !== key) conflicts++;
				seen.lines++;
			} else orders.set(row[ORDER], { key, lines: 1 });
		}
		expect(conflicts).toBe(0);
		const sales = [...orders.entries()].filter(([id]) => !id.endsWith('-R'));
		const multiLine = sales.filter(([, o]) => o.lines >= 2).length / sales.length;
		expect(Math.max(...sales.map(([, o]) => o.lines))).toBe(3);
		expect(multiLine).toBeGreaterThan(0.15);
		expect(multiLine).toBeLessThan(0.6);
	});

	it('makes Amount = Quantity × Unit Price on every line', () => {
		const wrong = table.rows.filter((row) => cents(row[AMOUNT]) !== Number(row[QTY]) * cents(row[PRICE]));
		expect(wrong.slice(0, 3)).toEqual([]);
	});

	it('dates every order and signup as a real ISO day, orders within the 2.5 years to 2025-12-31', () => {
		const first = Date.UTC(2023, 6, 1) / DAY_MS; // 2.5 years before 2025-12-31 is about 1 July 2023
		const last = Date.UTC(2025, 11, 31) / DAY_MS;
		const firstOrder = new Map<string, number>();
		const iso = /^\d{4}-\d{2}-\d{2}$/;
		const bad: string[][] = [];
		for (const row of table.rows) {
			const day = dayOf(row[DATE]);
			if (!iso.test(row[DATE]) || !iso.test(row[SIGNUP]) || !(day >= first && day <= last)) bad.push(row);
			if (Number.isNaN(dayOf(row[SIGNUP]))) bad.push(row);
			firstOrder.set(row[CUSTOMER], Math.min(firstOrder.get(row[CUSTOMER]) ?? Infinity, day));
		}
		expect(bad.slice(0, 3)).toEqual([]);
		// Nobody buys before signing up.
		const early = table.rows.filter((row) => dayOf(row[SIGNUP]) > firstOrder.get(row[CUSTOMER])!);
		expect(early.slice(0, 3)).toEqual([]);
	});

	it('has between 15% and 35% one-off buyers (exactly one order)', () => {
		const orders = ordersByCustomer(table);
		const oneOff = [...orders.values()].filter((ids) => ids.size === 1).length / orders.size;
		expect(oneOff).toBeGreaterThan(0.15);
		expect(oneOff).toBeLessThan(0.35);
	});

	it('sells more in November than in the average month of each full year', () => {
		for (const year of ['2024', '2025']) {
			const perMonth = new Map<string, Set<string>>();
			for (const row of table.rows) {
				if (!row[DATE].startsWith(year) || isRefund(row)) continue;
				const month = row[DATE].slice(5, 7);
				if (!perMonth.has(month)) perMonth.set(month, new Set());
				perMonth.get(month)!.add(row[ORDER]);
			}
			const counts = [...perMonth.values()].map((ids) => ids.size);
			const mean = counts.reduce((a, b) => a + b, 0) / 12;
			expect(perMonth.get('11')!.size).toBeGreaterThan(1.3 * mean);
		}
	});

	it('includes refunds as negative lines (about 2%) dated after the order they reverse', () => {
		const sale = new Map<string, { day: number; customer: string; products: Set<string> }>();
		for (const row of table.rows) {
			if (isRefund(row)) continue;
			const entry = sale.get(row[ORDER]) ?? {
				day: dayOf(row[DATE]),
				customer: row[CUSTOMER],
				products: new Set()
			};
			entry.products.add(row[PRODUCT]);
			sale.set(row[ORDER], entry);
		}
		const refunds = table.rows.filter(isRefund);
		expect(refunds.length / table.rows.length).toBeGreaterThan(0.005);
		expect(refunds.length / table.rows.length).toBeLessThan(0.05);
		for (const row of refunds) {
			expect(cents(row[AMOUNT])).toBeLessThan(0);
			expect(Number(row[QTY])).toBeLessThan(0);
			const original = sale.get(row[ORDER].slice(0, -2))!;
			expect(original.customer).toBe(row[CUSTOMER]);
			expect(original.products.has(row[PRODUCT])).toBe(true);
			expect(dayOf(row[DATE])).toBeGreaterThan(original.day);
		}
		// Only refunds are negative.
		expect(table.rows.filter((row) => cents(row[AMOUNT]) < 0).length).toBe(refunds.length);
	});

	it('has customers who were active and then stopped (fading) as well as ones buying to the end', () => {
		const end = Date.UTC(2025, 11, 31) / DAY_MS;
		const history = new Map<string, { orders: Set<string>; last: number }>();
		for (const row of table.rows) {
			if (isRefund(row)) continue;
			const h = history.get(row[CUSTOMER]) ?? { orders: new Set(), last: -Infinity };
			h.orders.add(row[ORDER]);
			h.last = Math.max(h.last, dayOf(row[DATE]));
			history.set(row[CUSTOMER], h);
		}
		const repeat = [...history.values()].filter((h) => h.orders.size >= 4);
		const stopped = repeat.filter((h) => end - h.last > 60).length;
		expect(stopped / 5000).toBeGreaterThan(0.05);
		expect(repeat.length - stopped).toBeGreaterThan(stopped);
	});
});

describe('generateDemoTransactions — determinism and variants', { timeout: 20_000 }, () => {
	const small = { customers: 400 } as const;
	const text = (t: DemoTable): string => t.rows.map((row) => row.join('\t')).join('\n');

	it('returns identical rows for the same seed, different rows for another seed', () => {
		const a = generateDemoTransactions({ ...small, variant: 'en', seed: 7 });
		const b = generateDemoTransactions({ ...small, variant: 'en', seed: 7 });
		const c = generateDemoTransactions({ ...small, variant: 'en', seed: 8 });
		expect(text(b)).toBe(text(a));
		expect(text(c)).not.toBe(text(a));
		expect(a.customerCount).toBe(400);
	});

	it('reproduces the default-size table exactly from the default seed', () => {
		expect(text(generateDemoTransactions({ variant: 'en', seed: 20240601 }))).toBe(text(table));
	});

	it('writes the zh variant with Chinese headers and values and y/m/d dates', () => {
		const zh = generateDemoTransactions({ ...small, variant: 'zh' });
		expect(zh.headers).toEqual([
			'客户编号',
			'客户姓名',
			'手机号',
			'订单编号',
			'下单日期',
			'商品名称',
			'品类',
			'数量',
			'单价',
			'实付金额',
			'渠道',
			'地区',
			'注册日期'
		]);
		const channels = new Set(zh.rows.map((row) => row[CHANNEL]));
		expect([...channels].sort()).toEqual(['官网商城', '小程序', '电话', '门店'].sort());
		const regions = ['华东', '华南', '华北', '华中', '西南', '东北', '西北'];
		const slashDate = /^\d{4}\/[1-9]\d?\/[1-9]\d?$/;
		const bad = zh.rows.filter(
			(row) =>
				!slashDate.test(row[DATE]) ||
				!slashDate.test(row[SIGNUP]) ||
				Number.isNaN(dayOf(row[DATE])) ||
				!/^[\u4e00-\u9fff]{2,3}$/.test(row[NAME]) ||
				!/[\u4e00-\u9fff]/.test(row[CATEGORY]) ||
				!regions.includes(row[REGION])
		);
		expect(bad.slice(0, 3)).toEqual([]);
		// Same seed, same customers and orders: only the language differs.
		const en = generateDemoTransactions({ ...small, variant: 'en' });
		expect(zh.rows.map((row) => row[ORDER] + row[AMOUNT])).toEqual(
			en.rows.map((row) => row[ORDER] + row[AMOUNT])
		);
	});

	it('continues the same history for laterMonths, identical up to endDate, with newcomers after it', () => {
		const base = generateDemoTransactions({ ...small, variant: 'en', seed: 11 });
		const later = generateDemoTransactions({ ...small, variant: 'en', seed: 11, laterMonths: 6 });
		const end = Date.UTC(2025, 11, 31) / DAY_MS;
		const horizon = Date.UTC(2026, 5, 30) / DAY_MS; // 31 Dec + 6 months, clamped to 30 June
		expect(text({ ...later, rows: later.rows.slice(0, base.rows.length) })).toBe(text(base));
		const tail = later.rows.slice(base.rows.length);
		expect(tail.length).toBeGreaterThan(0);
		for (const row of tail) {
			expect(dayOf(row[DATE])).toBeGreaterThan(end);
			expect(dayOf(row[DATE])).toBeLessThanOrEqual(horizon);
		}
		const returning = new Set(
			tail.filter((row) => Number(row[CUSTOMER].slice(1)) <= 400).map((r) => r[CUSTOMER])
		);
		const newcomers = tail.filter((row) => Number(row[CUSTOMER].slice(1)) > 400);
		expect(returning.size).toBeGreaterThan(100);
		expect(newcomers.length).toBeGreaterThan(0);
		for (const row of newcomers) expect(dayOf(row[SIGNUP])).toBeGreaterThan(end);
		expect(later.customerCount).toBe(new Set(later.rows.map((row) => row[CUSTOMER])).size);
		expect(later.customerCount).toBeGreaterThan(400);
	});
});

describe('formatCents', () => {
	it('writes cents as a plain two-decimal number', () => {
		expect(formatCents(12345)).toBe('123.45');
		expect(formatCents(5)).toBe('0.05');
		expect(formatCents(-500)).toBe('-5.00');
		expect(formatCents(0)).toBe('0.00');
	});
});
