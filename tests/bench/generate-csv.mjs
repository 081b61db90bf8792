// Writes a large synthetic transaction CSV for the benchmark (default 1,000,000 lines, ~100,000 customers,
// ~100 MB) into tests/bench/.data/, deterministically. Not committed: it is regenerated when missing.
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export async function generateTransactionCsv(path, lines = 1_000_000, customers = 100_000) {
	if (existsSync(path) && statSync(path).size > lines * 50) return path;
	mkdirSync(dirname(path), { recursive: true });
	let s = 0x9e3779b9;
	const rand = () => {
		// mulberry32: fast, deterministic
		s = (s + 0x6d2b79f5) | 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const categories = ['Apparel', 'Beauty', 'Home', 'Electronics', 'Grocery', 'Sports', 'Books', 'Toys'];
	const channels = ['Online', 'App', 'Store', 'Phone'];
	const regions = ['East', 'North', 'South', 'West', 'Central', 'Northeast'];
	const start = Date.UTC(2023, 0, 1);
	const span = 3 * 365;
	const out = createWriteStream(path);
	const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
	await write(
		'customer_id,customer_name,phone,order_id,order_date,product,category,quantity,unit_price,amount,channel,region\n'
	);
	let buffer = '';
	for (let i = 0; i < lines; i++) {
		const customer = Math.floor(Math.pow(rand(), 1.3) * customers);
		const day = Math.floor(rand() * span);
		const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
		const cat = Math.floor(rand() * categories.length);
		const qty = 1 + Math.floor(rand() * 3);
		const price = (5 + rand() * 195).toFixed(2);
		const amount = (qty * Number(price)).toFixed(2);
		buffer += `C${String(customer).padStart(6, '0')},Customer ${customer},1${3800000000 + ((customer * 7919) % 100000000)},O${String(i).padStart(8, '0')},${date},SKU-${cat}-${Math.floor(rand() * 50)},${categories[cat]},${qty},${price},${amount},${channels[Math.floor(rand() * 4)]},${regions[Math.floor(rand() * 6)]}\n`;
		if (buffer.length > 1 << 20) {
			await write(buffer);
			buffer = '';
		}
	}
	await write(buffer);
	await new Promise((r) => out.end(r));
	return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = process.argv[2] ?? 'tests/bench/.data/transactions-1m.csv';
	const t = performance.now();
	await generateTransactionCsv(path);
	console.log(
		`${path}: ${(statSync(path).size / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`
	);
}
