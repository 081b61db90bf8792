// Small input files written by the tests themselves, into a temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'strata-files-'));

export function writeTempFile(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

/** A transaction CSV of `lines` order lines over `customers` customers, big enough to cancel mid-way. */
export function transactionCsv(lines: number, customers: number): string {
	const parts = ['customer_id,order_id,order_date,amount,category'];
	for (let i = 0; i < lines; i++) {
		const day = 1 + (i % 28);
		parts.push(
			`C${String(i % customers).padStart(6, '0')},O${i},2024-03-${String(day).padStart(2, '0')},${(i % 500) + 0.5},Home`
		);
	}
	return parts.join('\n') + '\n';
}
