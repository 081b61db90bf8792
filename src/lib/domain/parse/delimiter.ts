// Picks the field delimiter of a delimited text sample: the candidate that gives the most lines the same
// (more than one) field count wins. Quotes are respected, so a quoted "1,5" or an embedded newline never counts.

/** ' ' stands for "runs of spaces": fixed-width-looking text such as CDNOW's `00001 19970101  1   11.77`. */
export type Delimiter = ',' | ';' | '\t' | '|' | ' ';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const MAX_RECORDS = 50;

/** Field counts of the first records of `sample` split by `delim`, honouring RFC 4180 double quotes. */
export function countFields(sample: string, delim: string, maxRecords = MAX_RECORDS): number[] {
	const counts: number[] = [];
	const d = delim.charCodeAt(0);
	let fields = 1;
	let inQuotes = false;
	let atFieldStart = true;
	let lineHasContent = false;
	const n = sample.length;
	for (let i = 0; i < n && counts.length < maxRecords; i++) {
		const c = sample.charCodeAt(i);
		if (inQuotes) {
			if (c === 34) {
				if (sample.charCodeAt(i + 1) === 34) i++;
				else inQuotes = false;
			}
			continue;
		}
		if (c === 34 && atFieldStart) {
			inQuotes = true;
			atFieldStart = false;
			lineHasContent = true;
		} else if (c === d) {
			fields++;
			atFieldStart = true;
			lineHasContent = true;
		} else if (c === 10 || c === 13) {
			if (c === 13 && sample.charCodeAt(i + 1) === 10) i++;
			if (lineHasContent) counts.push(fields);
			fields = 1;
			atFieldStart = true;
			lineHasContent = false;
		} else {
			atFieldStart = false;
			lineHasContent = true;
		}
	}
	// A last line without a newline is kept only when it is the whole sample (it may be cut short otherwise).
	if (lineHasContent && counts.length === 0) counts.push(fields);
	return counts;
}

function modeOf(values: readonly number[]): { value: number; count: number } {
	const tally = new Map<number, number>();
	let best = { value: 0, count: 0 };
	for (const v of values) {
		const c = (tally.get(v) ?? 0) + 1;
		tally.set(v, c);
		if (c > best.count || (c === best.count && v > best.value)) best = { value: v, count: c };
	}
	return best;
}

/** Field counts of the first lines when runs of spaces separate fields (leading/trailing spaces ignored). */
export function countSpaceFields(sample: string, maxRecords = MAX_RECORDS): number[] {
	const counts: number[] = [];
	for (const line of sample.split(/\r\n|\n|\r/)) {
		if (counts.length >= maxRecords) break;
		const trimmed = line.trim();
		if (trimmed) counts.push(trimmed.split(/[ \t]+/).length);
	}
	// The last line of a sample may be cut short: drop it unless it is the only one.
	if (counts.length > 1 && !/[\r\n]$/.test(sample)) counts.pop();
	return counts;
}

/**
 * The delimiter whose modal field count (above 1) covers the largest share of lines; ties go to more fields,
 * then to the order , ; tab |. When none of them splits most lines, runs of spaces are tried: a file whose
 * lines (nearly) all split into the same number of space-separated fields is space-delimited. Single-column or
 * empty samples give ','.
 */
export function sniffDelimiter(sample: string): Delimiter {
	const best = sniffCharDelimiter(sample);
	if (best.share >= 0.8) return best.delimiter;
	const spaced = countSpaceFields(sample);
	if (spaced.length >= 2) {
		const mode = modeOf(spaced);
		if (mode.value >= 2 && mode.count / spaced.length >= 0.9) return ' ';
	}
	return best.delimiter;
}

function sniffCharDelimiter(sample: string): { delimiter: Delimiter; share: number } {
	let best: Delimiter = ',';
	let bestShare = 0;
	let bestWidth = 1;
	for (const delim of CANDIDATES) {
		const counts = countFields(sample, delim);
		if (counts.length === 0) continue;
		const mode = modeOf(counts);
		if (mode.value < 2) continue;
		const share = mode.count / counts.length;
		if (share > bestShare + 1e-9 || (Math.abs(share - bestShare) <= 1e-9 && mode.value > bestWidth)) {
			best = delim;
			bestShare = share;
			bestWidth = mode.value;
		}
	}
	return { delimiter: best, share: bestShare };
}
