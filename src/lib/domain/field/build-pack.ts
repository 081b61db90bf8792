// Builds a field pack from the manager's workspace columns (pure: the page gathers the columns), and turns a
// pack back into the columns the call list reads, so the phone ranks a pack exactly as the manager would.
import type { Bilingual } from '../strategies/playbooks';
import type { CallColumns } from './call-list';
import {
	fromJson,
	jsonNumber,
	type FieldPackBody,
	type PackCustomer,
	type PackPlaybook,
	type RiskBand
} from './field-pack';

/** Channels a rep works personally: a playbook with none of them (email, app only) puts no one on a call list. */
export const REP_CHANNELS: readonly string[] = ['phone', 'accountManager', 'wechat', 'sms'];

/** The playbook's rhythm for a rep, NaN when the rep has nothing to do for it. */
export function repEvery(p: { channels: readonly string[]; contactEveryDays: number } | undefined): number {
	if (!p || !p.channels.some((c) => REP_CHANNELS.includes(c))) return NaN;
	return Number.isFinite(p.contactEveryDays) && p.contactEveryDays >= 0 ? p.contactEveryDays : NaN;
}

export interface PackSource {
	ids: ArrayLike<string>;
	names?: ArrayLike<string>;
	phones?: ArrayLike<string>;
	tier: ArrayLike<number>;
	tiers: { id: string; name: string }[];
	segmentId: (i: number) => string | null;
	lifecycleId: (i: number) => string | null;
	valueScore: ArrayLike<number>;
	value: ArrayLike<number>;
	recencyDays: ArrayLike<number>;
	frequency: ArrayLike<number>;
	/** Churn probability per customer, absent without a model. */
	churn?: ArrayLike<number>;
	band?: ArrayLike<number>;
	atRisk: (i: number) => boolean;
	/** Index of the customer's first matching playbook (priority order), −1 = none. */
	playbookOf: (i: number) => number;
	playbooks: readonly {
		id: string;
		name: Bilingual;
		actions: Bilingual[];
		channels: readonly string[];
		contactEveryDays: number;
	}[];
	lastContact: (id: string) => string | undefined;
}

const BANDS: readonly RiskBand[] = ['low', 'medium', 'high'];
const text = (v: string | undefined) => (v ? v : null);

/** The pack for the customers at `indices`; only playbooks someone in the slice follows travel. */
export function buildPack(
	src: PackSource,
	indices: ArrayLike<number>,
	meta: Omit<FieldPackBody, 'tiers' | 'playbooks' | 'customers'>
): FieldPackBody {
	const used = new Map<number, number>();
	const playbooks: PackPlaybook[] = [];
	const customers: PackCustomer[] = [];
	for (let k = 0; k < indices.length; k++) {
		const i = indices[k];
		const p = src.playbookOf(i);
		if (p >= 0 && !used.has(p)) {
			const pb = src.playbooks[p];
			used.set(p, playbooks.length);
			playbooks.push({
				id: pb.id,
				name: { ...pb.name },
				actions: pb.actions.map((a) => ({ ...a })),
				channels: [...pb.channels],
				contactEveryDays: pb.contactEveryDays
			});
		}
		const churn = src.churn ? src.churn[i] : NaN;
		const value = src.value[i];
		const band = src.band?.[i] ?? -1;
		customers.push({
			id: src.ids[i],
			name: text(src.names?.[i]),
			phone: text(src.phones?.[i]),
			tier: src.tier[i] >= 0 && src.tier[i] < src.tiers.length ? src.tier[i] : -1,
			segment: src.segmentId(i),
			lifecycle: src.lifecycleId(i),
			valueScore: jsonNumber(src.valueScore[i], 3),
			value: jsonNumber(value, 2),
			recencyDays: jsonNumber(src.recencyDays[i], 0),
			frequency: jsonNumber(src.frequency[i], 2),
			churn: jsonNumber(churn, 3),
			band: Number.isFinite(churn) && band >= 0 && band < 3 ? BANDS[band] : null,
			atRisk: src.atRisk(i),
			expectedLoss: jsonNumber(churn * value, 2),
			playbook: p >= 0 ? used.get(p)! : -1,
			lastContact: src.lastContact(src.ids[i]) ?? null
		});
	}
	return { ...meta, tiers: src.tiers.map((t) => ({ ...t })), playbooks, customers };
}

/** The call-list columns of a pack (risk and at-risk as the manager's device decided them). */
export function packColumns(pack: FieldPackBody): CallColumns {
	const c = pack.customers;
	return {
		ids: c.map((x) => x.id),
		every: Float64Array.from(c, (x) => repEvery(pack.playbooks[x.playbook])),
		atRisk: Uint8Array.from(c, (x) => (x.atRisk ? 1 : 0)),
		probability: Float64Array.from(c, (x) => fromJson(x.churn)),
		tier: Int32Array.from(c, (x) => x.tier),
		value: Float64Array.from(c, (x) => fromJson(x.value))
	};
}
