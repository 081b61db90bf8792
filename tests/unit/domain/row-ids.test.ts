import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { rowNumberFiller, rowNumberIdSpec } from '$lib/domain/row-ids';

// Fixed seed for CI (FC_SEED overrides it); fast-check prints the seed and the shrunk counterexample on failure.
const fcParams = { seed: Number(process.env.FC_SEED) || 20261202, numRuns: 200 };

describe('row numbers as customer ids', () => {
	it('puts the id one past the last file column, as a customer id', () => {
		expect(rowNumberIdSpec(8, 'Row number')).toEqual({
			key: 'rowNumber',
			header: 'Row number',
			source: 8,
			role: 'customerId',
			type: 'category',
			rowNumber: true
		});
	});

	it('numbers non-blank rows 1, 2, 3 and leaves blank rows blank', () => {
		const fill = rowNumberFiller(3);
		expect(fill(['2', '3', '12669'])).toEqual(['2', '3', '12669', '1']);
		expect(fill(['', ' ', ''])).toEqual(['', ' ', '']);
		expect(fill(['1', '3'])).toEqual(['1', '3', '', '2']);
		expect(fill(['1', '3', '5', ''])).toEqual(['1', '3', '5', '3']);
	});

	it('keeps values past the last column so the row is still rejected as too long', () => {
		const fill = rowNumberFiller(2);
		expect(fill(['a', 'b', 'extra'])).toEqual(['a', 'b', 'extra', '1']);
	});

	test.prop(
		[fc.array(fc.array(fc.constantFrom('', ' ', 'x', '12'), { maxLength: 5 }), { maxLength: 40 })],
		fcParams
	)('gives every non-blank row a distinct number in file order, and only those', (rows) => {
		const fill = rowNumberFiller(5);
		const ids = rows
			.map((r) => fill(r))
			.filter((r) => r.length === 6)
			.map((r) => Number(r[5]));
		const nonBlank = rows.filter((r) => r.some((c) => c.trim() !== '')).length;
		expect(ids).toEqual(Array.from({ length: nonBlank }, (_, i) => i + 1));
	});
});
