// Keeps at most `max` points of a long curve (evenly spaced, first and last kept) so an SVG path stays light.
export function thin<T>(points: T[], max = 400): T[] {
	if (points.length <= max) return points;
	const step = (points.length - 1) / (max - 1);
	return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]);
}
