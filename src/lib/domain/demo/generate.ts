// The demo dataset: a deterministic order-line history for a fictional retailer, returned as rows of
// strings so it goes through the same import pipeline as a user's file (zero rejected rows by design).

import { createProfile, type CustomerProfile, type DemoWindow } from './behaviour';
import { addMonths, formatIsoDay, formatSlashDay, parseIsoDay } from './calendar';
import { CATEGORIES, CHANNELS, PRODUCTS, REGIONS, type DemoLanguage } from './catalog';
import { SeededRandom, mixSeed } from './random';
import { OrderBook, SeasonTable, simulateCustomer } from './timeline';

export interface DemoOptions {
	seed?: number; // default 20240601
	customers?: number; // default 5000
	variant: DemoLanguage; // column names and value language
	endDate?: string; // ISO date of the last day of history, default '2025-12-31'
	years?: number; // history length, default 2.5 (2–3 years)
	/** Extra months of history after endDate for the SAME customers (a later period, for re-evaluation over time): the rows returned are the whole history up to endDate + laterMonths, generated from the same seed so the first part is identical. Default 0. */
	laterMonths?: number;
}
export interface DemoTable {
	headers: string[];
	rows: string[][];
	customerCount: number;
}

export const DEMO_HEADERS: Record<DemoLanguage, readonly string[]> = {
	en: [
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
	],
	zh: [
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
	]
};

/** Newcomers per later month, as a share of the base customers ("a few new customers appear"). */
const LATER_NEW_PER_MONTH = 0.01;

const customerId = (index: number): string => 'C' + String(index + 1).padStart(6, '0');
const orderId = (rank: number): string => 'SO' + String(rank + 1).padStart(8, '0');

/** Cents as a plain decimal with two places: 12345 → "123.45", -500 → "-5.00". */
export function formatCents(cents: number): string {
	const abs = Math.abs(cents);
	const fraction = abs % 100;
	return (cents < 0 ? '-' : '') + Math.floor(abs / 100) + '.' + (fraction < 10 ? '0' : '') + fraction;
}

function demoWindow(endDate: string, years: number, laterMonths: number): DemoWindow {
	const endDay = parseIsoDay(endDate);
	if (endDay === null) throw new RangeError(`demo endDate must be YYYY-MM-DD, got "${endDate}"`);
	const whole = Math.floor(laterMonths);
	const horizonDay = addMonths(endDay, whole) + Math.round((laterMonths - whole) * 30.44);
	return { startDay: endDay - Math.round(years * 365.25) + 1, endDay, horizonDay };
}

export function generateDemoTransactions(options: DemoOptions): DemoTable {
	const { seed = 20240601, customers = 5000, variant, endDate = '2025-12-31', years = 2.5 } = options;
	const laterMonths = options.laterMonths ?? 0;
	if (!Number.isInteger(customers) || customers < 1)
		throw new RangeError('demo customers must be a positive integer');
	if (!(years > 0) || !(laterMonths >= 0)) throw new RangeError('demo years must be > 0 and laterMonths ≥ 0');
	const window = demoWindow(endDate, years, laterMonths);
	const season = new SeasonTable(window.startDay, window.horizonDay);
	const total = customers + Math.round(customers * LATER_NEW_PER_MONTH * laterMonths);

	// Each customer draws from an own stream: later customers can't shift earlier ones, so runs with
	// different laterMonths agree on everything up to endDate.
	const book = new OrderBook();
	const profiles: CustomerProfile[] = [];
	const phones = new Set<string>();
	for (let c = 0; c < total; c++) {
		const random = new SeededRandom(mixSeed(seed, c));
		const profile = createProfile(random, window, c >= customers);
		// Fake numbers may collide (≈0.5% chance per dataset); step to the next free one, in customer order.
		while (phones.has(profile.phone)) {
			const rest = (Number(profile.phone.slice(3)) + 1) % 100_000_000; // keep the 13x/15x/18x prefix
			profile.phone = profile.phone.slice(0, 3) + String(rest).padStart(8, '0');
		}
		phones.add(profile.phone);
		profiles.push(profile);
		simulateCustomer(book, random, profile, c, season, window);
	}
	return {
		headers: [...DEMO_HEADERS[variant]],
		rows: buildRows(book, profiles, variant, window),
		customerCount: total
	};
}

function buildRows(
	book: OrderBook,
	profiles: CustomerProfile[],
	variant: DemoLanguage,
	window: DemoWindow
): string[][] {
	const format = variant === 'en' ? formatIsoDay : formatSlashDay;
	const dateCache: string[] = [];
	const dateText = (day: number): string => (dateCache[day - window.startDay] ??= format(day));

	// Order ids follow (date, customer, order number): all orders up to endDate get the same ids whatever the horizon.
	const orderCount = book.orderDay.length;
	const byDate = Array.from({ length: orderCount }, (_, i) => i).sort(
		(a, b) =>
			book.orderDay[a] - book.orderDay[b] ||
			book.orderCustomer[a] - book.orderCustomer[b] ||
			book.orderSeq[a] - book.orderSeq[b]
	);
	const rankOf = new Int32Array(orderCount);
	byDate.forEach((order, rank) => (rankOf[order] = rank));

	// Events: orders (i < orderCount) and refunds (i ≥ orderCount) within the horizon, by date, orders first.
	const events: number[] = [...byDate];
	for (let r = 0; r < book.refundDay.length; r++)
		if (book.refundDay[r] <= window.horizonDay) events.push(orderCount + r);
	const dayOf = (e: number): number => (e < orderCount ? book.orderDay[e] : book.refundDay[e - orderCount]);
	const rankKey = (e: number): number =>
		e < orderCount ? rankOf[e] : orderCount + rankOf[book.refundOrder[e - orderCount]];
	events.sort((a, b) => dayOf(a) - dayOf(b) || rankKey(a) - rankKey(b));

	const signupText = profiles.map((p) => format(p.signupDay));
	const rows: string[][] = [];
	const line = (order: number, l: number, day: number, id: string, sign: number): string[] => {
		const p = profiles[book.orderCustomer[order]];
		const product = PRODUCTS[book.lineProduct[l]];
		const quantity = sign * book.lineQuantity[l];
		return [
			customerId(book.orderCustomer[order]),
			variant === 'en' ? p.nameEn : p.nameZh,
			p.phone,
			id,
			dateText(day),
			product[variant],
			CATEGORIES[product.category][variant],
			String(quantity),
			formatCents(book.lineUnitCents[l]),
			formatCents(quantity * book.lineUnitCents[l]),
			CHANNELS[book.orderChannel[order]][variant],
			REGIONS[p.region][variant],
			signupText[book.orderCustomer[order]]
		];
	};
	for (const e of events) {
		if (e < orderCount) {
			const id = orderId(rankOf[e]);
			const first = book.orderFirstLine[e];
			for (let l = first; l < first + book.orderLineCount[e]; l++)
				rows.push(line(e, l, book.orderDay[e], id, 1));
		} else {
			const r = e - orderCount;
			const order = book.refundOrder[r];
			rows.push(line(order, book.refundLine[r], book.refundDay[r], orderId(rankOf[order]) + '-R', -1));
		}
	}
	return rows;
}
