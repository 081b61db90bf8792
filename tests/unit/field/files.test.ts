import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readContactLog, readFieldPack, writeContactLog, writeFieldPack } from '$lib/field/files';
import type { FieldPackBody } from '$lib/domain/field/field-pack';
import type { ContactLogBody } from '$lib/domain/field/contact-log-file';
import { utf8 } from '$lib/backup/bytes';

// Fixed seed for CI (FC_SEED overrides it); fast-check prints the seed and the shrunk counterexample on failure.
const fcParams = { seed: Number(process.env.FC_SEED) || 20261202, numRuns: 60 };
/** Few PBKDF2 rounds in tests: the format is the same, only slower to guess in real files. */
const FAST = 1000;

const bi = fc.record({ en: fc.string({ maxLength: 20 }), 'zh-CN': fc.string({ maxLength: 20 }) });
// JSON writes −0 as 0, and the pack writer never produces −0 (jsonNumber), so neither does the generator.
const optNum = fc.option(
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((v) => (v === 0 ? 0 : v)),
	{ nil: null }
);
const packArb: fc.Arbitrary<FieldPackBody> = fc
	.record({
		tiers: fc.array(fc.record({ id: fc.string({ maxLength: 10 }), name: fc.string({ maxLength: 10 }) }), {
			minLength: 1,
			maxLength: 4
		}),
		playbooks: fc.array(
			fc.record({
				id: fc.string({ maxLength: 10 }),
				name: bi,
				actions: fc.array(bi, { maxLength: 3 }),
				channels: fc.array(fc.constantFrom('phone', 'email', 'wechat'), { maxLength: 3 }),
				contactEveryDays: fc.integer({ min: 0, max: 90 })
			}),
			{ maxLength: 3 }
		),
		ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 12 }),
		title: fc.string({ maxLength: 30 }),
		churn: fc.option(
			fc.record({ threshold: fc.double({ min: 0, max: 1, noNaN: true }), verdict: fc.constant(null) }),
			{
				nil: null
			}
		)
	})
	.chain((s) =>
		fc
			.tuple(
				...s.ids.map((id) =>
					fc.record({
						id: fc.constant(id),
						name: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
						phone: fc.option(fc.stringMatching(/^1[3-9]\d{9}$/), { nil: null }),
						tier: fc.integer({ min: -1, max: s.tiers.length - 1 }),
						segment: fc.option(fc.constantFrom('champions', 'loyal'), { nil: null }),
						lifecycle: fc.option(fc.constantFrom('new', 'active'), { nil: null }),
						valueScore: optNum,
						value: optNum,
						recencyDays: optNum,
						frequency: optNum,
						churn: optNum,
						band: fc.constantFrom('low', 'medium', 'high', null),
						atRisk: fc.boolean(),
						expectedLoss: optNum,
						playbook: fc.integer({ min: -1, max: s.playbooks.length - 1 }),
						lastContact: fc.constant(null)
					})
				)
			)
			.map((customers): FieldPackBody => ({
				packId: 'p1',
				title: s.title,
				source: { datasetId: 'd1', datasetName: '订单 2024.csv' },
				analysisDate: Date.UTC(2026, 11, 1),
				currency: 'CNY',
				tiers: s.tiers,
				churn: s.churn,
				playbooks: s.playbooks,
				customers
			}))
	);

const day = fc
	.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) })
	.map((ms) => new Date(ms).toISOString().slice(0, 10));
const logArb: fc.Arbitrary<ContactLogBody> = fc
	.uniqueArray(
		fc.record({
			id: fc.uuid(),
			customerId: fc.string({ minLength: 1, maxLength: 8 }),
			date: day,
			outcome: fc.constantFrom('reached', 'noAnswer', 'willBuy', 'lost'),
			note: fc.string({ maxLength: 40 }),
			updatedAt: fc.integer({ min: 0, max: 2e12 })
		}),
		{ selector: (e) => e.id, maxLength: 10 }
	)
	.map((entries) => ({
		source: { datasetId: 'd1', datasetName: 'demo' },
		packId: 'p1',
		entries: [...entries].sort((a, b) =>
			a.customerId < b.customerId
				? -1
				: a.customerId > b.customerId
					? 1
					: a.date < b.date
						? -1
						: a.date > b.date
							? 1
							: a.id < b.id
								? -1
								: 1
		)
	}));

describe('field pack file', () => {
	test.prop([packArb], fcParams)('reads back exactly what was written', async (pack) => {
		const read = await readFieldPack(new Uint8Array(await writeFieldPack(pack)));
		expect(read).toEqual({ pack, encrypted: false });
	});

	test.prop([packArb], { ...fcParams, numRuns: 8 })(
		'round-trips encrypted, and refuses the wrong passphrase',
		async (pack) => {
			const bytes = new Uint8Array(await writeFieldPack(pack, 'correct horse', FAST));
			expect(await readFieldPack(bytes, 'correct horse')).toEqual({ pack, encrypted: true });
			expect(await readFieldPack(bytes)).toEqual({ error: 'field.error.passphraseNeeded' });
			expect(await readFieldPack(bytes, 'wrong')).toEqual({ error: 'field.error.passphrase' });
		}
	);

	test.prop([packArb, fc.nat(), fc.integer({ min: 1, max: 255 })], fcParams)(
		'refuses a file with a changed byte with a reason, or reads it as a valid pack',
		async (pack, at, delta) => {
			const bytes = new Uint8Array(await writeFieldPack(pack));
			const i = at % bytes.length;
			bytes[i] = (bytes[i] + delta) % 256;
			const read = await readFieldPack(bytes);
			// A change inside a text value can still be a valid pack; anything else must say why.
			if ('error' in read) expect(read.error).toMatch(/^field\.error\./);
			else expect(read.pack.customers).toHaveLength(pack.customers.length);
		}
	);

	it('says what is wrong: not a pack, a log instead, a newer version, a bad field, a backup', async () => {
		const enc = (o: unknown) => utf8.encode(JSON.stringify(o));
		expect(await readFieldPack(utf8.encode('id,name\n1,a'))).toEqual({ error: 'field.error.notFile' });
		expect(await readFieldPack(utf8.encode('STRATA-BACKUP\n....'))).toEqual({
			error: 'field.error.isBackup'
		});
		const log = new Uint8Array(
			await writeContactLog({ source: { datasetId: 'd', datasetName: 'd' }, packId: null, entries: [] })
		);
		expect(await readFieldPack(log)).toEqual({ error: 'field.error.wrongKind', params: { kind: 'log' } });
		expect(
			await readFieldPack(
				enc({ format: 'strata-field-pack', version: 2, createdAt: 1, encryption: null, body: {} })
			)
		).toEqual({ error: 'field.error.newer', params: { version: 2 } });
		const good = fc.sample(
			packArb.filter((p) => p.customers.length > 0),
			{ seed: 1, numRuns: 1 }
		)[0];
		const bad = { ...good, customers: [{ ...good.customers[0], tier: 99 }] };
		expect(
			await readFieldPack(
				enc({ format: 'strata-field-pack', version: 1, createdAt: 1, encryption: null, body: bad })
			)
		).toEqual({ error: 'field.error.shape', params: { where: 'customers[0].tier' } });
		const noPhoneType = { ...good, customers: [{ ...good.customers[0], phone: 13800138000 }] };
		expect(
			await readFieldPack(
				enc({ format: 'strata-field-pack', version: 1, createdAt: 1, encryption: null, body: noPhoneType })
			)
		).toEqual({ error: 'field.error.shape', params: { where: 'pack.customers[0].phone' } });
	});
});

/** A wrong value for each field: an impossible day, an unknown outcome, numbers for text, text for a number. */
const WRONG: Record<string, unknown> = {
	date: '2026-02-30',
	outcome: 'maybe',
	note: 7,
	updatedAt: 'yesterday',
	id: 7
};

describe('contact log file', () => {
	test.prop([logArb], fcParams)('reads back exactly what was written', async (log) => {
		expect(await readContactLog(new Uint8Array(await writeContactLog(log)))).toEqual({
			log,
			encrypted: false
		});
	});

	test.prop([logArb, fc.constantFrom(...Object.keys(WRONG))], fcParams)(
		'refuses an entry with a wrong field, naming it',
		async (log, field) => {
			fc.pre(log.entries.length > 0);
			const broken = {
				...log,
				entries: log.entries.map((e, k) => (k === 0 ? { ...e, [field]: WRONG[field] } : e))
			};
			const bytes = utf8.encode(
				JSON.stringify({
					format: 'strata-contact-log',
					version: 1,
					createdAt: 1,
					encryption: null,
					body: broken
				})
			);
			const read = await readContactLog(bytes);
			expect(read).toMatchObject({ error: 'field.error.shape' });
			expect(String((read as { params?: { where?: string } }).params?.where)).toContain(`entries[0]`);
		}
	);
});
