// Tiering benchmark run inside the browser: 100,000 customers × 1,000,000 transaction lines as typed arrays,
// timed stage by stage beside the floor (one pass over the transaction table summing amounts per customer).
import { computeIndicators } from '$lib/domain/indicators';
import { computeRfm } from '$lib/domain/rfm';
import {
	availableValueIndicators,
	defaultValueConfig,
	valueInputsFromIndicators,
	valueScore
} from '$lib/domain/value-score';
import { assignTiers, DEFAULT_TIERING } from '$lib/domain/tiers';
import { clvSummaryFromTransactions } from '$lib/domain/clv/summary';
import { fitBgNbd } from '$lib/domain/clv/bg-nbd';
import { fitGammaGamma } from '$lib/domain/clv/gamma-gamma';
import { validateClv } from '$lib/domain/clv/validation';
import type { TransactionColumns } from '$lib/domain/transactions';

const DAY = 86_400_000;

/** Customers with their own purchase rate and spend level, so the CLV models have something real to fit. */
export function makeTransactions(lines: number, customers: number): TransactionColumns {
	let s = 12345;
	const rand = () => {
		s = (s + 0x6d2b79f5) | 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const weight = new Float64Array(customers);
	let total = 0;
	for (let c = 0; c < customers; c++) total += weight[c] = (-Math.log(1 - rand() * 0.999)) ** 1.5;
	const cumulative = new Float64Array(customers);
	let acc = 0;
	for (let c = 0; c < customers; c++) cumulative[c] = acc += weight[c] / total;
	const start = Date.UTC(2023, 0, 1);
	const customer = new Int32Array(lines);
	const date = new Float64Array(lines);
	const amount = new Float64Array(lines);
	const product = new Int32Array(lines);
	for (let i = 0; i < lines; i++) {
		const u = rand();
		let lo = 0;
		let hi = customers - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < u) lo = mid + 1;
			else hi = mid;
		}
		customer[i] = lo;
		const firstDay = (lo * 7919) % 700;
		date[i] = start + (firstDay + Math.floor(rand() * (1095 - firstDay))) * DAY;
		amount[i] = 10 + 190 * rand() * (1 + (lo % 5));
		product[i] = Math.floor(rand() * 400);
	}
	return { customer, date, amount, product };
}

export function runTieringBench(lines = 1_000_000, customers = 100_000) {
	const tx = makeTransactions(lines, customers);
	const analysisDate = Date.UTC(2025, 11, 31);
	const time = <T>(f: () => T): [T, number] => {
		const t0 = performance.now();
		const out = f();
		return [out, performance.now() - t0];
	};
	const [, floorMs] = time(() => {
		const sum = new Float64Array(customers);
		for (let i = 0; i < lines; i++) if (tx.date[i] <= analysisDate) sum[tx.customer[i]] += tx.amount[i];
		return sum;
	});
	const [, tieringMs] = time(() => {
		const ind = computeIndicators(tx, customers, analysisDate);
		const rfm = computeRfm(ind);
		const inputs = valueInputsFromIndicators(ind, {});
		const value = valueScore(inputs, defaultValueConfig('transactions', availableValueIndicators(inputs)));
		return assignTiers(value.score, DEFAULT_TIERING, { rfm });
	});
	const [summary, summaryMs] = time(() =>
		clvSummaryFromTransactions(tx, customers, { analysisDate, unit: 'weeks' })
	);
	const [bg, bgMs] = time(() => fitBgNbd(summary));
	const [gg, ggMs] = time(() => fitGammaGamma(summary.x, summary.monetary));
	// Issue #14: calibration/holdout split, BG/NBD + Pareto/NBD fits and holdout checks, Gamma–Gamma, heatmaps.
	const [validation, holdoutMs] = time(() => validateClv(tx, customers));
	const fits = 'error' in validation ? [] : validation.models.map((m) => m.fit);
	return {
		floorMs,
		holdoutMs,
		holdoutOk: fits.length === 2 && fits.every((f) => !('error' in f)),
		holdoutConverged: fits.every((f) => !('error' in f) && f.converged),
		tieringMs,
		clvMs: summaryMs + bgMs + ggMs,
		bgMs,
		ggMs,
		bgOk: !('error' in bg),
		ggOk: !('error' in gg)
	};
}
