import { describe, expect, it } from 'vitest';
import { countFields, sniffDelimiter } from '$lib/domain/parse/delimiter';

describe('sniffDelimiter', () => {
	it('finds commas, semicolons, tabs and pipes', () => {
		expect(sniffDelimiter('id,name,amount\n1,A,10\n2,B,20\n')).toBe(',');
		expect(sniffDelimiter('id;name;amount\n1;A;10,5\n2;B;20,25\n')).toBe(';');
		expect(sniffDelimiter('id\tname\tamount\n1\tA\t10\n2\tB\t20\n')).toBe('\t');
		expect(sniffDelimiter('id|name|amount\n1|A|10\n2|B|20\n')).toBe('|');
	});

	it('handles CRLF line ends', () => {
		expect(sniffDelimiter('a;b\r\n1;2\r\n3;4\r\n')).toBe(';');
	});

	it('ignores delimiters inside quotes', () => {
		// Each line has 2 semicolon fields, but the comma count varies because of the quoted commas.
		const sample = 'name;note\n"Li, Wei";"a,b,c"\n"Zhang";"x"\n"Wang";"1,2"\n';
		expect(sniffDelimiter(sample)).toBe(';');
	});

	it('keeps a quoted field with an embedded newline in one record', () => {
		const sample = 'id,comment,amount\n1,"line one\nline two",10\n2,"ok",20\n3,"a ""quoted"" word",30\n';
		expect(countFields(sample, ',')).toEqual([3, 3, 3, 3]);
		expect(sniffDelimiter(sample)).toBe(',');
	});

	it('falls back to a comma for a single column or an empty sample', () => {
		expect(sniffDelimiter('name\nAlice\nBob\n')).toBe(',');
		expect(sniffDelimiter('')).toBe(',');
	});

	it('breaks a tie between equally consistent candidates in favour of the comma', () => {
		expect(sniffDelimiter('a,b;c\n1,2;3\n')).toBe(',');
	});

	it('does not count the cut-off last line of a sample', () => {
		expect(countFields('a,b,c\n1,2,3\n4,5', ',')).toEqual([3, 3]);
		expect(countFields('a,b,c', ',')).toEqual([3]);
	});
});
