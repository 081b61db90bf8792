// RFM scores and segments in SQL, rule for rule as rfm.ts: score = 1 + floor(5 · below / n) where `below` counts
// the known values strictly worse (a tie shares the score of its worst position), missing = 1, frequency 0
// ("never bought") is not ranked so one purchase is always F = 1; segments from the app's own R × FM grid.
import { EIGHT_CLASSES, SEGMENT_GRID } from '../rfm';

/**
 * midRank of `col` among its non-NULL values, 1-based, ties sharing the mean of their positions:
 * (count below + 1 + count at or below) / 2. `desc` ranks the negated values (recency: fewer days is better).
 */
export function midRankSql(col: string, desc = false): string {
	const order = `ORDER BY ${col} ${desc ? 'DESC' : 'ASC'} NULLS LAST`;
	return `((RANK() OVER (${order}) + COUNT(${col}) OVER (${order} RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) / 2.0)`;
}

/** `col` may be an expression; NULL scores 1 and is not counted in n. */
function quintile(col: string, desc: boolean): string {
	const order = `ORDER BY ${col} ${desc ? 'DESC' : 'ASC'} NULLS LAST`;
	const below = `(RANK() OVER (${order}) - 1)`;
	return `CASE WHEN ${col} IS NULL THEN 1 ELSE LEAST(5, 1 + CAST(FLOOR(5 * ${below} / CAST(COUNT(${col}) OVER () AS DOUBLE)) AS INTEGER)) END`;
}

/** CASE over the grid: every (R, FM) cell to its segment id. */
function segmentCase(): string {
	const arms: string[] = [];
	SEGMENT_GRID.forEach((row, r) =>
		row.forEach((segment, fm) => arms.push(`WHEN ${(r + 1) * 10 + fm + 1} THEN '${segment}'`))
	);
	return `CASE r_score * 10 + CAST(FLOOR((f_score + m_score) / 2.0 + 0.5) AS INTEGER) ${arms.join(' ')} END`;
}

/** Eight classes against each measure's mean over known values; "high" is strict, missing counts as low. */
function eightClassCase(): string {
	const arms = EIGHT_CLASSES.map((c, i) => `WHEN ${i} THEN '${c}'`).join(' ');
	const code = `(CASE WHEN monetary > AVG(monetary) OVER () THEN 0 ELSE 4 END + CASE WHEN recency_days < AVG(recency_days) OVER () THEN 0 ELSE 2 END + CASE WHEN frequency > AVG(frequency) OVER () THEN 0 ELSE 1 END)`;
	return `CASE ${code} ${arms} END`;
}

export function rfmSql(): string[] {
	return [
		`rfm_scores AS (
  SELECT ind.*,
    ${quintile('recency_days', true)} AS r_score,
    ${quintile('CASE WHEN frequency > 0 THEN frequency END', false)} AS f_score,
    ${quintile('monetary', false)} AS m_score,
    ${eightClassCase()} AS eight_class
  FROM ind
)`,
		`rfm AS (\n  SELECT rfm_scores.*, ${segmentCase()} AS rfm_segment\n  FROM rfm_scores\n)`
	];
}
