// The field pack: a slice of a workspace a manager sends to a rep's phone — each customer's card, scores
// (churn risk included when a model has scored them) and next action, nothing more. Numbers that are
// unknown travel as null (JSON has no NaN). `checkFieldPack` reads one back, refusing anything off-shape.
import type { Bilingual } from '../strategies/playbooks';
import { checkShape, type Check } from './check';

export const PACK_FORMAT = 'strata-field-pack';
export const PACK_VERSION = 1;
/** Caps checked before anything is stored: a pack is for a rep's round, not a whole base. */
export const MAX_PACK_CUSTOMERS = 50_000;

export type RiskBand = 'low' | 'medium' | 'high';

export interface PackPlaybook {
	id: string;
	name: Bilingual;
	actions: Bilingual[];
	channels: string[];
	/** Days between contacts; 0 = one contact only. */
	contactEveryDays: number;
}

export interface PackCustomer {
	id: string;
	name: string | null;
	phone: string | null;
	/** Index into the pack's tiers, −1 = none. */
	tier: number;
	/** RFM segment and lifecycle stage ids (their names are in the app's catalogue). */
	segment: string | null;
	lifecycle: string | null;
	valueScore: number | null;
	/** Predicted CLV where fitted, else historical value. */
	value: number | null;
	recencyDays: number | null;
	frequency: number | null;
	churn: number | null;
	band: RiskBand | null;
	/** High-value at risk by the shared definition, as decided on the manager's device. */
	atRisk: boolean;
	expectedLoss: number | null;
	/** Index into the pack's playbooks (first match = the next action), −1 = none. */
	playbook: number;
	/** Latest day the manager's workspace knows of a contact, 'YYYY-MM-DD'. */
	lastContact: string | null;
}

export interface FieldPackBody {
	/** Random; a log written against the pack names it. */
	packId: string;
	/** What the slice is, as the manager chose it ("Tier: Gold"). */
	title: string;
	source: { datasetId: string; datasetName: string };
	/** The analysis date the scores are as of, ms. */
	analysisDate: number;
	currency: string | null;
	tiers: { id: string; name: string }[];
	/**
	 * The churn model the risks come from; null = none was trained. `verdict` is its quality on the Churn page
	 * ('weak' | 'useful' | 'strong', null = unknown); `trainedAt` and `testAuc` were added later and are optional
	 * so packs written before them still open (and older apps drop them, unchanged otherwise).
	 */
	churn: {
		threshold: number;
		verdict: string | null;
		trainedAt?: number | null;
		testAuc?: number | null;
	} | null;
	playbooks: PackPlaybook[];
	customers: PackCustomer[];
}

const str = (max: number): Check => ({ type: 'string', max });
const optStr = (max: number): Check => ({ type: 'string', max, nullable: true });
const num: Check = { type: 'number', nullable: true };
const bilingual: Check = { type: 'object', fields: { en: str(2000), 'zh-CN': str(2000) } };

const PACK_SHAPE: Check = {
	type: 'object',
	fields: {
		packId: str(100),
		title: str(500),
		source: { type: 'object', fields: { datasetId: str(200), datasetName: str(500) } },
		analysisDate: { type: 'number' },
		currency: optStr(8),
		tiers: {
			type: 'array',
			max: 100,
			items: { type: 'object', fields: { id: str(200), name: str(500) } }
		},
		churn: {
			type: 'object',
			nullable: true,
			fields: {
				threshold: { type: 'number' },
				verdict: optStr(100),
				trainedAt: { type: 'number', nullable: true, optional: true },
				testAuc: { type: 'number', nullable: true, optional: true }
			}
		},
		playbooks: {
			type: 'array',
			max: 200,
			items: {
				type: 'object',
				fields: {
					id: str(200),
					name: bilingual,
					actions: { type: 'array', max: 50, items: bilingual },
					channels: { type: 'array', max: 20, items: str(50) },
					contactEveryDays: { type: 'number' }
				}
			}
		},
		customers: {
			type: 'array',
			max: MAX_PACK_CUSTOMERS,
			items: {
				type: 'object',
				fields: {
					id: str(200),
					name: optStr(500),
					phone: optStr(100),
					tier: { type: 'integer', min: -1 },
					segment: optStr(100),
					lifecycle: optStr(100),
					valueScore: num,
					value: num,
					recencyDays: num,
					frequency: num,
					churn: num,
					band: { type: 'enum', values: ['low', 'medium', 'high'], nullable: true },
					atRisk: { type: 'boolean' },
					expectedLoss: num,
					playbook: { type: 'integer', min: -1 },
					lastContact: optStr(10)
				}
			}
		}
	}
};

export type PackCheck = { pack: FieldPackBody } | { error: string; where: string };

/** Checks a decoded body: shape, caps, and that every tier/playbook reference points inside the pack. */
export function checkFieldPack(value: unknown): PackCheck {
	const bad = checkShape(value, PACK_SHAPE, 'pack');
	if (bad) return { error: 'field.error.shape', where: bad };
	const pack = value as FieldPackBody;
	for (let i = 0; i < pack.customers.length; i++) {
		const c = pack.customers[i];
		if (c.tier >= pack.tiers.length) return { error: 'field.error.shape', where: `customers[${i}].tier` };
		if (c.playbook >= pack.playbooks.length)
			return { error: 'field.error.shape', where: `customers[${i}].playbook` };
	}
	const ids = new Set(pack.customers.map((c) => c.id));
	if (ids.size !== pack.customers.length) return { error: 'field.error.duplicateIds', where: 'customers' };
	return { pack: onlyKnown(pack, PACK_SHAPE) as FieldPackBody };
}

/** A copy with only the fields the shape names: anything extra in a file never reaches the store. */
function onlyKnown(value: unknown, check: Check): unknown {
	if (value === null || value === undefined) return value;
	if (check.type === 'array') return (value as unknown[]).map((v) => onlyKnown(v, check.items));
	if (check.type !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const [key, sub] of Object.entries(check.fields)) {
		const v = (value as Record<string, unknown>)[key];
		if (v !== undefined) out[key] = onlyKnown(v, sub);
	}
	return out;
}

/** A number for JSON: NaN/±Infinity become null; floats rounded so the file carries no noise. */
export function jsonNumber(v: number, digits: number): number | null {
	if (!Number.isFinite(v)) return null;
	const f = 10 ** digits;
	const r = Math.round(v * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

/** Back from JSON: null → NaN, for the shared typed-array code. */
export const fromJson = (v: number | null): number => (v === null ? NaN : v);
