import { describe, expect, it } from 'vitest';
import { buildPack, packColumns, repEvery, type PackSource } from '$lib/domain/field/build-pack';
import { checkFieldPack } from '$lib/domain/field/field-pack';
import { callList } from '$lib/domain/field/call-list';

const b = (en: string) => ({ en, 'zh-CN': en });
const playbooks = [
	{ id: 'top', name: b('Top'), actions: [b('Call')], channels: ['phone'], contactEveryDays: 30 },
	{ id: 'mail', name: b('Mail'), actions: [b('Newsletter')], channels: ['email'], contactEveryDays: 90 }
];

/** Four customers: 0 top tier at risk, 1 top tier no phone, 2 bottom tier (email playbook), 3 no playbook. */
function source(over: Partial<PackSource> = {}): PackSource {
	return {
		ids: ['A', 'B', 'C', 'D'],
		names: ['王伟', '', 'Li', 'Zed'],
		phones: ['138 0013 8000', '', '139', ''],
		tier: [0, 0, 1, -1],
		tiers: [
			{ id: 'gold', name: '金卡' },
			{ id: 'regular', name: '普通' }
		],
		segmentId: () => 'loyal',
		lifecycleId: () => 'active',
		valueScore: [0.91234, 0.8, 0.1, NaN],
		value: [1000.456, 800, 20, NaN],
		recencyDays: [10.6, 3, 400, 9],
		frequency: [5, 4, 1, 1],
		churn: [0.70001, 0.2, 0.9, NaN],
		band: [2, 0, 2, -1],
		atRisk: (i) => i === 0,
		playbookOf: (i) => [0, 0, 1, -1][i],
		playbooks,
		lastContact: (id) => (id === 'B' ? '2026-11-30' : undefined),
		...over
	};
}
const meta = {
	packId: 'p',
	title: 'Tier: Gold',
	source: { datasetId: 'd', datasetName: 'orders.csv' },
	analysisDate: 0,
	currency: 'CNY',
	churn: { threshold: 0.5, verdict: null }
};

describe('building a field pack', () => {
	it('carries cards, rounded scores and next actions only for the slice, and reads back as valid', () => {
		const pack = buildPack(source(), [0, 1], meta);
		expect(pack.playbooks.map((p) => p.id)).toEqual(['top']);
		expect(pack.customers[0]).toEqual({
			id: 'A',
			name: '王伟',
			phone: '138 0013 8000',
			tier: 0,
			segment: 'loyal',
			lifecycle: 'active',
			valueScore: 0.912,
			value: 1000.46,
			recencyDays: 11,
			frequency: 5,
			churn: 0.7,
			band: 'high',
			atRisk: true,
			// From the unrounded inputs: 0.70001 × 1000.456 = 700.329…
			expectedLoss: 700.33,
			playbook: 0,
			lastContact: null
		});
		// No phone and no name travel as null, not as empty text.
		expect(pack.customers[1]).toMatchObject({ name: null, phone: null, lastContact: '2026-11-30' });
		expect('pack' in checkFieldPack(JSON.parse(JSON.stringify(pack)))).toBe(true);
	});

	it('works without a churn model: risk, band and expected loss are null, nobody is at risk', () => {
		const pack = buildPack(source({ churn: undefined, band: undefined, atRisk: () => false }), [0, 2, 3], {
			...meta,
			churn: null
		});
		expect(pack.customers.map((c) => [c.churn, c.band, c.expectedLoss, c.atRisk])).toEqual([
			[null, null, null, false],
			[null, null, null, false],
			[null, null, null, false]
		]);
		expect(pack.customers[2]).toMatchObject({ tier: -1, playbook: -1, value: null });
	});

	it('ranks a pack on the phone as the manager would: at risk first, then due by value; email-only and no playbook never', () => {
		const pack = buildPack(source(), [0, 1, 2, 3], meta);
		const cols = packColumns(pack);
		expect(Array.from(cols.every)).toEqual([30, 30, NaN, NaN]);
		const list = callList(cols, new Map(), new Map([['B', '2026-11-30']]), '2026-12-02');
		// A is at risk and never reached; B was reached 2 days ago (rhythm 30); C is email-only; D has no playbook.
		expect(list.map((x) => [pack.customers[x.index].id, x.reason])).toEqual([['A', 'atRisk']]);
	});

	it('treats a playbook without a rep channel, or a negative rhythm, as nothing for a rep', () => {
		expect(repEvery({ channels: ['email', 'app'], contactEveryDays: 7 })).toBeNaN();
		expect(repEvery({ channels: ['wechat'], contactEveryDays: -1 })).toBeNaN();
		expect(repEvery({ channels: ['sms'], contactEveryDays: 0 })).toBe(0);
		expect(repEvery(undefined)).toBeNaN();
	});
});

describe('reading a pack back', () => {
	it('drops fields it does not know, so nothing extra from a file reaches the store', () => {
		const pack = buildPack(source(), [0], meta);
		const extra = JSON.parse(JSON.stringify(pack));
		extra.purchases = [1, 2, 3];
		extra.customers[0].address = '上海市';
		const read = checkFieldPack(extra);
		expect(read).toEqual({ pack });
	});
});
