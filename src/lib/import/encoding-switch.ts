// When the user picks another encoding than the one detected, the preview changes at once, but garbled text is
// easy to miss in a few rows. Said in words before the import: characters the chosen encoding cannot decode
// (rows with them would be rejected), or text that decoded cleanly as the detected encoding and will now read
// differently (GBK read as UTF-8, UTF-8 read as GB18030: mojibake).
import { decodeSample, type EncodingGuess, type TextEncoding } from '$lib/domain/parse/encoding';
import type { MessageRef } from './types';

const REPLACEMENT = 0xfffd;

function hasNonAscii(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
	return false;
}

/** The warning for reading `head` as `chosen` when `guess` was detected; undefined when nothing changes. */
export function encodingSwitchWarning(
	head: Uint8Array,
	guess: EncodingGuess,
	chosen: TextEncoding
): MessageRef | undefined {
	if (chosen === guess.encoding || !hasNonAscii(head)) return undefined;
	const text = decodeSample(head, chosen);
	let undecodable = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === REPLACEMENT) undecodable++;
	// The detected decoding had none of them: they come from the switch, not from the file.
	const before = decodeSample(head, guess.encoding);
	let already = 0;
	for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === REPLACEMENT) already++;
	if (undecodable > already)
		return {
			key: 'import.note.encodingSwitchUndecodable',
			params: { encoding: chosen, detected: guess.encoding, count: undecodable - already }
		};
	if (guess.confident)
		return {
			key: 'import.note.encodingSwitchGarbled',
			params: { encoding: chosen, detected: guess.encoding }
		};
	return undefined;
}
