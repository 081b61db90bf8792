// The report's editable cover fields and paper size. Title, consultant and client are saved per dataset in the
// workspace (state/report-cover.svelte.ts) and survive a reload; the paper size is a view choice for the visit.
import { coverTitle } from '$lib/domain/report/cover-fields';
import { reportCover } from '$lib/state/report-cover.svelte';

export type Paper = 'A4' | 'Letter';

const mine = (datasetId: string) => reportCover.datasetId === datasetId;

class ReportFields {
	paper = $state<Paper>('A4');

	/** The title a cover prints: the saved one unless blank, else the dataset's name. */
	title(datasetId: string, fallback: string): string {
		return mine(datasetId) ? coverTitle(reportCover.fields, fallback) : fallback;
	}
	/** What the title input holds: the typed text as is (blank while the user retypes it). */
	titleInput(datasetId: string, fallback: string): string {
		return (mine(datasetId) ? reportCover.fields.title : undefined) ?? fallback;
	}
	setTitle(datasetId: string, value: string): void {
		if (mine(datasetId)) reportCover.set('title', value);
	}
	get consultant(): string {
		return reportCover.fields.consultant ?? '';
	}
	set consultant(value: string) {
		reportCover.set('consultant', value);
	}
	get client(): string {
		return reportCover.fields.client ?? '';
	}
	set client(value: string) {
		reportCover.set('client', value);
	}
}

export const reportFields = new ReportFields();
