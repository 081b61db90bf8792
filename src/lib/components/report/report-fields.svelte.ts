// The report's editable cover fields and paper size, per dataset, kept for the visit (in memory only: the title
// and consultant's name are not customer data, but nothing of a workspace is written outside IndexedDB).
export type Paper = 'A4' | 'Letter';

class ReportFields {
	titles = $state<Record<string, string>>({});
	consultant = $state('');
	paper = $state<Paper>('A4');

	title(datasetId: string, fallback: string): string {
		return this.titles[datasetId] ?? fallback;
	}
	setTitle(datasetId: string, value: string): void {
		this.titles = { ...this.titles, [datasetId]: value };
	}
}

export const reportFields = new ReportFields();
