// Assembles the deck from what the report shows: the same summary sentences, figures (native data where the deck
// can draw it, else a light 2× PNG of the report's own chart) and methods paragraphs, which become speaker notes.
import { chartPngDataUrl } from '$lib/components/charts/png';
import type { FigureId, FigureSpec } from '$lib/components/report/figures';
import type { MethodId, MethodSection } from '$lib/components/report/report-methods';
import type { DeckSlide, DeckSpec } from './build-deck';

/** Which methods paragraph explains each figure (its speaker notes). */
const FIGURE_METHOD: Record<FigureId, MethodId> = {
	tiers: 'tiers',
	pareto: 'tiers',
	segments: 'rfm',
	rf: 'rfm',
	matrix: 'lifecycle',
	clv: 'clv',
	migration: 'tiers',
	churn: 'churn',
	clusters: 'clusters'
};

export interface ReportDeckInput {
	title: string;
	cover: string[];
	footer: string;
	author?: string;
	summaryTitle: string;
	summary: string[];
	keyFigures: { title: string; rows: [string, string][] };
	figures: FigureSpec[];
	currencyLine: string;
	/** The printed report, where each figure's chart is found by data-figure. */
	root: HTMLElement;
	atRisk?: { title: string; columns: string[]; rows: string[][] };
	strategies?: { title: string; bullets: string[] };
	methodsTitle: string;
	methods: MethodSection[];
}

const text = (m: MethodSection | undefined) => (m ? [m.heading, ...m.lines].join('\n') : '');

export async function reportDeckSpec(r: ReportDeckInput): Promise<DeckSpec> {
	const allMethods = r.methods.map(text).join('\n\n');
	const byId = new Map(r.methods.map((m) => [m.id, m]));
	const slides: DeckSlide[] = [{ title: r.summaryTitle, bullets: r.summary, notes: allMethods }];
	slides.push({
		title: r.keyFigures.title,
		table: { columns: ['', ''], rows: r.keyFigures.rows },
		foot: r.currencyLine
	});
	for (const f of r.figures) {
		const slide: DeckSlide = {
			title: f.title,
			reading: f.reading,
			notes: text(byId.get(FIGURE_METHOD[f.id])),
			foot: f.money ? r.currencyLine : undefined
		};
		if (f.deck) slide.chart = f.deck;
		else {
			const chart = r.root.querySelector(`[data-figure="${f.id}"] .chart`);
			if (chart?.querySelector('svg')) slide.image = await chartPngDataUrl(chart, { legend: [] });
		}
		slides.push(slide);
	}
	if (r.atRisk)
		slides.push({
			title: r.atRisk.title,
			table: { columns: r.atRisk.columns, rows: r.atRisk.rows },
			notes: text(byId.get('churn')),
			foot: r.currencyLine
		});
	if (r.strategies) slides.push({ title: r.strategies.title, bullets: r.strategies.bullets });
	slides.push({
		title: r.methodsTitle,
		bullets: r.methods.map((m) => `${m.heading}: ${m.lines[0] ?? ''}`),
		notes: allMethods
	});
	return { title: r.title, cover: r.cover, footer: r.footer, author: r.author, slides };
}
