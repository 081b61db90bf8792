// Yes/no cells (churn flags and the like) in English and Chinese. Exact spellings hit a map directly; only
// other cases and padding pay for a trim and lower-casing.

// prettier-ignore
const TRUE_WORDS = ['yes', 'y', '1', '1.0', 'true', 't', '是', '是的', '对', '有', '流失', '已流失', 'churned', '√', '✓', '✔'];
// prettier-ignore
const FALSE_WORDS = ['no', 'n', '0', '0.0', 'false', 'f', '否', '不是', '无', '没有', '未流失', '没有流失', '没流失', '未',
	'retained', '×', '✗', '✘'];

const WORDS = new Map<string, 1 | 0>();
for (const w of TRUE_WORDS) WORDS.set(w, 1);
for (const w of FALSE_WORDS) WORDS.set(w, 0);
for (const [w, v] of [...WORDS]) {
	WORDS.set(w.toUpperCase(), v);
	WORDS.set(w[0].toUpperCase() + w.slice(1), v);
}

/** 1 for true, 0 for false, -1 when the cell is not a yes/no value. Case-insensitive, trimmed. */
export function parseBoolean(raw: string): 1 | 0 | -1 {
	const hit = WORDS.get(raw);
	if (hit !== undefined) return hit;
	const norm = raw.trim().toLowerCase();
	if (norm === raw) return -1;
	return WORDS.get(norm) ?? -1;
}
