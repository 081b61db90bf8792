// Probability-alive and expected-purchases grids over frequency (repeat purchases) × recency (time of the last
// purchase), for a customer observed as long as the longest-known customer: the lifetimes diagnostic matrices.
import type { ClvSummary } from './summary';
import { aliveProbability, conditionalPurchases, type PurchaseModel } from './purchase-model';

export interface ModelHeatmaps {
	/** Repeat purchases, one row each: 0 … maxFrequency. */
	frequencies: number[];
	/** Recency values (weeks since the first purchase), one column each. */
	recencies: number[];
	/** Customer age T used for every cell (weeks). */
	age: number;
	/** Horizon of the expected-purchases grid (weeks). */
	horizon: number;
	/** Row-major [frequency][recency]; NaN where the cell is impossible (repeats but recency 0). */
	alive: number[][];
	purchases: number[][];
}

const MAX_FREQUENCY = 20;
const RECENCY_STEPS = 12;

export function modelHeatmaps(model: PurchaseModel, s: ClvSummary, horizon = 52): ModelHeatmaps {
	let maxX = 0;
	let age = 0;
	for (let i = 0; i < s.x.length; i++) {
		if (s.x[i] > maxX) maxX = s.x[i];
		if (s.T[i] > age) age = s.T[i];
	}
	const frequencies = Array.from({ length: Math.min(maxX, MAX_FREQUENCY) + 1 }, (_, i) => i);
	const recencies = Array.from(
		{ length: RECENCY_STEPS + 1 },
		(_, j) => Math.round(((age * j) / RECENCY_STEPS) * 10) / 10
	);
	const cells = frequencies.length * recencies.length;
	const grid = {
		x: new Float64Array(cells),
		tx: new Float64Array(cells),
		T: new Float64Array(cells).fill(age)
	};
	frequencies.forEach((x, i) =>
		recencies.forEach((r, j) => {
			grid.x[i * recencies.length + j] = x;
			grid.tx[i * recencies.length + j] = x === 0 ? 0 : r;
		})
	);
	const alive = aliveProbability(model, grid);
	const purchases = conditionalPurchases(model, horizon, grid);
	const rows = (v: Float64Array) =>
		frequencies.map((x, i) =>
			recencies.map((r, j) => (x > 0 && r === 0 ? NaN : v[i * recencies.length + j]))
		);
	return { frequencies, recencies, age, horizon, alive: rows(alive), purchases: rows(purchases) };
}
