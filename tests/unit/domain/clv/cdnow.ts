// Reads the CDNOW per-customer summary fixture (ID, x, t_x, T, zbar; T in weeks).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function readCdnow() {
	const path = fileURLToPath(
		new URL('../../../fixtures/cdnow/cdnow_customers_summary_with_transactions.csv', import.meta.url)
	);
	const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	const header = lines[0].split(',');
	const col = (name: string) => header.indexOf(name);
	const rows = lines.slice(1).map((l) => l.split(',').map(Number));
	const pick = (name: string) => Float64Array.from(rows, (r) => r[col(name)]);
	return { header, x: pick('x'), tx: pick('t_x'), T: pick('T'), monetary: pick('zbar') };
}
