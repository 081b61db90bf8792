// One customer's purchase history: a non-homogeneous Poisson process (rate × trend × season) sampled
// by thinning, each order with 1–3 lines and an occasional refund. Draws run in time order, so cutting
// at any horizon leaves everything before it unchanged.

import type { CustomerProfile, DemoWindow } from './behaviour';
import { PRODUCTS } from './catalog';
import type { SeededRandom } from './random';
import { SEASON_MAX, isPromotionDay, seasonalFactor } from './seasonality';

const OTHER_CHANNEL_SHARE = 0.25; // orders placed outside the customer's preferred channel
const REFUND_PER_ORDER = 0.03; // → about 2% of lines, since an order has ~1.4 lines
const FADE_FLOOR = 0.15; // rate multiplier reached just before a fading customer stops

/** Orders, lines and refunds of all customers, as parallel plain arrays (cheap to fill and sort). */
export class OrderBook {
	orderDay: number[] = [];
	orderCustomer: number[] = [];
	orderSeq: number[] = []; // order number within its customer
	orderChannel: number[] = [];
	orderFirstLine: number[] = [];
	orderLineCount: number[] = [];
	lineProduct: number[] = [];
	lineQuantity: number[] = [];
	lineUnitCents: number[] = [];
	refundOrder: number[] = [];
	refundLine: number[] = []; // global line index
	refundDay: number[] = [];
}

/** Season multipliers for a range of days, computed once and shared by every customer. */
export class SeasonTable {
	private readonly factors: Float64Array;
	constructor(
		private readonly firstDay: number,
		lastDay: number
	) {
		this.factors = new Float64Array(lastDay - firstDay + 1);
		for (let d = firstDay; d <= lastDay; d++) this.factors[d - firstDay] = seasonalFactor(d);
	}
	at(day: number): number {
		return this.factors[day - this.firstDay];
	}
}

function trend(profile: CustomerProfile, day: number): number {
	let factor = day >= profile.upgradeDay ? profile.upgradeFactor : 1;
	if (day >= profile.fadeStartDay) {
		const progress = (day - profile.fadeStartDay) / (profile.stopDay - profile.fadeStartDay);
		factor *= 1 - (1 - FADE_FLOOR) * Math.min(1, progress);
	}
	return factor;
}

function addOrder(
	book: OrderBook,
	random: SeededRandom,
	profile: CustomerProfile,
	customer: number,
	seq: number,
	day: number
): void {
	const order = book.orderDay.length;
	const channel = random.chance(OTHER_CHANNEL_SHARE) ? random.int(0, 3) : profile.channel;
	const lineCount = 1 + random.weightedIndex(profile.lineWeights);
	const priceFactor = isPromotionDay(day) ? profile.promoDiscount : 1;
	const extraQuantity = profile.extraQuantity + (day >= profile.upgradeDay ? 0.5 : 0);
	const firstLine = book.lineProduct.length;
	let previous = -1;
	for (let k = 0; k < lineCount; k++) {
		let product = random.cumulativeIndex(profile.productCumulative);
		if (product === previous) product = random.cumulativeIndex(profile.productCumulative);
		previous = product;
		book.lineProduct.push(product);
		book.lineQuantity.push(1 + Math.min(5, random.poisson(extraQuantity)));
		book.lineUnitCents.push(Math.round(PRODUCTS[product].price * priceFactor * 100));
	}
	if (random.chance(REFUND_PER_ORDER)) {
		book.refundOrder.push(order);
		book.refundLine.push(firstLine + random.int(0, lineCount - 1));
		book.refundDay.push(day + random.int(3, 20));
	}
	book.orderDay.push(day);
	book.orderCustomer.push(customer);
	book.orderSeq.push(seq);
	book.orderChannel.push(channel);
	book.orderFirstLine.push(firstLine);
	book.orderLineCount.push(lineCount);
}

/** Appends this customer's orders with a day ≤ window.horizonDay to the book. */
export function simulateCustomer(
	book: OrderBook,
	random: SeededRandom,
	profile: CustomerProfile,
	customer: number,
	season: SeasonTable,
	window: DemoWindow
): void {
	let seq = 0;
	addOrder(book, random, profile, customer, seq++, profile.firstOrderDay);
	if (profile.behaviour === 'oneOff') return;
	// Thinning bound: constant for the customer (never measured over the horizon) so draws don't depend on it.
	const ceiling =
		profile.ratePerDay * Math.max(1, profile.upgradeFactor) * Math.pow(SEASON_MAX, profile.seasonSensitivity);
	let t = profile.firstOrderDay + 1;
	for (;;) {
		t += random.exponential(ceiling);
		const day = Math.floor(t);
		if (day >= profile.stopDay || day > window.horizonDay) return;
		const rate =
			profile.ratePerDay * trend(profile, day) * Math.pow(season.at(day), profile.seasonSensitivity);
		if (random.next() * ceiling < rate) addOrder(book, random, profile, customer, seq++, day);
	}
}
