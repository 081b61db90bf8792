// The weighted value score in SQL from the app's ValueConfig: each indicator normalised exactly as
// value-score.ts does (percentile = (midRank − 1)/(n − 1), min-max, z clipped at ±3 → 0–1; constant = 0.5),
// recency inverted, missing contributing 0, summed in the app's order with the weights it actually used.
import { INVERTED, type ValueConfig, type ValueIndicator } from '../value-score';
import type { Dialect } from './dialect';
import { midRankSql } from './rfm';

/** Value-model inputs as columns of `ind` and `clv` (valueInputsFromIndicators). */
export function valueInputColumns(
	indicatorColumns: Record<string, string>
): Partial<Record<ValueIndicator, string>> {
	const c = indicatorColumns;
	return {
		historicalClv: c.margin ?? c.monetary,
		revenueShare: c.revenueShare,
		margin: c.margin,
		frequency: c.frequency,
		averageOrderValue: c.averageOrderValue,
		crossSell: c.distinctProducts ?? c.distinctCategories,
		tenure: c.tenureDays,
		recency: c.recencyDays,
		trend: c.trend,
		predictedClv: c.predictedClv,
		predictedPurchases: c.predictedPurchases
	};
}

export interface ValueSql {
	ctes: string[];
	/** Indicators with weight that this export cannot compute (predicted CLV without its models): no value score. */
	missing: ValueIndicator[];
}

function normalised(col: string, method: ValueConfig['normalization']): string {
	const n = `COUNT(${col}) OVER ()`;
	const min = `MIN(${col}) OVER ()`;
	const max = `MAX(${col}) OVER ()`;
	const constant = `${max} = ${min}`;
	if (method === 'percentile')
		return `CASE WHEN ${col} IS NULL THEN NULL WHEN ${n} = 1 OR ${constant} THEN 0.5 ELSE (${midRankSql(col)} - 1) / (${n} - 1) END`;
	if (method === 'minmax')
		return `CASE WHEN ${col} IS NULL THEN NULL WHEN ${constant} THEN 0.5 ELSE (${col} - ${min}) / (${max} - ${min}) END`;
	// z: the population sd from the mean, as value-score.ts: sqrt(Σ(v − mean)² / n).
	return `CASE WHEN ${col} IS NULL THEN NULL WHEN ${constant} THEN 0.5 ELSE (LEAST(3, GREATEST(-3, (${col} - z_mean_${col}) / z_sd_${col})) + 3) / 6 END`;
}

export function valueSql(
	d: Dialect,
	indicatorColumns: Record<string, string>,
	config: ValueConfig,
	base = 'rfm'
): ValueSql {
	const inputs = valueInputColumns(indicatorColumns);
	const weighted = (Object.entries(config.weights) as [ValueIndicator, number][]).filter(([, w]) => w);
	const missing = weighted.filter(([k]) => !inputs[k]).map(([k]) => k);
	if (missing.length || weighted.length === 0) return { ctes: [], missing };
	const cols = [...new Set(weighted.map(([k]) => inputs[k] as string))];
	const sdCtes: string[] = [];
	let from = base;
	if (config.normalization === 'zscore') {
		const mean = cols.map((c) => `SUM(${c}) OVER () / COUNT(${c}) OVER () AS z_mean_${c}`);
		sdCtes.push(`z_mean AS (\n  SELECT ${base}.*, ${mean.join(',\n    ')}\n  FROM ${base}\n)`);
		const ss = cols.map((c) => `SUM((${c} - z_mean_${c}) * (${c} - z_mean_${c})) OVER () AS z_ss_${c}`);
		sdCtes.push(`z_base AS (\n  SELECT z_mean.*, ${ss.join(',\n    ')}\n  FROM z_mean\n)`);
		const sqrt = cols.map((c) => `SQRT(z_ss_${c} / COUNT(${c}) OVER ()) AS z_sd_${c}`);
		sdCtes.push(`z_ready AS (\n  SELECT z_base.*, ${sqrt.join(',\n    ')}\n  FROM z_base\n)`);
		from = 'z_ready';
	}
	const norms = cols.map((c) => `${normalised(c, config.normalization)} AS norm_${c}`);
	let score = 'CAST(0 AS DOUBLE)';
	for (const [k, w] of weighted) {
		const col = `norm_${inputs[k]}`;
		const v = INVERTED.has(k) ? `(1 - ${col})` : col;
		score = `${score} + COALESCE(${d.num(w)} * ${v}, 0)`;
	}
	return {
		missing,
		ctes: [
			...sdCtes,
			`normalised AS (\n  SELECT ${from}.*, ${norms.join(',\n    ')}\n  FROM ${from}\n)`,
			`valued AS (\n  SELECT normalised.*, ${score} AS value_score\n  FROM normalised\n)`
		]
	};
}
