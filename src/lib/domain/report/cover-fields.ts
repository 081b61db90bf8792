// The report cover's own words — title, the consultant's name, the client's name — as stored per dataset. Read
// back through `coverFields`, so a damaged or hand-edited record never puts anything but short text on a cover.

export interface CoverFields {
	/** The report's title; absent = the dataset's name. */
	title?: string;
	consultant?: string;
	client?: string;
}

export const COVER_KEYS = ['title', 'consultant', 'client'] as const;
export type CoverKey = (typeof COVER_KEYS)[number];
/** Longer than any real title or name, short enough that a cover never overflows into pages. */
export const MAX_COVER_TEXT = 200;

/** Only the known keys, only strings, capped; anything else is dropped. */
export function coverFields(value: unknown): CoverFields {
	const out: CoverFields = {};
	if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
	for (const key of COVER_KEYS) {
		const v = (value as Record<string, unknown>)[key];
		if (typeof v === 'string') out[key] = v.slice(0, MAX_COVER_TEXT);
	}
	return out;
}

/** The title a cover shows: the typed one unless it is blank, else the dataset's name. */
export function coverTitle(fields: CoverFields, datasetName: string): string {
	return fields.title !== undefined && fields.title.trim() !== '' ? fields.title : datasetName;
}
