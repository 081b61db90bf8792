// The data-quality report as a CSV download: UTF-8 with a BOM (so Excel reads Chinese correctly) and every
// cell that a spreadsheet would run as a formula (= + - @ tab CR first) neutralised with a leading quote.
import type { RejectedRow } from '$lib/domain/columns';
import { toCsv } from '$lib/export/csv';
import type { ImportReportRecord } from '$lib/storage/db';

export interface ReportLabels {
	section: string;
	item: string;
	value: string;
	summary: string;
	rowsRead: string;
	rowsImported: string;
	rowsRejected: string;
	duplicateIds: string;
	byReason: string;
	missing: string;
	invalid: string;
	rejected: string;
	reason: (reason: string) => string;
}

export function reportCsv(
	report: ImportReportRecord,
	rejected: readonly RejectedRow[],
	labels: ReportLabels
): string {
	const rows: (string | number)[][] = [[labels.section, labels.item, labels.value]];
	rows.push([labels.summary, labels.rowsRead, report.rowsRead]);
	rows.push([labels.summary, labels.rowsImported, report.rowsImported]);
	rows.push([labels.summary, labels.rowsRejected, report.rowsRejected]);
	rows.push([labels.summary, labels.duplicateIds, report.duplicateIds]);
	for (const [reason, count] of Object.entries(report.byReason))
		rows.push([labels.byReason, labels.reason(reason), count]);
	for (const c of report.columns) {
		rows.push([labels.missing, c.header, c.missing]);
		rows.push([labels.invalid, c.header, c.invalid]);
	}
	for (const r of rejected) rows.push([labels.rejected, `${r.line}: ${labels.reason(r.reason)}`, ...r.cells]);
	return toCsv(rows);
}
