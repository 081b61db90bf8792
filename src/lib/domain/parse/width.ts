// Full-width (全角) characters from Chinese input methods are folded to ASCII before parsing, so '１２３',
// '２０２４年' and 'ＩＤ' read like their half-width forms.

/**
 * Full-width ASCII (U+FF01–FF5E) to half-width, ideographic space to space, Unicode minus to '-'.
 * Returns the input unchanged (no allocation) when there is nothing to convert.
 */
export function toHalfWidth(s: string): string {
	let found = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x2212 || c === 0xa0 || c === 0x202f) {
			found = true;
			break;
		}
	}
	if (!found) return s;
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
		else if (c === 0x3000 || c === 0xa0 || c === 0x202f) out += ' ';
		else if (c === 0x2212) out += '-';
		else out += s[i];
	}
	return out;
}
