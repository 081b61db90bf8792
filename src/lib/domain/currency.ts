// Guesses a dataset's currency from what its file shows (headers, the file name, sample cells): ¥/￥/CNY/RMB/元
// → CNY, $/USD → USD, €/EUR → EUR, £/GBP → GBP. The most frequent signal wins; HK$ and US$ are not taken for
// plain dollars' neighbours. Undefined when nothing says — the UI then shows amounts without a symbol.
import { CURRENCY_MARKS, markAlternation, MARKS_AFTER, MARKS_BEFORE } from './currency-marks';

export type GuessedCurrency = 'CNY' | 'USD' | 'EUR' | 'GBP';

const SIGNALS: [GuessedCurrency, RegExp][] = [
	['CNY', /[¥￥]|\bCNY\b|\bRMB\b|人民币|元/giu],
	['USD', /US\$|(?<![A-Z])\$|\bUSD\b/giu],
	['EUR', /€|\bEUR\b/giu],
	['GBP', /£|\bGBP\b/giu]
];

export function guessCurrency(texts: readonly string[]): GuessedCurrency | undefined {
	const score = new Map<GuessedCurrency, number>();
	for (const text of texts)
		for (const [code, re] of SIGNALS) {
			const hits = text.match(re)?.length ?? 0;
			if (hits) score.set(code, (score.get(code) ?? 0) + hits);
		}
	let best: GuessedCurrency | undefined;
	let top = 0;
	for (const [code, s] of score)
		if (s > top) {
			best = code;
			top = s;
		}
	return best;
}

// Amount cells name their currency often (¥88, $12.50, 88元, US$5, RMB 30, €7): the import reads the symbol off
// each amount it parses and the dataset keeps the most frequent one. A cell that starts and ends with a digit
// costs two character tests and no regex, so a million plain amounts stay cheap.
// The same marks the number parser strips (currency-marks.ts); a mark without a `guess` is read, so it is not
// taken for a dollar, but names no currency.
const CELL_PREFIX = new RegExp(`^[-+(]?\\s*(${markAlternation(MARKS_BEFORE)})`, 'i');
const CELL_SUFFIX = new RegExp(`(${markAlternation(MARKS_AFTER)})\\s*\\)?$`, 'i');
const GUESS_OF = new Map(CURRENCY_MARKS.map((m) => [m.text.toLowerCase(), m.guess]));

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The currency an amount cell names, if any: '¥88' → CNY, '12.50 USD' → USD, '88' → undefined. */
export function currencyOfCell(cell: string): GuessedCurrency | undefined {
	const n = cell.length;
	if (n === 0 || (isDigit(cell.charCodeAt(0)) && isDigit(cell.charCodeAt(n - 1)))) return undefined;
	const s = cell.trim();
	const m = CELL_PREFIX.exec(s) ?? CELL_SUFFIX.exec(s);
	if (!m) return undefined;
	return GUESS_OF.get(m[1].toLowerCase());
}

export type CurrencyCounts = Partial<Record<GuessedCurrency, number>>;

/** Counts one cell's currency into `counts` (mutated: the import calls this per amount). */
export function countCurrency(counts: CurrencyCounts, cell: string): void {
	const code = currencyOfCell(cell);
	if (code) counts[code] = (counts[code] ?? 0) + 1;
}

/** The most frequent currency among the counted cells; ties go to the first in CNY, USD, EUR, GBP order. */
export function dominantCurrency(counts: CurrencyCounts): GuessedCurrency | undefined {
	let best: GuessedCurrency | undefined;
	for (const code of ['CNY', 'USD', 'EUR', 'GBP'] as const)
		if ((counts[code] ?? 0) > (best ? (counts[best] ?? 0) : 0)) best = code;
	return best;
}
