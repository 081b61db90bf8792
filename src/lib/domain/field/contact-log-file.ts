// The contact-log file a rep sends back to the manager: the entries logged on the phone for one workspace,
// with the dataset they belong to. Small and versioned; `checkContactLog` reads one back, refusing misfits.
import { checkShape, type Check } from './check';
import { isDay, mergeContactLogs, OUTCOMES, type ContactEntry } from './contact-log';

export const LOG_FORMAT = 'strata-contact-log';
export const LOG_VERSION = 1;
export const MAX_LOG_ENTRIES = 100_000;
export const MAX_NOTE_CHARS = 2000;

export interface ContactLogBody {
	/** The manager's dataset the customers belong to (from the field pack). */
	source: { datasetId: string; datasetName: string };
	/** The pack the rep worked from, when there was one. */
	packId: string | null;
	entries: ContactEntry[];
}

const str = (max: number): Check => ({ type: 'string', max });

const ENTRY: Check = {
	type: 'object',
	fields: {
		id: str(100),
		customerId: str(200),
		date: str(10),
		outcome: { type: 'enum', values: OUTCOMES },
		note: str(MAX_NOTE_CHARS),
		followUp: { type: 'string', max: 10, optional: true },
		playbookId: { type: 'string', max: 200, optional: true },
		updatedAt: { type: 'number' },
		deleted: { type: 'boolean', optional: true }
	}
};

const LOG_SHAPE: Check = {
	type: 'object',
	fields: {
		source: { type: 'object', fields: { datasetId: str(200), datasetName: str(500) } },
		packId: { type: 'string', max: 100, nullable: true },
		entries: { type: 'array', max: MAX_LOG_ENTRIES, items: ENTRY }
	}
};

export type LogCheck = { log: ContactLogBody } | { error: string; where: string };

/** Checks a decoded log: shape, caps, real calendar days; entries come back merged (one per id). */
export function checkContactLog(value: unknown): LogCheck {
	const bad = checkShape(value, LOG_SHAPE, 'log');
	if (bad) return { error: 'field.error.shape', where: bad };
	const log = value as ContactLogBody;
	for (let i = 0; i < log.entries.length; i++) {
		const e = log.entries[i];
		if (!isDay(e.date)) return { error: 'field.error.shape', where: `log.entries[${i}].date` };
		if (e.followUp !== undefined && !isDay(e.followUp))
			return { error: 'field.error.shape', where: `log.entries[${i}].followUp` };
	}
	// Only the fields we know travel on: an unknown extra field in a file never reaches the store.
	const entries = log.entries.map((e): ContactEntry => ({
		id: e.id,
		customerId: e.customerId,
		date: e.date,
		outcome: e.outcome,
		note: e.note,
		...(e.followUp !== undefined ? { followUp: e.followUp } : {}),
		...(e.playbookId !== undefined ? { playbookId: e.playbookId } : {}),
		updatedAt: e.updatedAt,
		...(e.deleted ? { deleted: true } : {})
	}));
	return {
		log: {
			source: { datasetId: log.source.datasetId, datasetName: log.source.datasetName },
			packId: log.packId,
			entries: mergeContactLogs(entries)
		}
	};
}
