// A small multilayer perceptron (one ReLU hidden layer) for churn risk, with seeded Glorot initialisation so
// the same seed gives the same starting network on every backend.
import * as tf from '@tensorflow/tfjs';
import { seededRandom } from '$lib/domain/split';
import { glorotUniform, type BinaryNet } from './binary-net';

export function createMlp(inputs: number, hidden = 32, seed = 1): BinaryNet {
	const rand = seededRandom(seed);
	// tidy frees the initial-value tensors; the variables themselves are kept.
	const params = tf.tidy(() => ({
		kernel1: tf.variable(tf.tensor2d(glorotUniform(inputs, hidden, rand), [inputs, hidden])),
		bias1: tf.variable(tf.zeros([hidden])),
		kernel2: tf.variable(tf.tensor2d(glorotUniform(hidden, 1, rand), [hidden, 1])),
		bias2: tf.variable(tf.zeros([1]))
	}));
	return {
		kind: 'mlp',
		params,
		logits: (x) => {
			const h = tf.relu(tf.add(tf.matMul(x, params.kernel1), params.bias1));
			return tf.add(tf.matMul(h as tf.Tensor2D, params.kernel2), params.bias2) as tf.Tensor2D;
		}
	};
}
