// Switching the detected encoding warns, in words, before the import when the new reading breaks the text.
import { describe, expect, it } from 'vitest';
import { sniffFile } from '$lib/import/sniff';
import { encodingSwitchWarning } from '$lib/import/encoding-switch';
import { detectEncoding } from '$lib/domain/parse/encoding';
import { importDamage } from '$lib/i18n/messages/import-damage';

const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((x) => parseInt(x, 16)));
// "姓名,金额\n张三,5\n" in GBK
const GBK = hex('d0d5c3fb2cbdf0b6ee0ad5c5c8fd2c350a');
const UTF8 = new TextEncoder().encode('姓名,金额\n张三,5\n李四,8\n');

describe('switching the encoding', () => {
	it('says how many characters GBK text loses when read as UTF-8', async () => {
		const r = await sniffFile(new File([GBK], 'g.csv'), { encoding: 'utf-8' });
		if ('error' in r) throw new Error(r.error.key);
		const note = r.preview.notes.find((n) => n.key === 'import.note.encodingSwitchUndecodable');
		expect(note?.params).toMatchObject({ encoding: 'utf-8', detected: 'gb18030' });
		expect(Number(note?.params?.count)).toBeGreaterThan(0);
	});

	it('warns of mojibake when clean UTF-8 is read as GB18030', async () => {
		const r = await sniffFile(new File([UTF8], 'u.csv'), { encoding: 'gb18030' });
		if ('error' in r) throw new Error(r.error.key);
		expect(r.preview.notes).toContainEqual({
			key: 'import.note.encodingSwitchGarbled',
			params: { encoding: 'gb18030', detected: 'utf-8' }
		});
	});

	it('says nothing for the detected encoding, or for plain ASCII under any encoding', async () => {
		const auto = await sniffFile(new File([GBK], 'g.csv'));
		if ('error' in auto) throw new Error(auto.error.key);
		expect(auto.preview.notes.some((n) => n.key.startsWith('import.note.encodingSwitch'))).toBe(false);
		const ascii = new TextEncoder().encode('id,amount\nA,1\n');
		expect(encodingSwitchWarning(ascii, detectEncoding(ascii), 'gb18030')).toBeUndefined();
	});

	it('has the warning in both languages', () => {
		for (const key of ['import.note.encodingSwitchUndecodable', 'import.note.encodingSwitchGarbled'])
			for (const catalogue of [importDamage.en, importDamage['zh-CN']] as Record<string, string>[]) {
				expect(catalogue[key]).toContain('{encoding}');
				expect(catalogue[key]).toContain('{detected}');
			}
	});
});
