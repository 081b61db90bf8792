// A shallow CART classifier (Gini impurity) whose leaves read as if-then rules: used to explain clusters
// and churn risk in words. Depth is capped at 4 so every rule stays short enough to read.

export interface TreeFeature {
	name: string;
	values: ArrayLike<number>;
}

export interface TreeOptions {
	/** 1–4; default 3. */
	maxDepth?: number;
	/** Smallest number of rows a leaf may hold; default 5. */
	minSamplesLeaf?: number;
}

export type TreeNode =
	| { leaf: true; classIndex: number; counts: number[]; support: number; purity: number }
	| { leaf: false; feature: number; threshold: number; left: TreeNode; right: TreeNode; support: number };

export interface RuleCondition {
	feature: string;
	op: '<=' | '>';
	threshold: number;
}

export interface Rule {
	conditions: RuleCondition[];
	classIndex: number;
	/** Training rows reaching this leaf; supports of all rules add up to n. */
	support: number;
	/** Share of those rows in the rule's class. */
	purity: number;
}

export interface TreeModel {
	root: TreeNode;
	featureNames: string[];
	rules: Rule[];
	/** Share of training rows the tree classifies correctly. */
	accuracy: number;
}

function gini(counts: ArrayLike<number>, total: number): number {
	if (total === 0) return 0;
	let s = 1;
	for (let c = 0; c < counts.length; c++) s -= (counts[c] / total) ** 2;
	return s;
}

function makeLeaf(rows: Int32Array, y: ArrayLike<number>, classCount: number): TreeNode {
	const counts = new Array<number>(classCount).fill(0);
	for (const r of rows) counts[y[r]]++;
	let best = 0;
	for (let c = 1; c < classCount; c++) if (counts[c] > counts[best]) best = c;
	return { leaf: true, classIndex: best, counts, support: rows.length, purity: counts[best] / rows.length };
}

/** The split of `rows` with the largest Gini decrease, as "value ≤ threshold" where threshold is a data value. */
function bestSplit(
	rows: Int32Array,
	features: TreeFeature[],
	y: ArrayLike<number>,
	classCount: number,
	minLeaf: number
) {
	const n = rows.length;
	const total = new Float64Array(classCount);
	for (const r of rows) total[y[r]]++;
	const parent = gini(total, n);
	let best: { feature: number; threshold: number; gain: number } | null = null;
	const left = new Float64Array(classCount);
	const right = new Float64Array(classCount);
	for (let f = 0; f < features.length; f++) {
		const v = features[f].values;
		const sorted = Int32Array.from(rows).sort((a, b) => v[a] - v[b]);
		left.fill(0);
		right.set(total);
		for (let k = 0; k < n - 1; k++) {
			const cls = y[sorted[k]];
			left[cls]++;
			right[cls]--;
			const here = v[sorted[k]];
			if (here === v[sorted[k + 1]] || k + 1 < minLeaf || n - k - 1 < minLeaf) continue;
			const impurity = ((k + 1) * gini(left, k + 1) + (n - k - 1) * gini(right, n - k - 1)) / n;
			const gain = parent - impurity;
			if (gain > 1e-12 && (!best || gain > best.gain)) best = { feature: f, threshold: here, gain };
		}
	}
	return best;
}

function grow(
	rows: Int32Array,
	features: TreeFeature[],
	y: ArrayLike<number>,
	classCount: number,
	depth: number,
	opts: Required<TreeOptions>
): TreeNode {
	const leaf = makeLeaf(rows, y, classCount);
	if (depth >= opts.maxDepth || rows.length < 2 * opts.minSamplesLeaf || (leaf.leaf && leaf.purity === 1))
		return leaf;
	const split = bestSplit(rows, features, y, classCount, opts.minSamplesLeaf);
	if (!split) return leaf;
	const v = features[split.feature].values;
	const l = rows.filter((r) => v[r] <= split.threshold);
	const r = rows.filter((i) => v[i] > split.threshold);
	return {
		leaf: false,
		feature: split.feature,
		threshold: split.threshold,
		left: grow(l, features, y, classCount, depth + 1, opts),
		right: grow(r, features, y, classCount, depth + 1, opts),
		support: rows.length
	};
}

function collectRules(node: TreeNode, names: string[], path: RuleCondition[], out: Rule[]): void {
	if (node.leaf) {
		out.push({
			conditions: simplify(path),
			classIndex: node.classIndex,
			support: node.support,
			purity: node.purity
		});
		return;
	}
	const name = names[node.feature];
	collectRules(node.left, names, [...path, { feature: name, op: '<=', threshold: node.threshold }], out);
	collectRules(node.right, names, [...path, { feature: name, op: '>', threshold: node.threshold }], out);
}

/** Keeps only the tightest bound per feature and direction ("x ≤ 5 and x ≤ 3" → "x ≤ 3"). */
function simplify(path: RuleCondition[]): RuleCondition[] {
	const out: RuleCondition[] = [];
	for (const c of path) {
		const same = out.findIndex((o) => o.feature === c.feature && o.op === c.op);
		if (same < 0) out.push(c);
		else if (c.op === '<=' ? c.threshold < out[same].threshold : c.threshold > out[same].threshold)
			out[same] = c;
	}
	return out;
}

export function predictTree(root: TreeNode, features: TreeFeature[], row: number): number {
	let node = root;
	while (!node.leaf) node = features[node.feature].values[row] <= node.threshold ? node.left : node.right;
	return node.classIndex;
}

/** Fits the tree on all rows; `classes` holds class indices 0 … classCount−1. */
export function fitTree(
	features: TreeFeature[],
	classes: ArrayLike<number>,
	classCount: number,
	options: TreeOptions = {}
): TreeModel {
	const opts: Required<TreeOptions> = {
		maxDepth: Math.min(4, Math.max(1, options.maxDepth ?? 3)),
		minSamplesLeaf: Math.max(1, options.minSamplesLeaf ?? 5)
	};
	const rows = Int32Array.from({ length: classes.length }, (_, i) => i);
	const root = grow(rows, features, classes, classCount, 0, opts);
	const featureNames = features.map((f) => f.name);
	const rules: Rule[] = [];
	collectRules(root, featureNames, [], rules);
	let correct = 0;
	for (let i = 0; i < classes.length; i++) if (predictTree(root, features, i) === classes[i]) correct++;
	return { root, featureNames, rules, accuracy: correct / classes.length };
}
