// Logistic regression for churn risk, and its explanations: a customer's contribution from each feature is
// coefficient × standardized value, so "what pushes this customer's risk up" is read straight off the model.
import * as tf from '@tensorflow/tfjs';
import type { BinaryNet } from './binary-net';

/** Weights start at zero (the problem is convex, so the start does not change the optimum). */
export function createLogistic(inputs: number): BinaryNet {
	// tidy frees the initial-value tensors; the variables themselves are kept.
	const params = tf.tidy(() => ({
		kernel: tf.variable(tf.zeros([inputs, 1])),
		bias: tf.variable(tf.zeros([1]))
	}));
	return {
		kind: 'logistic',
		params,
		logits: (x) => tf.add(tf.matMul(x, params.kernel), params.bias) as tf.Tensor2D
	};
}

export interface LogisticCoefficients {
	weights: Float32Array;
	bias: number;
}

export function logisticCoefficients(net: BinaryNet): LogisticCoefficients {
	return { weights: net.params.kernel.dataSync() as Float32Array, bias: net.params.bias.dataSync()[0] };
}

export interface Contribution {
	feature: string;
	/** coefficient × (standardized) value, in log-odds: positive pushes risk up. */
	contribution: number;
}

/** Per-feature contributions to one customer's log-odds (row `row` of a row-major matrix). */
export function contributions(
	coef: LogisticCoefficients,
	x: Float32Array,
	row: number,
	featureNames: string[]
): Contribution[] {
	const d = coef.weights.length;
	return featureNames.map((feature, j) => ({ feature, contribution: coef.weights[j] * x[row * d + j] }));
}

/** The features pushing this customer's risk up most, largest first. */
export function topRiskFactors(contribs: Contribution[], count = 3): Contribution[] {
	return contribs
		.filter((c) => c.contribution > 0)
		.sort((a, b) => b.contribution - a.contribution)
		.slice(0, count);
}
