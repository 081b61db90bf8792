// Exports from outside China and the English-speaking world: German, Spanish, Japanese headers, ERP
// abbreviations (NET_AMT), web shops that know customers by e-mail, and headers in a language no list knows,
// where only the values can tell the roles. Customer lists must not get an "amount" from a guess.
import { describe, expect, it } from 'vitest';
import { guessMapping } from '$lib/domain/mapping';

/** Order lines: ids repeat, dates in the given shape, decimal amounts. */
function lines(id: (k: number) => string, date: (k: number) => string, amount: (k: number) => string) {
	return Array.from({ length: 12 }, (_, k) => [id(k % 4), date(k), amount(k)]);
}
const roles = (headers: string[], rows: string[][]) => guessMapping(headers, rows).columns.map((c) => c.role);

describe('headers in other languages and shapes', () => {
	it('reads a German export: Kundennummer, Datum (dd.mm.yyyy), Betrag (decimal comma)', () => {
		const rows = lines(
			(k) => `K-10${k}`,
			(k) => `${k + 13}.03.2024`,
			(k) => `${k + 1},50`
		);
		const g = guessMapping(['Kundennummer', 'Datum', 'Betrag'], rows);
		expect(g.columns.map((c) => c.role)).toEqual(['customerId', 'orderDate', 'amount']);
		expect(g.columns[1].dateOrder).toBe('dmy');
		expect(g.shape).toBe('transactions');
	});

	it('reads Spanish and Japanese headers', () => {
		const rows = lines(
			(k) => `C${k}00`,
			(k) => `2024-03-${String(k + 1).padStart(2, '0')}`,
			(k) => `${k}.25`
		);
		expect(roles(['Cliente', 'Fecha', 'Importe'], rows)).toEqual(['customerId', 'orderDate', 'amount']);
		expect(roles(['顧客ID', '注文日', '金額'], rows)).toEqual(['customerId', 'orderDate', 'amount']);
	});

	it('reads ERP abbreviations: CUST_NO, POST_DATE (yyyymmdd), NET_AMT with (123.45) negatives', () => {
		const rows = lines(
			(k) => `C0007${k}`,
			(k) => `202403${String(k + 1).padStart(2, '0')}`,
			(k) => (k === 3 ? '(587.59)' : `${k + 1}.59`)
		).map((r) => [...r, '']);
		expect(roles(['CUST_NO', 'POST_DATE', 'NET_AMT', ''], rows).slice(0, 3)).toEqual([
			'customerId',
			'orderDate',
			'amount'
		]);
	});

	it('takes the e-mail as the customer of a web shop that has no customer id column', () => {
		const rows = Array.from({ length: 8 }, (_, k) => [
			`#${1000 + k}`,
			`c${k % 3}@example.com`,
			`3/${k + 1}/2024 3:27 PM`,
			`$${k + 10}.00`
		]);
		expect(roles(['Name', 'Email', 'Created at', 'Total'], rows).slice(1)).toEqual([
			'customerId',
			'orderDate',
			'amount'
		]);
	});

	it('falls back on the values when no header is known: dates become the order date, decimals the amount', () => {
		const rows = lines(
			(k) => `AS-00${k}`,
			(k) => `2024/03/${k + 1}`,
			(k) => `${k * 3}.75`
		);
		const g = guessMapping(['Koodi', 'Päivämäärä', 'Summa'], rows);
		expect(g.columns.map((c) => c.role)).toEqual(['customerId', 'orderDate', 'amount']);
		// A guess from values is shown as a guess: lower confidence than a known header.
		expect(g.columns[1].confidence).toBeLessThan(0.5);
	});

	it('does not invent an amount for a customer list (no dates, one row per customer)', () => {
		const rows = Array.from({ length: 10 }, (_, k) => [
			String(k + 1),
			k % 2 ? 'Male' : 'Female',
			`${20 + k}`,
			`${k}.5`
		]);
		const g = guessMapping(['CustomerID', 'Gender', 'Age', 'Score'], rows);
		expect(g.columns.map((c) => c.role)).not.toContain('amount');
		expect(g.columns.map((c) => c.role)).not.toContain('orderDate');
	});

	it('leaves a second date column alone when a header already named the order date', () => {
		const rows = lines(
			(k) => `C${k}`,
			(k) => `2024-03-0${(k % 9) + 1}`,
			(k) => `${k}.5`
		).map((r) => [...r, '2024-05-01']);
		expect(roles(['customer', 'order date', 'amount', 'Lieferung'], rows)).toEqual([
			'customerId',
			'orderDate',
			'amount',
			'text'
		]);
	});
});

describe('Traditional Chinese headers (Taiwan, Hong Kong)', () => {
	it('match the same roles as their simplified forms', () => {
		const rows = Array.from({ length: 8 }, (_, k) => [
			`M0000${k % 3}`,
			'陳美玲',
			`2024/3/${k + 1}`,
			`NT$${k + 1},200`,
			'已付款'
		]);
		expect(roles(['會員編號', '會員姓名', '訂單日期', '訂單金額', '付款狀態'], rows)).toEqual([
			'customerId',
			'customerName',
			'orderDate',
			'amount',
			'orderStatus'
		]);
	});
});
