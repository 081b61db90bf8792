// Report notes about what order lines meant: the derived amount's formula, refunds, and amounts that disagree
// with quantity × unit price. Kept as message keys so the report shows them in the UI language.
import type { ColumnSpec } from '$lib/domain/columns';
import type { LineCounts } from './line-meaning';
import type { MessageRef } from './types';

export function lineNotes(columns: readonly ColumnSpec[], lines: LineCounts | undefined): MessageRef[] {
	const notes: MessageRef[] = [];
	const derived = columns.find((c) => c.derived);
	if (derived) notes.push({ key: 'import.note.derivedAmount', params: { formula: derived.header } });
	if (!lines) return notes;
	if (lines.refunds > 0) notes.push({ key: 'import.note.refundLines', params: { count: lines.refunds } });
	if (lines.amountChecked > 0)
		notes.push({
			key: 'import.note.amountCheck',
			params: { checked: lines.amountChecked, mismatches: lines.amountMismatches }
		});
	return notes;
}
