// Row numbers as customer ids, for files that have no id column at all (UCI Wholesale customers, an order
// report without buyers): each non-blank data row becomes one customer, numbered 1, 2, 3 … in file order.
import { isBlankRow, ROLE_TYPE, type ColumnSpec } from './columns';

export const ROW_NUMBER_KEY = 'rowNumber';

/** The stored id column: a virtual cell one past the file's last column, filled by rowNumberFiller. */
export function rowNumberIdSpec(fileColumns: number, header: string): ColumnSpec {
	return {
		key: ROW_NUMBER_KEY,
		header,
		source: fileColumns,
		role: 'customerId',
		type: ROLE_TYPE.customerId,
		rowNumber: true
	};
}

/**
 * Writes the next row number into each non-blank row at `source` (short rows are padded with empty cells, as a
 * spreadsheet shows them); blank rows stay blank so they are still skipped and counted as blank. A row with
 * values past the last column keeps them, and the number lands after them, so the builder still rejects it as
 * "more fields than the header".
 */
export function rowNumberFiller(source: number): (row: string[]) => string[] {
	let next = 0;
	return (row) => {
		if (isBlankRow(row)) return row;
		const overflow = row.length > source && !isBlankRow(row.slice(source));
		const out = overflow ? row.slice() : row.slice(0, source);
		while (out.length < source) out.push('');
		out.push(String(++next));
		return out;
	};
}
