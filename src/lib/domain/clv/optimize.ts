// Nelder–Mead simplex minimiser (no optimizer dependency in the app). Used on log-parameters of the CLV models,
// where the likelihood is smooth and low-dimensional (3–4 parameters); restarts guard against early collapse.

export interface MinimizeOptions {
	/** Initial step along each axis (in the parameter's own units; log-units for the CLV fits). */
	step?: number;
	maxIterations?: number;
	/** Stop when the simplex's function values and coordinates both spread less than this. */
	tolerance?: number;
	/** Re-run from the best point this many times (a fresh simplex escapes a collapsed one). */
	restarts?: number;
	/** Box |x_i| ≤ bound (e.g. log-parameters within ±12): outside it the objective is +∞, so degenerate data
	 * that drives a parameter to 0 or ∞ stops at the wall instead of crawling along a ridge for ever. */
	bound?: number;
}

export interface MinimizeResult {
	x: number[];
	value: number;
	evaluations: number;
	converged: boolean;
}

export function nelderMead(
	f: (x: number[]) => number,
	x0: number[],
	options: MinimizeOptions = {}
): MinimizeResult {
	const { step = 0.5, maxIterations = 2000, tolerance = 1e-10, restarts = 2, bound = Infinity } = options;
	const boxed = (x: number[]) => (x.every((v) => Math.abs(v) <= bound) ? f(x) : Infinity);
	let best = run(boxed, x0, step, maxIterations, tolerance);
	let evaluations = best.evaluations;
	for (let r = 0; r < restarts; r++) {
		const next = run(boxed, best.x, step / 4, maxIterations, tolerance);
		evaluations += next.evaluations;
		const improved = next.value < best.value - tolerance;
		if (next.value <= best.value) best = next;
		if (!improved) break;
	}
	return { ...best, evaluations };
}

function run(
	f: (x: number[]) => number,
	x0: number[],
	step: number,
	maxIter: number,
	tol: number
): MinimizeResult {
	const n = x0.length;
	const safe = (x: number[]): number => {
		const v = f(x);
		return Number.isFinite(v) ? v : Infinity;
	};
	const pts: number[][] = [x0.slice()];
	for (let i = 0; i < n; i++) {
		const p = x0.slice();
		p[i] += step;
		pts.push(p);
	}
	const vals = pts.map(safe);
	let evaluations = n + 1;
	let converged = false;
	for (let iter = 0; iter < maxIter; iter++) {
		const order = vals.map((_, i) => i).sort((a, b) => vals[a] - vals[b]);
		const sp = order.map((i) => pts[i]);
		const sv = order.map((i) => vals[i]);
		pts.splice(0, n + 1, ...sp);
		vals.splice(0, n + 1, ...sv);
		let spread = 0;
		for (let i = 1; i <= n; i++)
			for (let j = 0; j < n; j++) spread = Math.max(spread, Math.abs(pts[i][j] - pts[0][j]));
		if (Math.abs(vals[n] - vals[0]) <= tol && spread <= Math.sqrt(tol)) {
			converged = true;
			break;
		}
		const centroid = new Array<number>(n).fill(0);
		for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += pts[i][j] / n;
		const along = (t: number): number[] => centroid.map((c, j) => c + t * (pts[n][j] - c));
		const reflected = along(-1);
		const fr = safe(reflected);
		evaluations++;
		if (fr < vals[0]) {
			const expanded = along(-2);
			const fe = safe(expanded);
			evaluations++;
			if (fe < fr) [pts[n], vals[n]] = [expanded, fe];
			else [pts[n], vals[n]] = [reflected, fr];
		} else if (fr < vals[n - 1]) {
			[pts[n], vals[n]] = [reflected, fr];
		} else {
			const contracted = fr < vals[n] ? along(-0.5) : along(0.5);
			const fc = safe(contracted);
			evaluations++;
			if (fc < Math.min(fr, vals[n])) [pts[n], vals[n]] = [contracted, fc];
			else {
				for (let i = 1; i <= n; i++) {
					pts[i] = pts[i].map((v, j) => pts[0][j] + 0.5 * (v - pts[0][j]));
					vals[i] = safe(pts[i]);
				}
				evaluations += n;
			}
		}
	}
	let bi = 0;
	for (let i = 1; i <= n; i++) if (vals[i] < vals[bi]) bi = i;
	return { x: pts[bi], value: vals[bi], evaluations, converged };
}
