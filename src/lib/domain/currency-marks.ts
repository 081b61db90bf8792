// Every currency mark an amount cell may carry before or after its number, in one list. The number parser
// strips them all (parse/numbers.ts); the currency guess (currency.ts) names a dataset's currency only from
// the marks with a `guess`, and still reads the others, so HK$ or NT$ is never taken for a plain dollar.
import type { GuessedCurrency } from './currency';

export interface CurrencyMark {
	text: string;
	before: boolean;
	after: boolean;
	/** The currency this mark names, for the ones Strata formats; absent = read but never guessed. */
	guess?: GuessedCurrency;
}

const mark = (text: string, where: 'before' | 'after' | 'both', guess?: GuessedCurrency): CurrencyMark => ({
	text,
	before: where !== 'after',
	after: where !== 'before',
	...(guess ? { guess } : {})
});

export const CURRENCY_MARKS: readonly CurrencyMark[] = [
	mark('¥', 'both', 'CNY'),
	mark('￥', 'both', 'CNY'),
	mark('CNY', 'both', 'CNY'),
	mark('RMB', 'both', 'CNY'),
	mark('人民币', 'before', 'CNY'),
	mark('元', 'after', 'CNY'),
	mark('圆', 'after', 'CNY'),
	mark('块', 'after', 'CNY'),
	mark('$', 'both', 'USD'),
	mark('US$', 'before', 'USD'),
	mark('USD', 'both', 'USD'),
	mark('€', 'both', 'EUR'),
	mark('EUR', 'both', 'EUR'),
	mark('£', 'both', 'GBP'),
	mark('GBP', 'both', 'GBP'),
	mark('HK$', 'before'),
	mark('HKD', 'both'),
	mark('JPY', 'both'),
	mark('円', 'after'),
	mark('NT$', 'before'),
	mark('TWD', 'both'),
	mark('NZ$', 'before'),
	mark('S$', 'before'),
	mark('SGD', 'both'),
	mark('A$', 'before'),
	mark('AUD', 'both'),
	mark('C$', 'before'),
	mark('CAD', 'both'),
	mark('R$', 'before'),
	mark('CHF', 'both'),
	mark('₩', 'both'),
	mark('KRW', 'both'),
	mark('원', 'after'),
	mark('₹', 'both'),
	mark('INR', 'both')
];

/** One regex alternation of the marks, longest first so 'US$' wins over '$'. */
export function markAlternation(marks: readonly CurrencyMark[]): string {
	return [...marks]
		.sort((a, b) => b.text.length - a.text.length)
		.map((m) => m.text.replace(/[$]/g, '\\$'))
		.join('|');
}

export const MARKS_BEFORE = CURRENCY_MARKS.filter((m) => m.before);
export const MARKS_AFTER = CURRENCY_MARKS.filter((m) => m.after);
