// The churn model an SQL export can carry: the newest saved logistic model of the dataset trained on a time
// split (order-line features), its coefficients read straight from the stored TF.js weight bytes (float32,
// in weight-spec order) so the worker need not load TF.js.
import type { FeaturePipeline } from '$lib/domain/features';
import type { SqlChurnModel } from '$lib/domain/sql/types';
import type { ModelRecord } from '$lib/storage/db';

interface WeightSpec {
	name: string;
	shape: number[];
	dtype: string;
}

interface Artifacts {
	label?: { kind: string };
	model?: { weightSpecs?: WeightSpec[]; weightData?: ArrayBuffer | ArrayBuffer[] };
}

function concat(data: ArrayBuffer | ArrayBuffer[]): ArrayBuffer {
	if (!Array.isArray(data)) return data;
	const out = new Uint8Array(data.reduce((n, b) => n + b.byteLength, 0));
	let at = 0;
	for (const b of data) {
		out.set(new Uint8Array(b), at);
		at += b.byteLength;
	}
	return out.buffer;
}

/** Kernel and bias of a stored logistic model, or undefined when the record is not one the SQL can run. */
export function logisticFromRecord(record: ModelRecord): SqlChurnModel | undefined {
	const artifacts = record.artifacts as Artifacts | undefined;
	const specs = artifacts?.model?.weightSpecs;
	const data = artifacts?.model?.weightData;
	if (record.kind !== 'logistic' || artifacts?.label?.kind !== 'timeSplit' || !specs || !data)
		return undefined;
	const bytes = concat(data);
	const values: Record<string, Float32Array> = {};
	let offset = 0;
	for (const spec of specs) {
		if (spec.dtype !== 'float32') return undefined;
		const size = spec.shape.reduce((a, b) => a * b, 1);
		if (offset + size * 4 > bytes.byteLength) return undefined;
		values[spec.name] = new Float32Array(bytes.slice(offset, offset + size * 4));
		offset += size * 4;
	}
	const pipeline = record.pipeline as FeaturePipeline | undefined;
	if (!values.kernel || !values.bias || !pipeline) return undefined;
	if (values.kernel.length !== pipeline.featureNames.length) return undefined;
	return { pipeline, weights: Array.from(values.kernel), bias: values.bias[0] };
}

/** The newest usable model among a dataset's saved models. */
export function newestLogistic(records: ModelRecord[]): SqlChurnModel | undefined {
	const sorted = [...records].sort((a, b) => b.createdAt - a.createdAt);
	for (const r of sorted) {
		const model = logisticFromRecord(r);
		if (model) return model;
	}
	return undefined;
}
