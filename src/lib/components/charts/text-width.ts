// A text width estimate for laying out SVG labels before they are drawn (measuring needs a live DOM and layout,
// which the PNG and report paths do not have at that point): CJK characters take a full em, other characters
// about 0.6 em. Good to a few pixels at the 11 px axis font, enough to keep labels inside their chart.
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

export function estimateTextWidth(text: string, fontPx = 11): number {
	let em = 0;
	for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
	return em * fontPx;
}
