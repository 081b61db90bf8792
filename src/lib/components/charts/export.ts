// Chart exports that never leave the device: an SVG drawn onto a canvas as PNG (computed styles inlined, since
// the image has no access to the page's stylesheet or CSS variables) and the chart's data as CSV, written by the
// one guarded writer in $lib/export (labels come from users and imported headers: they must never run).
import { toCsv } from '$lib/export/csv';
import { roundColumns } from '$lib/i18n/format';
import { CSV_TYPE, downloadFile } from '$lib/export/download';

const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-family',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
];

function download(href: string, filename: string): void {
	const a = document.createElement('a');
	a.href = href;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
}

/** Copies each element's computed presentation styles onto the clone, element by element. */
function inlineStyles(source: Element, target: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	target.setAttribute('style', style);
	const a = source.children;
	const b = target.children;
	for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i], b[i]);
}

export async function savePng(svg: SVGSVGElement, filename: string, background: string): Promise<void> {
	const { width, height } = svg.getBoundingClientRect();
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const text = new XMLSerializer().serializeToString(clone);
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('svg image failed to load'));
			img.src = url;
		});
		const scale = 2; // crisp on high-density screens and in documents
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(width * scale);
		canvas.height = Math.ceil(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) return;
		ctx.fillStyle = background;
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) return;
		const pngUrl = URL.createObjectURL(blob);
		download(pngUrl, filename);
		setTimeout(() => URL.revokeObjectURL(pngUrl), 1000);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Chart data as CSV through the one guarded writer (formula-safe cells, BOM, quoting for `,` and `;` locales). */
export function chartCsv(
	columns: readonly string[],
	rows: readonly (readonly (string | number)[])[]
): string {
	// Numbers stay numbers, rounded per column (no 0.6960523128509521 in a client's spreadsheet).
	return toCsv([columns, ...roundColumns(rows)]);
}

export function saveCsv(
	columns: readonly string[],
	rows: readonly (readonly (string | number)[])[],
	filename: string
): void {
	downloadFile(chartCsv(columns, rows), filename, CSV_TYPE);
}
