// The data-quality report as a CSV download: UTF-8 with a BOM (so Excel reads Chinese correctly) and every
// cell that a spreadsheet would run as a formula (= + - @ tab CR first) neutralised with a leading quote.
import type { RejectedRow } from '$lib/domain/columns';
import type { ImportReportRecord } from '$lib/storage/db';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-safe and quoted when needed. */
export function csvCell(value: string | number): string {
	let s = String(value);
	if (FORMULA_START.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

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
	return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
