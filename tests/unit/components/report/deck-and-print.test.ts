// The deck builder (pptxgenjs) run in node on a small spec, unzipped and read back; the @page rules of the printed
// report; the line breaking of chart titles in saved PNGs.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck, type DeckSpec } from '$lib/components/deck/build-deck';
import { cssString, pageCounterContent, pageRules } from '$lib/components/report/paged-media';
import { wrapText } from '$lib/components/charts/png';

const spec: DeckSpec = {
	title: 'Acme 2024',
	cover: ['Prepared by: Li Wei'],
	footer: 'Acme 2024 · 2024-12-31',
	slides: [
		{
			title: 'Executive summary',
			bullets: ['10 customers spent $10,000.'],
			notes: 'Tiers: shares 20/30/50.'
		},
		{
			title: 'Tier pyramid',
			reading: 'Gold is 20% of customers and brings 60% of revenue.',
			chart: {
				type: 'bar',
				labels: ['Gold', 'Silver', 'Regular'],
				series: [
					{ name: 'Customers', values: [0.2, 0.3, 0.5] },
					{ name: 'Revenue', values: [0.6, 0.3, 0.1] }
				],
				percent: true
			},
			notes: 'Value score = 40% monetary + 30% frequency + 30% recency.'
		},
		{ title: 'Clusters', chart: { type: 'doughnut', name: 'Size', labels: ['A', 'B'], values: [70, 30] } },
		{ title: 'Methods', table: { columns: ['a', 'b'], rows: [['1', '2']] } }
	]
};

async function unzip(): Promise<JSZip> {
	const pptx = await buildDeck(spec);
	const buf = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
	return JSZip.loadAsync(buf);
}

describe('buildDeck', () => {
	it(
		'writes a cover plus one slide per section, with titles, native chart data and speaker notes',
		{ timeout: 60_000 },
		async () => {
			const zip = await unzip();
			const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
			expect(slides).toHaveLength(5);
			const slide = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
			expect(await slide(1)).toContain('Acme 2024');
			expect(await slide(2)).toContain('Executive summary');
			expect(await slide(3)).toContain('Tier pyramid');
			const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
			expect(charts).toHaveLength(2);
			const xml = (await Promise.all(charts.map((c) => zip.file(c)!.async('string')))).join('');
			// The bar chart's revenue series and the doughnut's sizes are stored as numbers, editable in PowerPoint.
			expect(xml).toContain('<c:v>0.6</c:v>');
			expect(xml).toContain('<c:v>70</c:v>');
			expect(xml).toContain('<c:barChart>');
			expect(xml).toContain('<c:doughnutChart>');
			const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
			const notesXml = (await Promise.all(notes.map((n) => zip.file(n)!.async('string')))).join('');
			expect(notesXml).toContain('Value score = 40% monetary');
		}
	);
});

describe('paged media', () => {
	it('escapes footer text as a CSS string', () => {
		expect(cssString('A "big" \\ client\nname')).toBe('"A \\"big\\" \\\\ client name"');
	});
	it('turns the page template into counters in either language', () => {
		expect(pageCounterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
		expect(pageCounterContent('第 {page} 页，共 {pages} 页')).toBe(
			'"第 " counter(page) " 页，共 " counter(pages) " 页"'
		);
	});
	it('sets the paper size and leaves the cover without footer', () => {
		const css = pageRules('Letter', 'Acme · 2024-12-31', 'Page {page} of {pages}');
		expect(css).toContain('size: Letter');
		expect(css).toContain('@bottom-left { content: "Acme · 2024-12-31"');
		expect(css).toMatch(/@page :first \{ @bottom-left \{ content: none; \}/);
	});
});

describe('wrapText', () => {
	const measure = (s: string) => s.length * 10;
	it('breaks English between words within the width', () => {
		expect(wrapText('Tier pyramid by share of customers', 130, measure)).toEqual([
			'Tier pyramid',
			'by share of',
			'customers'
		]);
	});
	it('breaks Chinese between characters', () => {
		expect(wrapText('客户分层金字塔图', 40, measure)).toEqual(['客户分层', '金字塔图']);
	});
});
