// Plain typed-array baselines for the ML benchmark: logistic regression and a one-hidden-layer MLP trained with
// the same loop as binary-net.ts (seeded shuffle, mini-batches, Adam, balanced class weights, a validation pass
// per epoch), so the TF.js timing is compared with the best a hand-written loop does on one core.

export interface PlainData {
	x: Float32Array;
	rows: number;
	cols: number;
	y: ArrayLike<number>;
}

function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

class Adam {
	m: Float64Array;
	v: Float64Array;
	t = 0;
	constructor(
		size: number,
		private lr: number
	) {
		this.m = new Float64Array(size);
		this.v = new Float64Array(size);
	}
	step(w: Float64Array, g: Float64Array): void {
		this.t++;
		const b1 = 0.9;
		const b2 = 0.999;
		const c1 = 1 - b1 ** this.t;
		const c2 = 1 - b2 ** this.t;
		for (let i = 0; i < w.length; i++) {
			this.m[i] = b1 * this.m[i] + (1 - b1) * g[i];
			this.v[i] = b2 * this.v[i] + (1 - b2) * g[i] * g[i];
			w[i] -= (this.lr * (this.m[i] / c1)) / (Math.sqrt(this.v[i] / c2) + 1e-7);
		}
	}
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const bce = (z: number, y: number) => Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));

function classWeights(y: ArrayLike<number>): [number, number] {
	let pos = 0;
	for (let i = 0; i < y.length; i++) pos += y[i] === 1 ? 1 : 0;
	return [y.length / (2 * Math.max(1, y.length - pos)), y.length / (2 * Math.max(1, pos))];
}

/** Trains a model given per-row forward/backward; returns the mean validation loss of the last epoch. */
function trainLoop(
	params: Float64Array,
	train: PlainData,
	validation: PlainData,
	epochs: number,
	batch: number,
	lr: number,
	seed: number,
	forward: (x: Float32Array, off: number) => number,
	backward: (x: Float32Array, off: number, dz: number, grad: Float64Array) => void
): number {
	const rand = rng(seed);
	const order = Int32Array.from({ length: train.rows }, (_, i) => i);
	const cw = classWeights(train.y);
	const adam = new Adam(params.length, lr);
	const grad = new Float64Array(params.length);
	let valLoss = NaN;
	for (let e = 0; e < epochs; e++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			const t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		for (let start = 0; start < train.rows; start += batch) {
			const end = Math.min(train.rows, start + batch);
			grad.fill(0);
			for (let k = start; k < end; k++) {
				const r = order[k];
				const y = train.y[r];
				const z = forward(train.x, r * train.cols);
				backward(train.x, r * train.cols, (cw[y === 1 ? 1 : 0] * (sigmoid(z) - y)) / (end - start), grad);
			}
			adam.step(params, grad);
		}
		let s = 0;
		const vw = classWeights(validation.y);
		for (let r = 0; r < validation.rows; r++)
			s +=
				vw[validation.y[r] === 1 ? 1 : 0] * bce(forward(validation.x, r * validation.cols), validation.y[r]);
		valLoss = s / validation.rows;
	}
	return valLoss;
}

export function plainLogistic(
	train: PlainData,
	validation: PlainData,
	epochs: number,
	batch = 512,
	seed = 1
): number {
	const d = train.cols;
	const w = new Float64Array(d + 1);
	return trainLoop(
		w,
		train,
		validation,
		epochs,
		batch,
		0.02,
		seed,
		(x, off) => {
			let z = w[d];
			for (let j = 0; j < d; j++) z += w[j] * x[off + j];
			return z;
		},
		(x, off, dz, g) => {
			for (let j = 0; j < d; j++) g[j] += dz * x[off + j];
			g[d] += dz;
		}
	);
}

export function plainMlp(
	train: PlainData,
	validation: PlainData,
	epochs: number,
	hidden = 32,
	batch = 512,
	seed = 1
): number {
	const d = train.cols;
	const rand = rng(seed);
	// Layout: W1 (d×h), b1 (h), W2 (h), b2 (1).
	const p = new Float64Array(d * hidden + hidden + hidden + 1);
	const lim1 = Math.sqrt(6 / (d + hidden));
	for (let i = 0; i < d * hidden; i++) p[i] = (rand() * 2 - 1) * lim1;
	const lim2 = Math.sqrt(6 / (hidden + 1));
	for (let i = 0; i < hidden; i++) p[d * hidden + hidden + i] = (rand() * 2 - 1) * lim2;
	const b1 = d * hidden;
	const w2 = b1 + hidden;
	const b2 = w2 + hidden;
	const h = new Float64Array(hidden);
	const forward = (x: Float32Array, off: number) => {
		let z = p[b2];
		for (let u = 0; u < hidden; u++) {
			let a = p[b1 + u];
			for (let j = 0; j < d; j++) a += x[off + j] * p[j * hidden + u];
			h[u] = a > 0 ? a : 0;
			z += h[u] * p[w2 + u];
		}
		return z;
	};
	const backward = (x: Float32Array, off: number, dz: number, g: Float64Array) => {
		g[b2] += dz;
		for (let u = 0; u < hidden; u++) {
			g[w2 + u] += dz * h[u];
			if (h[u] <= 0) continue;
			const dh = dz * p[w2 + u];
			g[b1 + u] += dh;
			for (let j = 0; j < d; j++) g[j * hidden + u] += dh * x[off + j];
		}
	};
	return trainLoop(p, train, validation, epochs, batch, 0.003, seed, forward, backward);
}
