// The PowerPoint deck (pptxgenjs, loaded only when asked for so it never weighs on the first load). One slide per
// report section: native, editable charts for bar, line and doughnut data, PNG images for the others, the summary
// as the first content slide, and the methods text in the speaker notes. pptxgenjs builds the file in memory with
// JSZip: no eval, no network, so it runs under our CSP and offline.
import type { DeckChart } from '$lib/components/report/figures';

export interface DeckSlide {
	title: string;
	/** One line under the title (a figure's reading). */
	reading?: string;
	bullets?: string[];
	chart?: DeckChart;
	/** A PNG data URL and its size in CSS px (aspect ratio kept on the slide). */
	image?: { data: string; width: number; height: number };
	table?: { columns: string[]; rows: string[][] };
	/** A small line at the foot of the slide (e.g. the currency). */
	foot?: string;
	notes?: string;
}

export interface DeckSpec {
	title: string;
	/** Lines under the title on the cover: consultant, dates. */
	cover: string[];
	/** Left footer on every content slide. */
	footer: string;
	slides: DeckSlide[];
	author?: string;
}

const INK = '1B1F24';
const MUTED = '57606A';
const ACCENT = '2F6FEB';
const SERIES = ['2F6FEB', 'E8A33D', '3FA66B', 'C2410C', '8250DF', '0E7C86', 'BF3989', '6E7781'];
// LAYOUT_WIDE: 13.333 × 7.5 in.
const W = 13.333;
const BODY = { x: 0.6, y: 1.55, w: W - 1.2, h: 5.15 };

type Pptx = import('pptxgenjs').default;
type Slide = import('pptxgenjs').default.Slide;

function addChart(pptx: Pptx, slide: Slide, c: DeckChart): void {
	const common = {
		...BODY,
		chartColors: SERIES,
		showLegend: c.type === 'doughnut' || c.series?.length > 1,
		legendPos: 'b' as const,
		legendFontSize: 12,
		catAxisLabelFontSize: 12,
		valAxisLabelFontSize: 11,
		dataLabelFontSize: 11
	};
	if (c.type === 'doughnut') {
		slide.addChart(pptx.ChartType.doughnut, [{ name: c.name, labels: c.labels, values: c.values }], {
			...common,
			holeSize: 55,
			showPercent: true,
			showValue: false
		});
		return;
	}
	const data = c.series.map((s) => ({
		name: s.name,
		labels: c.labels,
		values: s.values.map((v) => (Number.isFinite(v) ? v : 0))
	}));
	const fmt = c.percent ? '0%' : '#,##0';
	if (c.type === 'line')
		slide.addChart(pptx.ChartType.line, data, {
			...common,
			valAxisLabelFormatCode: fmt,
			valAxisMaxVal: c.percent ? 1 : undefined,
			lineSize: 3,
			lineDataSymbol: 'none'
		});
	else
		slide.addChart(pptx.ChartType.bar, data, {
			...common,
			barDir: c.horizontal ? 'bar' : 'col',
			// Horizontal bars list the first category on top, as the report does (typed 'minMax' only, but OOXML has both).
			catAxisOrientation: (c.horizontal ? 'maxMin' : 'minMax') as 'minMax',
			valAxisLabelFormatCode: fmt,
			dataLabelFormatCode: fmt,
			showValue: true
		});
}

function addImage(slide: Slide, image: NonNullable<DeckSlide['image']>): void {
	const scale = Math.min(BODY.w / image.width, BODY.h / image.height);
	const w = image.width * scale;
	const h = image.height * scale;
	slide.addImage({
		data: image.data.replace(/^data:/, ''),
		x: BODY.x + (BODY.w - w) / 2,
		y: BODY.y,
		w,
		h
	});
}

function addContent(pptx: Pptx, spec: DeckSpec, s: DeckSlide, page: number): void {
	const slide = pptx.addSlide();
	slide.addText(s.title, { x: 0.6, y: 0.35, w: W - 1.2, h: 0.7, fontSize: 26, bold: true, color: INK });
	if (s.reading) slide.addText(s.reading, { x: 0.6, y: 1.0, w: W - 1.2, h: 0.5, fontSize: 14, color: MUTED });
	if (s.chart) addChart(pptx, slide, s.chart);
	else if (s.image) addImage(slide, s.image);
	else if (s.table)
		slide.addTable(
			[
				s.table.columns.map((text) => ({ text, options: { bold: true, fill: { color: 'EEF2F7' } } })),
				...s.table.rows.map((r) => r.map((text) => ({ text })))
			],
			{
				...BODY,
				h: undefined,
				fontSize: 11,
				color: INK,
				border: { type: 'solid', pt: 0.5, color: 'D0D7DE' },
				autoPage: false
			}
		);
	else if (s.bullets)
		slide.addText(
			s.bullets.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
			{ ...BODY, fontSize: 18, color: INK, valign: 'top', paraSpaceAfter: 10 }
		);
	if (s.foot) slide.addText(s.foot, { x: 0.6, y: 6.7, w: 8, h: 0.3, fontSize: 10, color: MUTED });
	slide.addText(spec.footer, { x: 0.6, y: 7.05, w: 9, h: 0.3, fontSize: 9, color: MUTED });
	slide.addText(String(page), {
		x: W - 1.6,
		y: 7.05,
		w: 1,
		h: 0.3,
		fontSize: 9,
		color: MUTED,
		align: 'right'
	});
	if (s.notes) slide.addNotes(s.notes);
}

export async function buildDeck(spec: DeckSpec): Promise<Pptx> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = spec.title;
	if (spec.author) pptx.author = spec.author;
	const cover = pptx.addSlide();
	cover.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.25, h: 7.5, fill: { color: ACCENT } });
	cover.addText(spec.title, { x: 0.9, y: 2.2, w: W - 1.8, h: 1.4, fontSize: 38, bold: true, color: INK });
	cover.addText(spec.cover.join('\n'), {
		x: 0.9,
		y: 3.8,
		w: W - 1.8,
		h: 2,
		fontSize: 16,
		color: MUTED,
		valign: 'top'
	});
	spec.slides.forEach((s, i) => addContent(pptx, spec, s, i + 2));
	return pptx;
}

/** The deck as a Blob in the browser. */
export async function deckBlob(spec: DeckSpec): Promise<Blob> {
	const pptx = await buildDeck(spec);
	return (await pptx.write({ outputType: 'blob' })) as Blob;
}
