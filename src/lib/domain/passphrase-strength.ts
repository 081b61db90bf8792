// A hint on how guessable a passphrase is, shown beside the field and never blocking: the user decides. Length
// counts most (PBKDF2 makes each guess slow, so a long phrase of ordinary words is strong); a passphrase that is
// one common word or password, or one character repeated, is weak whatever its length.

export type PassphraseStrength = 'empty' | 'weak' | 'fair' | 'strong';

/** Passwords that top every leaked list, and words people pick first; compared without case, spaces or digits. */
const COMMON = new Set([
	'password',
	'passphrase',
	'passw0rd',
	'qwerty',
	'qwertyuiop',
	'letmein',
	'welcome',
	'admin',
	'iloveyou',
	'monkey',
	'dragon',
	'sunshine',
	'football',
	'baseball',
	'princess',
	'abc',
	'abcdef',
	'strata',
	'customer',
	'secret',
	'mima',
	'woaini',
	'wodemima'
]);

const DIGIT_RUNS = /^(0123456789|1234567890|9876543210)+/;

/** 'weak' under 8 characters or when it is a common word; 'strong' from 16 characters with two words or more. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
	const p = passphrase.normalize('NFC');
	if (p.length === 0) return 'empty';
	const letters = p.toLowerCase().replace(/[\s\d_\-.!]+/g, '');
	if (COMMON.has(letters) || (letters.length === 0 && DIGIT_RUNS.test(p))) return 'weak';
	if (new Set(p).size <= 2) return 'weak';
	const length = [...p].length;
	if (length < 8) return 'weak';
	const words = p.trim().split(/\s+/).length;
	if (length >= 16 && (words >= 2 || new Set(p).size >= 10)) return 'strong';
	return 'fair';
}
