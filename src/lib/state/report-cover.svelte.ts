// The report cover's title, consultant and client per dataset, kept in the workspace (definitions kind
// 'reportCover', so backups, encryption at rest and "Delete all data" cover it) and restored after a reload.
// Typing saves after a short pause; leaving the page flushes what is pending.
import { coverFields, type CoverFields, type CoverKey } from '$lib/domain/report/cover-fields';
import { withWriteLock } from '$lib/storage/at-rest';
import { getDefinition, putDefinition } from '$lib/storage/definitions';
import { openDb } from '$lib/storage/open-db';

const KIND = 'reportCover';
const SAVE_AFTER_MS = 400;

class ReportCover {
	datasetId = $state<string | undefined>(undefined);
	fields = $state.raw<CoverFields>({});
	/** True once the stored fields of `datasetId` have been read (inputs wait for it, so typing is never lost). */
	loaded = $state(false);
	/** True from a change until it is written (the cover says so to tests through data-saving). */
	saving = $state(false);
	private timer: ReturnType<typeof setTimeout> | undefined;
	private pending: { datasetId: string; fields: CoverFields } | undefined;

	async follow(datasetId: string | undefined): Promise<void> {
		if (datasetId === this.datasetId) return;
		await this.flush();
		this.datasetId = datasetId;
		this.fields = {};
		this.loaded = false;
		if (!datasetId) return;
		const { db } = await openDb();
		const stored = await getDefinition<unknown>(db, datasetId, KIND);
		if (datasetId !== this.datasetId) return;
		this.fields = coverFields(stored);
		this.loaded = true;
	}

	set(key: CoverKey, value: string): void {
		const datasetId = this.datasetId;
		if (!datasetId) return;
		this.fields = coverFields({ ...this.fields, [key]: value });
		this.pending = { datasetId, fields: this.fields };
		this.saving = true;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.flush(), SAVE_AFTER_MS);
	}

	async flush(): Promise<void> {
		clearTimeout(this.timer);
		const job = this.pending;
		this.pending = undefined;
		if (!job) return;
		try {
			const { db } = await openDb();
			await withWriteLock(db, () => putDefinition(db, job.datasetId, KIND, job.fields));
		} finally {
			if (!this.pending) this.saving = false;
		}
	}
}

export const reportCover = new ReportCover();
