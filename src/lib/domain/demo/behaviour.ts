// Who the demo customers are: six behaviour types in a realistic mix, each turned into a profile of
// purchase rate, basket size, price level, seasonality and (for some) an upgrade or a fade in time.

import { CATEGORIES, CHANNEL_WEIGHTS, PRODUCTS, REGION_WEIGHTS } from './catalog';
import { chineseName, englishName, mobileNumber } from './people';
import type { SeededRandom } from './random';

export type BehaviourType = 'loyal' | 'regular' | 'bargain' | 'oneOff' | 'fading' | 'new';

/**
 * The mix, as shares of the customers who exist by endDate:
 * loyal big spenders 8% (frequent, high order value, steady through the year),
 * regulars 25% (about monthly; some upgrade or start fading later),
 * bargain hunters 20% (frequent small orders, strongly drawn to 618 / Double 11 promotions),
 * one-off buyers 25% (a single order), fading customers 15% (active, then slowing and stopping
 * 1½–9 months before endDate), new customers 7% (joined in the last ~100 days).
 */
export const BEHAVIOUR_MIX: readonly (readonly [BehaviourType, number])[] = [
	['loyal', 0.08],
	['regular', 0.25],
	['bargain', 0.2],
	['oneOff', 0.25],
	['fading', 0.15],
	['new', 0.07]
];
/** Customers who appear after endDate (the laterMonths period) are ordinary newcomers. */
const LATER_MIX: readonly (readonly [BehaviourType, number])[] = [
	['loyal', 0.06],
	['regular', 0.34],
	['bargain', 0.25],
	['oneOff', 0.35]
];

/** The timeline in whole days since 1970-01-01. */
export interface DemoWindow {
	startDay: number; // first day of history
	endDay: number; // endDate
	horizonDay: number; // endDate + laterMonths: nothing is emitted after it
}

export interface CustomerProfile {
	behaviour: BehaviourType;
	nameZh: string;
	nameEn: string;
	phone: string;
	region: number;
	channel: number; // preferred channel
	signupDay: number;
	firstOrderDay: number;
	ratePerDay: number; // orders per day before seasonality and trend
	seasonSensitivity: number; // exponent on the seasonal factor
	upgradeDay: number; // from this day rate and price level rise (Infinity: never)
	upgradeFactor: number;
	fadeStartDay: number; // from here the rate falls linearly to 15% … (Infinity: never)
	stopDay: number; // … and the customer stops buying (Infinity: never)
	lineWeights: readonly number[]; // P(1, 2, 3 lines in an order)
	extraQuantity: number; // Poisson mean of units beyond the first
	promoDiscount: number; // price multiplier on promotion days
	productCumulative: Float64Array; // prefix sums of product preference weights
}

const MONTH = 30.44;
const PRICE_SPREAD = 0.9; // log-price tolerance around a customer's preferred price level

function pickBehaviour(
	random: SeededRandom,
	mix: readonly (readonly [BehaviourType, number])[]
): BehaviourType {
	return mix[random.weightedIndex(mix.map(([, w]) => w))][0];
}

function productPreferences(random: SeededRandom, priceLevel: number): Float64Array {
	const favourite1 = random.int(0, CATEGORIES.length - 1);
	const favourite2 = random.int(0, CATEGORIES.length - 1);
	const cumulative = new Float64Array(PRODUCTS.length);
	let total = 0;
	for (let i = 0; i < PRODUCTS.length; i++) {
		const product = PRODUCTS[i];
		const distance = Math.log(product.price / priceLevel) / PRICE_SPREAD;
		const favour = product.category === favourite1 || product.category === favourite2 ? 4 : 1;
		total += product.popularity * favour * Math.exp(-0.5 * distance * distance);
		cumulative[i] = total;
	}
	return cumulative;
}

/**
 * Draws one customer's whole profile. The number of draws never depends on the horizon, so the same
 * seed gives the same customer whatever laterMonths is. `later` marks a customer who joins after endDate.
 */
export function createProfile(random: SeededRandom, window: DemoWindow, later: boolean): CustomerProfile {
	const { startDay, endDay, horizonDay } = window;
	const span = endDay - startDay;
	const behaviour = pickBehaviour(random, later ? LATER_MIX : BEHAVIOUR_MIX);
	const nameZh = chineseName(random);
	const nameEn = englishName(random);
	const phone = mobileNumber(random);
	const region = random.weightedIndex(REGION_WEIGHTS);
	const channel = random.weightedIndex(CHANNEL_WEIGHTS);
	const u = [random.next(), random.next(), random.next(), random.next(), random.next(), random.next()];

	let signupFrom = startDay - 365;
	let signupTo = endDay - 90;
	let perMonth = 0.3 + 0.35 * u[0];
	let priceLevel = random.lognormal(Math.log(110), 0.4);
	let seasonSensitivity = 1;
	let lineWeights = [0.68, 0.24, 0.08];
	let extraQuantity = 0.25;
	let promoDiscount = 0.88;
	let upgradeDay = Infinity;
	let upgradeFactor = 1;
	let fadeStartDay = Infinity;
	let stopDay = Infinity;

	switch (behaviour) {
		case 'loyal':
			signupFrom = startDay - 540;
			perMonth = 1.0 + 0.8 * u[0];
			priceLevel *= 2.2;
			seasonSensitivity = 0.5;
			lineWeights = [0.45, 0.35, 0.2];
			break;
		case 'regular':
			// Some regulars change after endDate (or just before it): an upgrade, or the start of a fade.
			if (u[1] < 0.12) {
				upgradeDay = endDay - 180 + Math.floor(u[2] * 545);
				upgradeFactor = 2;
			} else if (u[1] < 0.24) {
				fadeStartDay = endDay - 90 + Math.floor(u[2] * 390);
				stopDay = fadeStartDay + 90 + Math.floor(u[3] * 150);
			}
			break;
		case 'bargain':
			perMonth = 0.5 + 0.6 * u[0];
			priceLevel *= 0.4;
			seasonSensitivity = 1.7;
			lineWeights = [0.55, 0.3, 0.15];
			extraQuantity = 0.8;
			promoDiscount = 0.75;
			break;
		case 'oneOff':
			signupFrom = startDay;
			signupTo = endDay - 7;
			break;
		case 'fading':
			perMonth = 0.6 + 0.6 * u[0];
			stopDay = endDay - 45 - Math.floor(u[2] * 225);
			fadeStartDay = stopDay - 90 - Math.floor(u[3] * 150);
			signupTo = Math.min(startDay + Math.floor(0.4 * span), fadeStartDay - 60);
			break;
		case 'new':
			signupFrom = endDay - 100;
			signupTo = endDay;
			perMonth = 0.5 + 0.7 * u[0];
			break;
	}
	if (later) {
		signupFrom = endDay + 1;
		signupTo = horizonDay;
	}
	const signupDay = signupFrom + Math.floor(u[4] * (signupTo - signupFrom + 1));
	const ratePerDay = perMonth / MONTH;
	// Members who joined before the history window: their first order in the window follows the same Poisson rate.
	let firstOrderDay =
		signupDay >= startDay
			? signupDay
			: startDay + Math.floor(Math.min(-Math.log(1 - u[5]) / ratePerDay, span));
	// Keep at least a month of ordinary buying before a fade begins, without ever buying before signing up.
	if (firstOrderDay > fadeStartDay - 30) {
		if (signupDay < startDay) firstOrderDay = Math.max(startDay, fadeStartDay - 30);
		else {
			const shift = firstOrderDay + 30 - fadeStartDay;
			fadeStartDay += shift;
			stopDay += shift;
		}
	}

	return {
		behaviour,
		nameZh,
		nameEn,
		phone,
		region,
		channel,
		signupDay,
		firstOrderDay,
		ratePerDay,
		seasonSensitivity,
		upgradeDay,
		upgradeFactor,
		fadeStartDay,
		stopDay,
		lineWeights,
		extraQuantity,
		promoDiscount,
		productCumulative: productPreferences(random, priceLevel)
	};
}
