// "Save PNG" fit for a slide: the chart's title, subtitle and legend drawn with it, on a light background whatever
// the app's theme, at 2× resolution. Styles are read while <html> is switched to the light theme for one
// synchronous moment (no frame is painted in between), then inlined, since the image cannot see our stylesheet.

export interface LegendItem {
	colour: string;
	label: string;
	dashed?: boolean;
}

export interface ChartImageText {
	title?: string;
	subtitle?: string;
	/** Read from the chart's HTML legend (`.legend li`) when not given. */
	legend?: LegendItem[];
}

export const PNG_SCALE = 2;
export const PNG_BACKGROUND = '#ffffff';
const INK = '#1b1f24';
const MUTED = '#57606a';
const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans SC", "PingFang SC", sans-serif';

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

/** Greedy line breaking by measured width; breaks between words, or between characters for CJK text. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const tok of tokens) {
		const next = line + tok;
		if (line && measure(next.trimEnd()) > maxWidth) {
			lines.push(line.trimEnd());
			line = tok.trimStart();
		} else line = next;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** Runs fn with the light theme applied to <html>, restoring the previous theme synchronously. */
export function withLightTheme<T>(fn: () => T): T {
	const root = document.documentElement;
	const previous = root.dataset.theme;
	root.dataset.theme = 'light';
	try {
		return fn();
	} finally {
		if (previous === undefined) delete root.dataset.theme;
		else root.dataset.theme = previous;
	}
}

function inlineStyles(source: Element, target: Element): void {
	const computed = getComputedStyle(source);
	target.setAttribute('style', STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'));
	const a = source.children;
	const b = target.children;
	for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i], b[i]);
}

function legendOf(container: Element): LegendItem[] {
	return Array.from(container.querySelectorAll('.legend li')).map((li) => {
		const swatch = li.querySelector('.swatch');
		const cs = swatch ? getComputedStyle(swatch) : undefined;
		const bg = cs?.backgroundColor;
		const colour = bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : (cs?.borderTopColor ?? MUTED);
		return {
			colour,
			label: (li.textContent ?? '').trim(),
			dashed: cs?.borderTopStyle === 'dashed'
		};
	});
}

async function loadSvg(text: string): Promise<HTMLImageElement> {
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('svg image failed to load'));
			img.src = url;
		});
		return img;
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Draws the chart (the first <svg> in container) with its texts onto a 2× canvas on white. */
export async function chartCanvas(container: Element, text: ChartImageText = {}): Promise<HTMLCanvasElement> {
	const svg = container.querySelector('svg');
	if (!svg) throw new Error('no chart to export');
	const { width, height } = svg.getBoundingClientRect();
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const legend = withLightTheme(() => {
		inlineStyles(svg, clone);
		return text.legend ?? legendOf(container);
	});
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const img = await loadSvg(new XMLSerializer().serializeToString(clone));

	const canvas = document.createElement('canvas');
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2d canvas');
	const w = Math.max(width, 320) + 2 * PAD;
	const textWidth = w - 2 * PAD;
	const titleFont = `600 16px ${FONT}`;
	const smallFont = `12px ${FONT}`;
	ctx.font = titleFont;
	const titleLines = text.title ? wrapText(text.title, textWidth, (s) => ctx.measureText(s).width) : [];
	ctx.font = smallFont;
	const subLines = text.subtitle ? wrapText(text.subtitle, textWidth, (s) => ctx.measureText(s).width) : [];
	// Legend items flow left to right and wrap.
	const items = legend.map((l) => ({ ...l, w: 22 + ctx.measureText(l.label).width + 16 }));
	const legendRows: (typeof items)[] = [];
	for (const it of items) {
		const row = legendRows[legendRows.length - 1];
		if (row && row.reduce((s, x) => s + x.w, 0) + it.w <= textWidth) row.push(it);
		else legendRows.push([it]);
	}
	const head = titleLines.length * 22 + subLines.length * 17 + (titleLines.length || subLines.length ? 8 : 0);
	const foot = legendRows.length ? legendRows.length * 18 + 8 : 0;
	const h = PAD + head + height + foot + PAD;

	canvas.width = Math.ceil(w * PNG_SCALE);
	canvas.height = Math.ceil(h * PNG_SCALE);
	ctx.scale(PNG_SCALE, PNG_SCALE);
	ctx.fillStyle = PNG_BACKGROUND;
	ctx.fillRect(0, 0, w, h);
	ctx.textBaseline = 'top';
	let y = PAD;
	ctx.fillStyle = INK;
	ctx.font = titleFont;
	for (const line of titleLines) {
		ctx.fillText(line, PAD, y);
		y += 22;
	}
	ctx.fillStyle = MUTED;
	ctx.font = smallFont;
	for (const line of subLines) {
		ctx.fillText(line, PAD, y);
		y += 17;
	}
	if (titleLines.length || subLines.length) y += 8;
	ctx.drawImage(img, PAD, y, width, height);
	y += height + 8;
	for (const row of legendRows) {
		let x = PAD;
		for (const it of row) {
			ctx.strokeStyle = it.colour;
			ctx.lineWidth = 3;
			ctx.setLineDash(it.dashed ? [4, 3] : []);
			ctx.beginPath();
			ctx.moveTo(x, y + 7);
			ctx.lineTo(x + 16, y + 7);
			ctx.stroke();
			ctx.fillStyle = MUTED;
			ctx.fillText(it.label, x + 22, y);
			x += it.w;
		}
		y += 18;
	}
	return canvas;
}

export async function chartPngBlob(container: Element, text: ChartImageText = {}): Promise<Blob> {
	const canvas = await chartCanvas(container, text);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('png encoding failed');
	return blob;
}

/** For slides: a data URL plus the size in CSS pixels (the image itself is 2×). */
export async function chartPngDataUrl(
	container: Element,
	text: ChartImageText = {}
): Promise<{ data: string; width: number; height: number }> {
	const canvas = await chartCanvas(container, text);
	return {
		data: canvas.toDataURL('image/png'),
		width: canvas.width / PNG_SCALE,
		height: canvas.height / PNG_SCALE
	};
}
