// The glossary's terms in page order. A term whose title is a measure's one label (glossary.ts) takes that
// message, so the page names a measure exactly as the columns do; the others have a title of their own.
import { termKey, type Measure } from '$lib/i18n/glossary';

export interface GlossaryTerm {
	/** Anchor on /glossary (#valueScore) that "?" links point at. */
	id: string;
	titleKey: string;
	bodyKey: string;
}

const measure = (id: Measure): GlossaryTerm => ({
	id,
	titleKey: termKey(id),
	bodyKey: `glossary.${id}.body`
});
const own = (id: string): GlossaryTerm => ({
	id,
	titleKey: `glossary.${id}.title`,
	bodyKey: `glossary.${id}.body`
});

export const TERMS: readonly GlossaryTerm[] = [
	measure('valueScore'),
	own('tiers'),
	own('rfm'),
	own('segments'),
	own('lifecycle'),
	measure('historicalClv'),
	measure('predictedClv'),
	measure('churnProbability'),
	own('verdict'),
	own('atRisk'),
	own('pareto'),
	own('spendTier'),
	own('formats')
];

export type GlossaryId = (typeof TERMS)[number]['id'];
