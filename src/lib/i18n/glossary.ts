// One name per measure, in both languages: every page that labels one of these measures asks the glossary for
// its message key instead of choosing its own words (the same column was "价值" on one page and "客户终身价值"
// on another). Add a measure here before labelling it anywhere.
export const GLOSSARY = {
	/** Predicted CLV where fitted, else historical value (CustomerTable.clv, WarningList.value). */
	clv: 'views.col.clv',
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
