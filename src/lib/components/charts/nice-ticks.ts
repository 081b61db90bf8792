// Axis ticks at round numbers (1, 2 or 5 times a power of ten), so a profit axis reads 0 / −1,000 / −2,000 rather
// than the quarters of whatever the data's extent happened to be (1 / −963 / −1,927 …). Pure, unit-tested.

/** The round step that splits `span` into about `count` intervals. */
export function niceStep(span: number, count: number): number {
	if (!(span > 0) || !(count > 0)) return 1;
	const raw = span / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const error = raw / power;
	const factor = error >= 7.5 ? 10 : error >= 3.5 ? 5 : error >= 1.5 ? 2 : 1;
	return factor * power;
}

/** Multiples of `step` rounded to the step's own decimals, so 0.1 + 0.2 never prints as 0.30000000000000004. */
function multiple(k: number, step: number): number {
	// An integer over a power of ten is the double nearest the decimal: 3 / 10 is exactly what 0.3 parses to.
	const scale = 10 ** Math.min(20, Math.max(0, -Math.floor(Math.log10(step))));
	return Math.round(k * step * scale) / scale;
}

/**
 * Round ticks for [lo, hi]. With `extend`, the domain grows outwards to the nearest ticks (for a value axis);
 * without, only ticks inside the domain are returned (for an axis whose ends are the data's own, like epochs).
 */
export function niceTicks(
	lo: number,
	hi: number,
	count = 4,
	extend = true
): { domain: [number, number]; ticks: number[] } {
	if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { domain: [0, 1], ticks: [0, 1] };
	if (lo > hi) [lo, hi] = [hi, lo];
	if (lo === hi) return { domain: [lo, hi], ticks: [lo] };
	const step = niceStep(hi - lo, count);
	const first = extend ? Math.floor(lo / step + 1e-9) : Math.ceil(lo / step - 1e-9);
	const last = extend ? Math.ceil(hi / step - 1e-9) : Math.floor(hi / step + 1e-9);
	const ticks: number[] = [];
	for (let k = first; k <= last; k++) ticks.push(multiple(k, step));
	// The tolerance above forgives float noise (3.0000000001 steps); min/max keep the data inside regardless.
	const domain: [number, number] = extend
		? [Math.min(ticks[0], lo), Math.max(ticks[ticks.length - 1], hi)]
		: [lo, hi];
	return { domain, ticks };
}
