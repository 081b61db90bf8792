// The analysis worker: a thin switch from messages to the analysis session. It opens the store itself, so
// the page sends only ids and definitions; columns come back as transferred typed arrays.
/// <reference lib="webworker" />
import { AnalysisSession } from '$lib/jobs/tiering';
import { runClvValidation } from '$lib/jobs/clv-validation';
import type { CustomerTable } from '$lib/domain/tiering-types';
import { isLockedError, setSessionKey, withWriteLock } from '$lib/storage/at-rest';
import { openDb } from '$lib/storage/open-db';
import type { AnalysisWorkerRequest, AnalysisWorkerResponse, KeyMessage } from './analysis-protocol';

let session: AnalysisSession | undefined;

const post = (message: AnalysisWorkerResponse, transfer: Transferable[] = []) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

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

async function handle(msg: AnalysisWorkerRequest): Promise<void> {
	if (!session) session = new AnalysisSession(await openDbOnce());
	const { id } = msg;
	if (msg.type === 'analyse') {
		const outcome = await session.analyse(msg.datasetId, msg.definitions, (phase, fraction) =>
			post({ id, type: 'progress', phase, fraction })
		);
		if ('error' in outcome) return post({ id, type: 'error', error: outcome.error });
		const { table, transfer } = transferableTable(outcome.stored.table);
		post({ id, type: 'analysed', view: outcome.stored.view, table, fromCache: outcome.fromCache }, transfer);
	} else if (msg.type === 'customer') {
		const detail = await session.customer(msg.datasetId, msg.index);
		if ('error' in detail) return post({ id, type: 'error', error: detail.error });
		post({ id, type: 'customer', detail }, [detail.history.date.buffer, detail.history.amount.buffer]);
	} else if (msg.type === 'clvValidation') {
		const validation = await runClvValidation(await openDbOnce(), msg.datasetId, msg.options);
		if ('error' in validation) return post({ id, type: 'error', error: validation.error });
		post({ id, type: 'clvValidation', validation });
	} else if (msg.type === 'exportSql') {
		const out = await session.exportSql(msg.datasetId, msg.dialect, msg.cutoffs);
		if ('error' in out) return post({ id, type: 'error', error: out.error });
		post({ id, type: 'sql', ...out });
	} else {
		const preview = session.previewTiers(msg.definition, msg.measure);
		if ('error' in preview) return post({ id, type: 'error', error: preview.error });
		post({ id, type: 'preview', preview });
	}
}

self.onmessage = (event: MessageEvent<AnalysisWorkerRequest | KeyMessage>) => {
	if (event.data.type === 'key') return setSessionKey(event.data.key);
	const msg = event.data;
	// Under the shared workspace lock: an encryption change never runs while this writes results.
	openDb()
		.then(({ db }) => withWriteLock(db, () => handle(msg)))
		.catch((e: unknown) => {
			console.error(e);
			post({
				id: msg.id,
				type: 'error',
				error: isLockedError(e)
					? { key: 'atRest.locked' }
					: { key: 'views.error.failed', params: { detail: String(e) } }
			});
		});
};
