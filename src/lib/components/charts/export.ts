// Chart exports that never leave the device: a slide-ready PNG of the chart (png.ts) and the chart's data as
// CSV, written by the one guarded writer in $lib/export (labels come from users and imported headers: they must
// never run).
import { toCsv } from '$lib/export/csv';
import { roundColumns } from '$lib/i18n/format';
import { CSV_TYPE, downloadFile } from '$lib/export/download';
import { chartPngBlob, type ChartImageText } from './png';

function download(href: string, filename: string): void {
	const a = document.createElement('a');
	a.href = href;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
}

/** Saves the chart in container (its first <svg>) as a slide-ready PNG (see png.ts). */
export async function savePng(
	container: Element,
	filename: string,
	text: ChartImageText = {}
): Promise<void> {
	const blob = await chartPngBlob(container, text);
	const pngUrl = URL.createObjectURL(blob);
	download(pngUrl, filename);
	setTimeout(() => URL.revokeObjectURL(pngUrl), 1000);
}

/** Chart data as CSV through the one guarded writer (formula-safe cells, BOM, quoting for `,` and `;` locales). */
export function chartCsv(
	columns: readonly string[],
	rows: readonly (readonly (string | number)[])[]
): string {
	// Numbers stay numbers, rounded per column (no 0.6960523128509521 in a client's spreadsheet).
	return toCsv([columns, ...roundColumns(rows)]);
}

export function saveCsv(
	columns: readonly string[],
	rows: readonly (readonly (string | number)[])[],
	filename: string
): void {
	downloadFile(chartCsv(columns, rows), filename, CSV_TYPE);
}
