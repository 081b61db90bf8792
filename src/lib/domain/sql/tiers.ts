// Tiers in SQL under the app's TierDefinition and tie rule. Shares: tiers 0..k take at most round(n · cumulative
// share / 100) customers, a tie straddling a boundary goes down whole; cut-offs: value ≥ lower bound; rule:
// min ≤ value < max (else no tier); presets: the RFM segment or eight class. Missing values go to the bottom tier.
import type { TierDefinition } from '../tier-definition';
import type { CutoffMode } from './types';
import type { Dialect } from './dialect';

export interface TierSql {
	ctes: string[];
	notes: string[];
}

const label = (def: TierDefinition, k: number) => def.tiers[k].label || def.tiers[k].id;

/** Lower bounds recomputed from shares on the data the SQL runs over (tiers.ts shareBounds). */
function shareBoundCtes(d: Dialect, shares: number[]): string[] {
	const counts: string[] = [];
	let cumulative = 0;
	for (let k = 0; k < shares.length - 1; k++) {
		cumulative += shares[k];
		counts.push(`SELECT ${k} AS k, ${d.num(cumulative)} AS cumulative`);
	}
	const inf = d.num(Infinity);
	return [
		`tier_stats AS (\n  SELECT COUNT(*) AS total, COUNT(measure) AS finite FROM measured\n)`,
		`tier_ranked AS (\n  SELECT measure, ROW_NUMBER() OVER (ORDER BY measure DESC) AS pos FROM measured WHERE measure IS NOT NULL\n)`,
		`share_counts AS (\n  SELECT s.k, CAST(FLOOR(t.total * s.cumulative / 100 + 1e-9 + 0.5) AS BIGINT) AS c, t.finite\n  FROM (${counts.join(' UNION ALL ')}) s CROSS JOIN tier_stats t\n)`,
		// The c-th largest value, or NULL when c is outside 1..finite.
		`share_pivot AS (\n  SELECT sc.k, sc.c, sc.finite, MAX(CASE WHEN r.pos = sc.c THEN r.measure END) AS v\n  FROM share_counts sc CROSS JOIN tier_ranked r\n  GROUP BY sc.k, sc.c, sc.finite\n)`,
		`share_bounds AS (
  SELECT p.k,
    CASE WHEN p.c < 1 THEN ${inf}
      WHEN p.c > p.finite THEN ${d.num(-Infinity)}
      WHEN SUM(CASE WHEN r.measure >= p.v THEN 1 ELSE 0 END) <= p.c THEN p.v
      ELSE COALESCE(MIN(CASE WHEN r.measure > p.v THEN r.measure END), ${inf}) END AS bound
  FROM share_pivot p CROSS JOIN tier_ranked r
  GROUP BY p.k, p.c, p.finite, p.v
)`,
		`tier_bounds AS (\n  SELECT ${shares
			.slice(0, -1)
			.map((_, k) => `MAX(CASE WHEN k = ${k} THEN bound END) AS b${k}`)
			.join(', ')}\n  FROM share_bounds\n)`
	];
}

function fixedBounds(d: Dialect, bounds: number[]): string {
	return `tier_bounds AS (\n  SELECT ${bounds.map((b, k) => `${d.num(b)} AS b${k}`).join(', ')}\n)`;
}

function boundCase(d: Dialect, def: TierDefinition, count: number): string {
	const arms = Array.from({ length: count }, (_, k) => `WHEN measure >= b${k} THEN ${d.str(label(def, k))}`);
	return `CASE ${arms.join(' ')} ELSE ${d.str(label(def, def.tiers.length - 1))} END`;
}

/** `measured` must hold every customer with a `measure` column; produces `tiered` with a `tier` column. */
export function tierSql(
	d: Dialect,
	def: TierDefinition,
	mode: CutoffMode,
	frozenBounds: number[] | undefined
): TierSql {
	const notes: string[] = [];
	const n = def.tiers.length;
	if (def.method === 'preset') {
		const column = def.preset === 'rfmSegments' ? 'rfm_segment' : 'eight_class';
		const arms = def.tiers.map((t) => `WHEN ${d.str(t.id)} THEN ${d.str(t.label || t.id)}`).join(' ');
		return {
			notes,
			ctes: [`tiered AS (\n  SELECT measured.*, CASE ${column} ${arms} END AS tier\n  FROM measured\n)`]
		};
	}
	if (def.method === 'rule') {
		const arms = def.ranges.map((r, k) => {
			const parts = [
				...(r.min === null ? [] : [`measure >= ${d.num(r.min)}`]),
				...(r.max === null ? [] : [`measure < ${d.num(r.max)}`])
			];
			return `WHEN ${parts.length ? parts.join(' AND ') : 'measure IS NOT NULL'} THEN ${d.str(label(def, k))}`;
		});
		return {
			notes,
			ctes: [`tiered AS (\n  SELECT measured.*, CASE ${arms.join(' ')} END AS tier\n  FROM measured\n)`]
		};
	}
	let bounds: string[];
	if (def.method === 'cutoffs') bounds = [fixedBounds(d, def.cutoffs)];
	else if (def.method === 'shares' && mode === 'recomputed') bounds = shareBoundCtes(d, def.shares);
	else {
		if (def.method === 'jenks' && mode === 'recomputed')
			notes.push(
				'Natural breaks (Jenks) cannot be recomputed in SQL: the cut-offs found on the app’s data are frozen.'
			);
		bounds = [fixedBounds(d, frozenBounds ?? [])];
	}
	const count =
		def.method === 'cutoffs'
			? def.cutoffs.length
			: def.method === 'shares'
				? n - 1
				: (frozenBounds ?? []).length;
	return {
		notes,
		ctes: [
			...bounds,
			`tiered AS (\n  SELECT measured.*, ${boundCase(d, def, count)} AS tier\n  FROM measured CROSS JOIN tier_bounds\n)`
		]
	};
}

/**
 * Frozen lower bounds that reproduce a tier assignment exactly: halfway between the lowest value inside tiers
 * 0..k and the highest value below them, so a last-digit difference between engines cannot move a customer.
 */
export function frozenBoundsOf(
	values: ArrayLike<number>,
	tier: ArrayLike<number>,
	tierCount: number
): number[] {
	const bounds: number[] = [];
	for (let k = 0; k < tierCount - 1; k++) {
		let lowestIn = Infinity;
		let highestOut = -Infinity;
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			if (!Number.isFinite(v)) continue;
			if (tier[i] >= 0 && tier[i] <= k) lowestIn = Math.min(lowestIn, v);
			else highestOut = Math.max(highestOut, v);
		}
		if (lowestIn === Infinity) bounds.push(Infinity);
		else if (highestOut === -Infinity) bounds.push(-Infinity);
		else bounds.push(lowestIn / 2 + highestOut / 2);
	}
	return bounds;
}
