// The analysis worker: a thin map from requests to the tiering session and the CLV check. It opens the store
// itself, so the page sends only ids and definitions; columns come back as transferred typed arrays.
import { AnalysisSession } from '$lib/jobs/tiering';
import { runClvValidation } from '$lib/jobs/clv-validation';
import type { CustomerTable } from '$lib/domain/tiering-types';
import { isLockedError, setSessionKey, withWriteLock } from '$lib/storage/at-rest';
import { openDb } from '$lib/storage/open-db';
import type { AnalysisApi } from './analysis-protocol';
import { AbortedError, fromJob, ok, type Handlers } from './rpc';
import { serve } from './serve';

/** Copies the columns before transferring them: the session keeps its own for previews and customer pages. */
function transferableTable(t: CustomerTable): { table: CustomerTable; transfer: Transferable[] } {
	const table: CustomerTable = {
		ids: t.ids,
		names: t.names,
		phones: t.phones,
		tier: t.tier.slice(),
		segment: t.segment.slice(),
		eightClass: t.eightClass.slice(),
		lifecycle: t.lifecycle.slice(),
		valueScore: t.valueScore.slice(),
		recencyDays: t.recencyDays.slice(),
		frequency: t.frequency.slice(),
		monetary: t.monetary.slice(),
		clv: t.clv.slice()
	};
	const transfer = [
		table.tier,
		table.segment,
		table.eightClass,
		table.lifecycle,
		table.valueScore,
		table.recencyDays,
		table.frequency,
		table.monetary,
		table.clv
	].map((a) => a.buffer as ArrayBuffer);
	return { table, transfer };
}

let db: Awaited<ReturnType<typeof openDb>>['db'] | undefined;
const openDbOnce = async () => (db ??= (await openDb()).db);
let session: AnalysisSession | undefined;
const sessionOnce = async () => (session ??= new AnalysisSession(await openDbOnce()));

const handlers: Handlers<AnalysisApi> = {
	async analyse({ datasetId, definitions }, { signal, emit }) {
		// A superseded analysis stops at its next phase: the progress report is its checkpoint.
		const outcome = await (
			await sessionOnce()
		).analyse(datasetId, definitions, (phase, fraction) => {
			if (signal.aborted) throw new AbortedError();
			emit({ phase, fraction });
		});
		if ('error' in outcome) return outcome;
		const { table, transfer } = transferableTable(outcome.stored.table);
		return ok({ view: outcome.stored.view, table, fromCache: outcome.fromCache }, transfer);
	},
	async numbers({ datasetId }) {
		// From the session's cache (else the stored result): the page never decodes the tiering record itself.
		const session = await sessionOnce();
		let stored = session.cached(datasetId);
		if (!stored) {
			const outcome = await session.analyse(datasetId, undefined, () => {});
			if ('error' in outcome) return outcome;
			stored = outcome.stored;
		}
		const copies = Object.entries(stored.numbers).map(([k, v]) => [k, v.slice()] as const);
		return ok(
			Object.fromEntries(copies),
			copies.map(([, v]) => v.buffer as ArrayBuffer)
		);
	},
	async customer({ datasetId, index }) {
		const detail = await (await sessionOnce()).customer(datasetId, index);
		if ('error' in detail) return detail;
		return ok(detail, [detail.history.date.buffer, detail.history.amount.buffer]);
	},
	async clvValidation({ datasetId, options }) {
		return fromJob(await runClvValidation(await openDbOnce(), datasetId, options));
	},
	async exportSql({ datasetId, dialect, cutoffs }) {
		return fromJob(await (await sessionOnce()).exportSql(datasetId, dialect, cutoffs));
	},
	async previewTiers({ definition, measure }) {
		return fromJob((await sessionOnce()).previewTiers(definition, measure));
	}
};

serve(handlers, {
	onKey: setSessionKey,
	// Under the shared workspace lock: an encryption change never runs while this writes results.
	around: async (_method, job) => withWriteLock((await openDb()).db, job),
	fail: (e) =>
		isLockedError(e) ? { key: 'atRest.locked' } : { key: 'views.error.failed', params: { detail: String(e) } }
});
