// Lifecycle stages in SQL from the app's own rule rows (describeLifecycleRules): unknown without a purchase,
// then the first rule that holds wins; a missing tenure or trend makes its rule false, as in lifecycle.ts.
import { describeLifecycleRules, type LifecycleRules } from '../lifecycle';
import type { Dialect } from './dialect';

const COLUMN = { recencyDays: 'recency_days', tenureDays: 'tenure_days', trend: 'trend' } as const;

export function lifecycleCase(d: Dialect, rules: LifecycleRules, prefix = ''): string {
	const arms = [`WHEN ${prefix}recency_days IS NULL THEN 'unknown'`];
	for (const row of describeLifecycleRules(rules)) {
		if (row.measure === null || row.threshold === null || row.op === null) arms.push(`ELSE '${row.stage}'`);
		else
			arms.push(`WHEN ${prefix}${COLUMN[row.measure]} ${row.op} ${d.num(row.threshold)} THEN '${row.stage}'`);
	}
	return `CASE ${arms.join(' ')} END`;
}
