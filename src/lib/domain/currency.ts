// Guesses a dataset's currency from what its file shows (headers, the file name, sample cells): ¥/￥/CNY/RMB/元
// → CNY, $/USD → USD, €/EUR → EUR, £/GBP → GBP. The most frequent signal wins; HK$ and US$ are not taken for
// plain dollars' neighbours. Undefined when nothing says — the UI then shows amounts without a symbol.
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
