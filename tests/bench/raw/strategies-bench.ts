// Strategies benchmark run inside the browser: the migration matrix and Sankey between two snapshots of
// 100,000 customers, and an action list of 100,000 ranked rows exported as CSV (and XLSX), beside a floor.
import { migrationMatrix } from '$lib/domain/snapshots/migration';
import { sankeyLayout } from '$lib/domain/snapshots/sankey';
import type { SnapshotTable } from '$lib/domain/snapshots/types';
import { rankCustomers } from '$lib/domain/strategies/ranking';
import { toCsv } from '$lib/export/csv';
import { toXlsx } from '$lib/export/xlsx';

function snapshot(n: number, seed: number, shift: number): SnapshotTable {
	let s = seed;
	const rand = () => {
		s = (s + 0x6d2b79f5) | 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	// Later snapshots lose some customers and gain new ones, as real re-imports do.
	const ids = Array.from({ length: n }, (_, i) => `C${String(i + shift).padStart(7, '0')}`);
	return {
		analysisDate: Date.UTC(2025, 0, 1) + shift * 86_400_000,
		tierIds: ['diamond', 'gold', 'silver', 'regular'],
		ids,
		tier: Int32Array.from({ length: n }, () => Math.floor(rand() * 4)),
		segment: Uint8Array.from({ length: n }, () => Math.floor(rand() * 11)),
		lifecycle: Uint8Array.from({ length: n }, () => Math.floor(rand() * 6)),
		recencyDays: Float64Array.from({ length: n }, () => rand() * 400),
		frequency: Float64Array.from({ length: n }, () => 1 + Math.floor(rand() * 20)),
		monetary: Float64Array.from({ length: n }, () => rand() * 5000)
	};
}

export async function runStrategiesBench(n = 100_000) {
	const earlier = snapshot(n, 7, 0);
	const later = snapshot(n, 11, 5_000);
	const time = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
		const t0 = performance.now();
		const out = await f();
		return [out, performance.now() - t0];
	};
	// Floor: one pass that matches ids between the two snapshots through a Map.
	const [, floorMs] = await time(() => {
		const at = new Map(earlier.ids.map((id, i) => [id, i] as const));
		let matched = 0;
		for (const id of later.ids) if (at.has(id)) matched++;
		return matched;
	});
	const [matrix, migrationMs] = await time(() => {
		const m = migrationMatrix(earlier, later);
		sankeyLayout(m, 480);
		return m;
	});
	const cells = matrix.counts.flat().reduce((a, b) => a + b, 0);
	const clv = later.monetary;
	const churn = Float64Array.from(later.recencyDays, (r) => Math.min(1, r / 400));
	const all = Int32Array.from({ length: n }, (_, i) => i);
	// Ranking and row building are part of each export, as in the app's action list.
	const rankedRows = () => {
		const ranked = rankCustomers(all, 'clvRisk', { clv, valueScore: clv, churnProbability: churn });
		const rows = [['#', 'ID', 'Tier', 'CLV', 'Churn', 'Actions']] as (string | number)[][];
		let k = 0;
		for (const i of ranked)
			rows.push([
				++k,
				later.ids[i],
				later.tierIds[later.tier[i]],
				clv[i],
				churn[i],
				'Call within 7 days; offer'
			]);
		return rows;
	};
	const [csv, csvMs] = await time(() => toCsv(rankedRows()));
	const [xlsx, xlsxMs] = await time(() => toXlsx(rankedRows()));
	return {
		floorMs,
		migrationMs,
		cells,
		csvMs,
		csvMb: csv.length / 1e6,
		xlsxMs,
		xlsxMb: xlsx.byteLength / 1e6
	};
}
