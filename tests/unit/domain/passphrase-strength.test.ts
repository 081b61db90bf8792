import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '$lib/domain/passphrase-strength';

describe('passphraseStrength', () => {
	it('says nothing for an empty field', () => {
		expect(passphraseStrength('')).toBe('empty');
	});
	it('calls short passphrases weak', () => {
		expect(passphraseStrength('a7$kQ')).toBe('weak');
		expect(passphraseStrength('blue42x')).toBe('weak');
	});
	it('calls a common password weak however it is dressed up', () => {
		expect(passphraseStrength('Password123!')).toBe('weak');
		expect(passphraseStrength('qwertyuiop')).toBe('weak');
		expect(passphraseStrength('1234567890')).toBe('weak');
		expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaa')).toBe('weak');
	});
	it('calls a mid-length passphrase fair', () => {
		expect(passphraseStrength('lantern42')).toBe('fair');
		expect(passphraseStrength('blue lantern 42')).toBe('fair');
	});
	it('calls a long phrase of several words strong', () => {
		expect(passphraseStrength('blue lantern over the harbour')).toBe('strong');
		expect(passphraseStrength('蓝色灯笼照亮了整个安静的港口和远方')).toBe('strong');
	});
});
