// The training loop shared by the churn models: seeded initialisation and shuffling, Adam, class weights,
// early stopping on the validation split (best weights restored), progress callback and cancellation.
import * as tf from '@tensorflow/tfjs';
import { rocAuc } from '$lib/domain/metrics';
import { seededRandom, shuffleInPlace } from '$lib/domain/split';

/** A small network producing one logit per row. Parameters are named so they can be saved and reloaded. */
export interface BinaryNet {
	kind: 'logistic' | 'mlp';
	params: Record<string, tf.Variable>;
	logits(x: tf.Tensor2D): tf.Tensor2D;
}

export function disposeNet(net: BinaryNet): void {
	for (const v of Object.values(net.params)) v.dispose();
}

/** Row-major features (from features.transform) and 0/1 labels for the same rows. */
export interface Dataset {
	x: Float32Array;
	rows: number;
	cols: number;
	y: ArrayLike<number>;
}

export interface EpochLog {
	epoch: number;
	loss: number;
	valLoss: number;
	valAuc: number;
}

export interface TrainOptions {
	epochs?: number;
	batchSize?: number;
	learningRate?: number;
	/** Epochs without validation-loss improvement before stopping. Default 8. */
	patience?: number;
	/** L2 penalty on weights (not biases). */
	l2?: number;
	seed?: number;
	/** 'balanced' weighs each class by n / (2·nᶜ) so the rarer churners count as much as the stayers. */
	classWeight?: 'balanced' | 'none' | [number, number];
	onEpoch?: (log: EpochLog) => void;
	/** Checked between batches; set `aborted` (an AbortSignal works) to stop and keep the best weights so far. */
	signal?: { readonly aborted: boolean };
}

export interface TrainReport {
	history: EpochLog[];
	bestEpoch: number;
	stoppedEarly: boolean;
	cancelled: boolean;
	classWeight: [number, number];
}

export function resolveClassWeight(
	y: ArrayLike<number>,
	option: TrainOptions['classWeight']
): [number, number] {
	if (Array.isArray(option)) return option;
	if (option === 'none') return [1, 1];
	let pos = 0;
	for (let i = 0; i < y.length; i++) pos += y[i] === 1 ? 1 : 0;
	const neg = y.length - pos;
	return [y.length / (2 * Math.max(1, neg)), y.length / (2 * Math.max(1, pos))];
}

/** Glorot-uniform values from the seeded stream, so the same seed gives the same network on any backend. */
export function glorotUniform(fanIn: number, fanOut: number, rand: () => number): Float32Array {
	const limit = Math.sqrt(6 / (fanIn + fanOut));
	return Float32Array.from({ length: fanIn * fanOut }, () => (rand() * 2 - 1) * limit);
}

/** Mean over rows of w·(max(z,0) − z·y + log(1 + e^−|z|)): weighted binary cross-entropy on logits. */
function weightedLoss(z: tf.Tensor2D, y: tf.Tensor2D, w: tf.Tensor2D): tf.Scalar {
	const ce = tf
		.relu(z)
		.sub(z.mul(y))
		.add(tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
	return ce.mul(w).mean();
}

/** Probability of churn per row, computed in slices to bound memory. */
export async function predictProba(
	net: BinaryNet,
	x: Float32Array,
	rows: number,
	cols: number
): Promise<Float32Array> {
	const out = new Float32Array(rows);
	const slice = 16384;
	for (let start = 0; start < rows; start += slice) {
		const end = Math.min(rows, start + slice);
		const p = tf.tidy(() =>
			tf.sigmoid(net.logits(tf.tensor2d(x.subarray(start * cols, end * cols), [end - start, cols])))
		);
		out.set(await p.data(), start);
		p.dispose();
	}
	return out;
}

/** Trains `net` in place; its parameters end at the epoch with the lowest validation loss. */
export async function trainBinaryNet(
	net: BinaryNet,
	train: Dataset,
	validation: Dataset,
	options: TrainOptions = {}
): Promise<TrainReport> {
	// features.transform never emits NaN; one here is a bug upstream, and it would silently poison every weight.
	for (const d of [train, validation])
		if (!d.x.every(Number.isFinite)) throw new Error('non-finite feature value');
	const epochs = options.epochs ?? 100;
	const batchSize = options.batchSize ?? 256;
	const patience = options.patience ?? 8;
	const l2 = options.l2 ?? 0;
	const rand = seededRandom((options.seed ?? 1) + 7919);
	const cw = resolveClassWeight(train.y, options.classWeight ?? 'balanced');
	const optimizer = tf.train.adam(options.learningRate ?? 0.01);
	const weightsOf = (y: ArrayLike<number>) => Float32Array.from(y, (v) => cw[v === 1 ? 1 : 0]);

	const xs = tf.tensor2d(train.x, [train.rows, train.cols]);
	const ys = tf.tensor2d(Float32Array.from(train.y), [train.rows, 1]);
	const ws = tf.tensor2d(weightsOf(train.y), [train.rows, 1]);
	const xv = tf.tensor2d(validation.x, [validation.rows, validation.cols]);
	const yv = tf.tensor2d(Float32Array.from(validation.y), [validation.rows, 1]);
	const wv = tf.tensor2d(weightsOf(validation.y), [validation.rows, 1]);
	const kernels = Object.entries(net.params)
		.filter(([name]) => name.startsWith('kernel'))
		.map(([, v]) => v);

	const history: EpochLog[] = [];
	let best: { epoch: number; loss: number; snapshot: Record<string, tf.Tensor> } | null = null;
	let cancelled = false;
	let stoppedEarly = false;
	const order = Int32Array.from({ length: train.rows }, (_, i) => i);
	try {
		for (let epoch = 1; epoch <= epochs && !cancelled; epoch++) {
			shuffleInPlace(order, rand);
			// The epoch's loss stays on the device until the epoch ends: one read-back per epoch, not per batch.
			let lossSum: tf.Scalar = tf.scalar(0);
			let batches = 0;
			for (let start = 0; start < train.rows; start += batchSize) {
				if (options.signal?.aborted) {
					cancelled = true;
					break;
				}
				const idx = tf.tensor1d(order.subarray(start, Math.min(train.rows, start + batchSize)), 'int32');
				const loss = optimizer.minimize(() => {
					const z = net.logits(tf.gather(xs, idx) as tf.Tensor2D);
					let l = weightedLoss(z, tf.gather(ys, idx) as tf.Tensor2D, tf.gather(ws, idx) as tf.Tensor2D);
					for (const k of kernels) l = l.add(tf.sum(tf.square(k)).mul(l2 / 2));
					return l;
				}, true);
				idx.dispose();
				if (loss) {
					const next = tf.add(lossSum, loss) as tf.Scalar;
					tf.dispose([lossSum, loss]);
					lossSum = next;
				}
				batches++;
				// Yield now and then so a cancel request posted to a worker is seen within the epoch.
				if (batches % 64 === 0) await new Promise((r) => setTimeout(r, 0));
			}
			const epochLoss = (await lossSum.data())[0];
			lossSum.dispose();
			if (cancelled && batches === 0) break;
			const zv = tf.tidy(() => net.logits(xv));
			const valLoss = tf.tidy(() => weightedLoss(zv, yv, wv).dataSync()[0]);
			const valAuc = rocAuc(await zv.data(), validation.y);
			zv.dispose();
			const log = { epoch, loss: epochLoss / Math.max(1, batches), valLoss, valAuc };
			history.push(log);
			options.onEpoch?.(log);
			if (!best || valLoss < best.loss - 1e-5) {
				if (best) Object.values(best.snapshot).forEach((t) => t.dispose());
				best = {
					epoch,
					loss: valLoss,
					snapshot: Object.fromEntries(Object.entries(net.params).map(([k, v]) => [k, v.clone()]))
				};
			} else if (epoch - best.epoch >= patience) {
				stoppedEarly = true;
				break;
			}
			// Let a worker's message loop run (e.g. a cancel request) between epochs.
			await new Promise((r) => setTimeout(r, 0));
		}
	} finally {
		if (best) {
			for (const [k, v] of Object.entries(net.params)) v.assign(best.snapshot[k]);
			Object.values(best.snapshot).forEach((t) => t.dispose());
		}
		optimizer.dispose();
		tf.dispose([xs, ys, ws, xv, yv, wv]);
	}
	return { history, bestEpoch: best?.epoch ?? 0, stoppedEarly, cancelled, classWeight: cw };
}
