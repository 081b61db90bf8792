// Per-customer indicators in SQL, rule for rule as indicators.ts computes them: lines after the analysis date
// are left out, refund lines lower net revenue but never make a purchase, frequency counts distinct order ids
// (lines without one: distinct purchase days), trend compares the last two 90-day windows.
import { DAY_MS } from '../transactions';
import { TREND_WINDOW_DAYS } from '../indicators';
import type { Dialect } from './dialect';
import type { SourceSql } from './source';

/** Output columns of `ind`, by the app's indicator and value-input names. */
export const INDICATOR_COLUMNS: Record<string, string> = {
	recencyDays: 'recency_days',
	frequency: 'frequency',
	monetary: 'monetary',
	averageOrderValue: 'average_order_value',
	tenureDays: 'tenure_days',
	trend: 'trend',
	revenueShare: 'revenue_share',
	refundAmount: 'refund_amount',
	refundCount: 'refund_count'
};

export interface IndicatorSqlResult {
	ctes: string[];
	/** Indicator key → column of `ind` (only what this data has). */
	columns: Record<string, string>;
}

export function indicatorSql(
	d: Dialect,
	src: SourceSql,
	analysisDate: number | undefined
): IndicatorSqlResult {
	const day = d.num(DAY_MS);
	const params =
		analysisDate === undefined
			? 'SELECT MAX(ts_ms) AS analysis_ms FROM lines'
			: `SELECT ${d.num(analysisDate)} AS analysis_ms`;
	const recentStart = `p.analysis_ms - ${d.num(TREND_WINDOW_DAYS * DAY_MS)}`;
	const previousStart = `p.analysis_ms - ${d.num(2 * TREND_WINDOW_DAYS * DAY_MS)}`;
	const amt = 'COALESCE(l.amount, 0)';
	const buy = 'NOT l.is_refund';
	const frequency = src.hasOrderId
		? `COUNT(DISTINCT CASE WHEN ${buy} AND l.order_id IS NOT NULL THEN l.order_id END) + COUNT(DISTINCT CASE WHEN ${buy} AND l.order_id IS NULL THEN FLOOR(l.ts_ms / ${day}) END)`
		: `COUNT(DISTINCT CASE WHEN ${buy} THEN FLOOR(l.ts_ms / ${day}) END)`;
	const sum = (v: string) => d.orderedSum(v, 'l.line_no');
	const agg = [
		`l.customer_id`,
		`MIN(l.line_no) AS first_line`,
		`${sum(amt)} AS monetary`,
		`${sum(`CASE WHEN l.is_refund THEN -${amt} ELSE 0 END`)} AS refund_amount`,
		`SUM(CASE WHEN l.is_refund THEN 1 ELSE 0 END) AS refund_count`,
		`MIN(CASE WHEN ${buy} THEN l.ts_ms END) AS first_ms`,
		`MAX(CASE WHEN ${buy} THEN l.ts_ms END) AS last_ms`,
		`${sum(`CASE WHEN l.ts_ms > ${recentStart} THEN ${amt} ELSE 0 END`)} AS recent_amount`,
		`${sum(`CASE WHEN l.ts_ms <= ${recentStart} AND l.ts_ms > ${previousStart} THEN ${amt} ELSE 0 END`)} AS previous_amount`,
		`${frequency} AS frequency`
	];
	if (src.hasProduct) agg.push(`COUNT(DISTINCT CASE WHEN ${buy} THEN l.product END) AS distinct_products`);
	if (src.hasCategory)
		agg.push(`COUNT(DISTINCT CASE WHEN ${buy} THEN l.category END) AS distinct_categories`);
	if (src.hasCost)
		agg.push(
			`${sum('CASE WHEN l.amount IS NOT NULL AND l.cost IS NOT NULL THEN l.amount - l.cost ELSE 0 END')} AS margin`
		);
	const columns: Record<string, string> = { ...INDICATOR_COLUMNS };
	const extra: string[] = [];
	const zero = (c: string) => `COALESCE(s.${c}, 0) AS ${c}`;
	if (src.hasProduct) {
		extra.push(zero('distinct_products'));
		columns.distinctProducts = 'distinct_products';
	}
	if (src.hasCategory) {
		extra.push(zero('distinct_categories'));
		columns.distinctCategories = 'distinct_categories';
	}
	if (src.hasCost) {
		extra.push(zero('margin'));
		columns.margin = 'margin';
	}
	return {
		columns,
		ctes: [
			`params AS (\n  ${params}\n)`,
			`customer_lines AS (\n  SELECT ${agg.join(',\n    ')}\n  FROM lines l CROSS JOIN params p\n  WHERE l.ts_ms <= p.analysis_ms\n  GROUP BY l.customer_id\n)`,
			`customer_ids AS (\n  SELECT customer_id, MIN(line_no) AS first_line FROM lines GROUP BY customer_id\n)`,
			// Summed over customers in order of first appearance: the app's customer index order.
			`revenue_total AS (\n  SELECT ${d.orderedSum('COALESCE(s.monetary, 0)', 'c.first_line')} AS total\n  FROM customer_ids c LEFT JOIN customer_lines s ON s.customer_id = c.customer_id\n)`,
			`ind AS (
  SELECT c.customer_id,
    (p.analysis_ms - s.last_ms) / ${day} AS recency_days,
    CAST(COALESCE(s.frequency, 0) AS DOUBLE) AS frequency,
    CAST(COALESCE(s.monetary, 0) AS DOUBLE) AS monetary,
    CASE WHEN s.frequency > 0 THEN s.monetary / s.frequency END AS average_order_value,
    (p.analysis_ms - s.first_ms) / ${day} AS tenure_days,
    CASE WHEN s.previous_amount > 0 THEN GREATEST(s.recent_amount / s.previous_amount - 1, -1)
      WHEN s.recent_amount > 0 THEN 1 END AS trend,
    CASE WHEN t.total > 0 THEN COALESCE(s.monetary, 0) / t.total END AS revenue_share,
    CAST(COALESCE(s.refund_amount, 0) AS DOUBLE) AS refund_amount,
    CAST(COALESCE(s.refund_count, 0) AS DOUBLE) AS refund_count${extra.length ? ',\n    ' + extra.join(',\n    ') : ''}
  FROM customer_ids c
    CROSS JOIN params p
    CROSS JOIN revenue_total t
    LEFT JOIN customer_lines s ON s.customer_id = c.customer_id
)`
		]
	};
}
