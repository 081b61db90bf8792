// Explains churn risk in words: a shallow CART tree fitted on the training split's inputs as people read them
// (raw numbers with the pipeline's median for missing, one-hot levels as 0/1), scored on the test split.
import { MISSING_LEVEL, OTHER_LEVEL, type FeaturePipeline, type RawColumn } from '$lib/domain/features';
import { seededRandom, shuffleInPlace } from '$lib/domain/split';
import { fitTree, type Rule, type TreeNode } from '$lib/domain/tree';

/** Depth 3 keeps every rule to at most three conditions; deeper trees stop reading as an explanation. */
export const CHURN_TREE_DEPTH = 3;
/** The tree is grown on at most this many training rows (seeded sample); support is counted on all of them. */
const MAX_FIT_ROWS = 20_000;

export interface ChurnRules {
	/** classIndex 1 = churns, 0 = stays; support and purity over all training customers. */
	rules: Rule[];
	/** Share of test customers the tree labels correctly. */
	testAccuracy: number;
	/** Churn share of the test customers: "always stays" is right for 1 − this. */
	testBaseRate: number;
	testRows: number;
	trainRows: number;
	maxDepth: number;
	/** 0/1 features that stand for "column = level" (category levels, missing indicators), by feature name. */
	levels: Record<string, { column: string; level: string }>;
}

type Getter = (row: number) => number;

const missingText = (v: string | null | undefined) => v === null || v === undefined || v === '';

/** One reader per pipeline feature, in pipeline order, over the original rows of `columns`. */
function readers(
	pipeline: FeaturePipeline,
	columns: RawColumn[]
): { names: string[]; get: Getter[]; levels: ChurnRules['levels'] } | undefined {
	const byName = new Map(columns.map((c) => [c.name, c]));
	const names: string[] = [];
	const get: Getter[] = [];
	const levels: ChurnRules['levels'] = {};
	const level = (column: string, lv: string, fn: Getter) => {
		const name = `${column}=${lv}`;
		names.push(name);
		get.push(fn);
		levels[name] = { column, level: lv };
	};
	for (const step of pipeline.steps) {
		const col = byName.get(step.column);
		if (!col || col.kind !== step.kind) return undefined;
		if (step.kind === 'numeric') {
			const v = col.values as ArrayLike<number>;
			names.push(step.column);
			get.push((r) => (Number.isFinite(v[r]) ? v[r] : step.median));
			if (step.missingIndicator) level(step.column, MISSING_LEVEL, (r) => (Number.isFinite(v[r]) ? 0 : 1));
			continue;
		}
		const v = col.values as ArrayLike<string | null | undefined>;
		const known = new Set(step.levels);
		for (const lv of step.levels) level(step.column, lv, (r) => (v[r] === lv ? 1 : 0));
		if (step.other)
			level(step.column, OTHER_LEVEL, (r) => (!missingText(v[r]) && !known.has(v[r] as string) ? 1 : 0));
		if (step.missing) level(step.column, MISSING_LEVEL, (r) => (missingText(v[r]) ? 1 : 0));
	}
	return { names, get, levels };
}

function leafOf(root: TreeNode, get: Getter[], row: number): TreeNode {
	let node = root;
	while (!node.leaf) node = get[node.feature](row) <= node.threshold ? node.left : node.right;
	return node;
}

/** Leaves in the order fitTree lists its rules (left before right). */
function leaves(node: TreeNode, out: TreeNode[] = []): TreeNode[] {
	if (node.leaf) out.push(node);
	else {
		leaves(node.left, out);
		leaves(node.right, out);
	}
	return out;
}

/**
 * Fits the rules on `train` rows and scores them on `test` rows (indices into `columns` and `label`, whose
 * values there are 1 = churned, 0 = stayed). Undefined when the pipeline does not match the columns or a
 * part is empty.
 */
export function explainChurn(
	pipeline: FeaturePipeline,
	columns: RawColumn[],
	label: ArrayLike<number>,
	split: { train: ArrayLike<number>; test: ArrayLike<number> },
	seed = 1
): ChurnRules | undefined {
	const r = readers(pipeline, columns);
	if (!r || split.train.length === 0 || split.test.length === 0) return undefined;
	const train = Int32Array.from(split.train);
	const fitRows =
		train.length <= MAX_FIT_ROWS
			? train
			: shuffleInPlace(Int32Array.from(train), seededRandom(seed)).slice(0, MAX_FIT_ROWS);
	const tree = fitTree(
		r.names.map((name, j) => ({ name, values: Float64Array.from(fitRows, r.get[j]) })),
		Int32Array.from(fitRows, (row) => (label[row] === 1 ? 1 : 0)),
		2,
		// About 1% of the rows per leaf: no rule about a handful of customers.
		{ maxDepth: CHURN_TREE_DEPTH, minSamplesLeaf: Math.max(5, Math.round(fitRows.length / 100)) }
	);
	// Support and purity over every training customer, leaf by leaf (the rules follow the same order).
	const order = leaves(tree.root);
	const index = new Map(order.map((leaf, i) => [leaf, i]));
	const reach = new Float64Array(order.length);
	const inClass = new Float64Array(order.length);
	for (const row of train) {
		const leaf = leafOf(tree.root, r.get, row);
		const i = index.get(leaf) as number;
		reach[i]++;
		if (leaf.leaf && (label[row] === 1 ? 1 : 0) === leaf.classIndex) inClass[i]++;
	}
	const rules = tree.rules.map((rule, i) => ({
		...rule,
		support: reach[i],
		purity: reach[i] ? inClass[i] / reach[i] : rule.purity
	}));
	let correct = 0;
	let churners = 0;
	for (const row of Int32Array.from(split.test)) {
		const y = label[row] === 1 ? 1 : 0;
		churners += y;
		const leaf = leafOf(tree.root, r.get, row);
		if (leaf.leaf && leaf.classIndex === y) correct++;
	}
	return {
		rules,
		testAccuracy: correct / split.test.length,
		testBaseRate: churners / split.test.length,
		testRows: split.test.length,
		trainRows: train.length,
		maxDepth: CHURN_TREE_DEPTH,
		levels: r.levels
	};
}
