// One name per measure, in both languages: every page that labels one of these measures asks the glossary for
// its message key instead of choosing its own words (the same column was "价值" on one page and "客户终身价值"
// on another). Add a measure here before labelling it anywhere.
export const GLOSSARY = {
	/** Predicted CLV where fitted, else historical value (CustomerTable.clv, WarningList.value). */
	clv: 'views.col.clv',
	historicalClv: 'views.customer.historicalClv',
	predictedClv: 'views.customer.predictedClv',
	churnProbability: 'mlv.churn.probability',
	recencyDays: 'views.col.recency',
	frequency: 'views.col.frequency',
	monetary: 'views.col.monetary',
	valueScore: 'views.col.valueScore',
	expectedLoss: 'atRisk.col.expectedLoss'
} as const;

export type Measure = keyof typeof GLOSSARY;

/** The message key of a measure's one name; render it with t(). */
export function termKey(measure: Measure): string {
	return GLOSSARY[measure];
}

/**
 * Every message key that labels one of these measures somewhere in the UI. Each group must read the same in each
 * language (tests/unit/i18n/glossary.test.ts), so a measure has one name on every page: "客户终身价值", never
 * "价值" here and "终身价值" there.
 */
export const SAME_LABEL: readonly (readonly string[])[] = [
	['views.col.clv', 'strategies.rank.clv'],
	[
		'views.customer.predictedClv',
		'tiering.valueIndicator.predictedClv',
		'mlv.feature.predictedClv',
		'clv.outlook.clv'
	],
	['views.customer.historicalClv', 'tiering.valueIndicator.historicalClv', 'mlv.feature.historicalClv'],
	['views.col.valueScore', 'mlv.feature.valueScore', 'strategies.rank.valueScore'],
	['views.col.recency', 'mlv.feature.recencyDays', 'tiering.indicator.recencyDays', 'role.recencyDays'],
	['views.col.frequency', 'mlv.feature.frequency', 'tiering.indicator.frequency'],
	['views.col.monetary', 'mlv.feature.monetary', 'tiering.indicator.monetary'],
	['views.col.tier', 'mlv.churn.tier', 'strategies.override.tier', 'strategies.rule.kind.tier'],
	['mlv.churn.probability', 'lookup.risk', 'strategies.list.risk']
];
