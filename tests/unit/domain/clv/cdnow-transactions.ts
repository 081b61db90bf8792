// Reads the CDNOW 1/10 sample as transactions (master id, sample id, YYYYMMDD, CDs, dollars per line).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TransactionColumns } from '$lib/domain/transactions';

export function readCdnowTransactions(): { tx: TransactionColumns; customerCount: number } {
	const path = fileURLToPath(new URL('../../../fixtures/cdnow/CDNOW_sample.txt', import.meta.url));
	const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	const ids = new Map<string, number>();
	const customer = new Int32Array(lines.length);
	const date = new Float64Array(lines.length);
	const amount = new Float64Array(lines.length);
	lines.forEach((line, i) => {
		const [, id, ymd, , dollars] = line.trim().split(/\s+/);
		let c = ids.get(id);
		if (c === undefined) ids.set(id, (c = ids.size));
		customer[i] = c;
		date[i] = Date.UTC(+ymd.slice(0, 4), +ymd.slice(4, 6) - 1, +ymd.slice(6, 8));
		amount[i] = Number(dollars);
	});
	return { tx: { customer, date, amount }, customerCount: ids.size };
}
