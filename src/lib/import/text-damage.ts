// Damage that text files pick up on the way (a NUL byte from a broken export, bytes of another encoding) is
// dealt with here, cheaply enough for the hot path: one native regex test and one indexOf per 4 MB block.

/** C0 control characters other than tab, line feed and carriage return: never data in a spreadsheet cell. */
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F]/;
const CONTROL_ALL = /[\0-\x08\x0B\x0C\x0E-\x1F]/g;
/* eslint-enable no-control-regex */

/** U+FFFD: what a decoder writes for bytes it cannot decode. Stored, it would hide the lost text. */
export const REPLACEMENT = '\uFFFD';

/** The text without control characters, and how many were removed. */
export function stripControls(text: string): { text: string; removed: number } {
	if (!CONTROL.test(text)) return { text, removed: 0 };
	const clean = text.replace(CONTROL_ALL, '');
	return { text: clean, removed: text.length - clean.length };
}

/** True when some cell of the row holds a character the decoder could not decode. */
export function rowUndecodable(row: readonly string[]): boolean {
	for (let c = 0; c < row.length; c++) if (row[c].includes(REPLACEMENT)) return true;
	return false;
}

/** "12, 40, 41" — the first `max` line numbers, with "…" when there are more. */
export function lineList(lines: readonly number[], max = 10): string {
	const shown = lines.slice(0, max).join(', ');
	return lines.length > max ? `${shown}, …` : shown;
}
