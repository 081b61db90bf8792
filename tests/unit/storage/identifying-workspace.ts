// A workspace written through the real repositories with every kind of record that can identify a customer or
// a client — an imported file (names, headers, ids, a rejected row's cells), an analysis (results, snapshot),
// definitions, a saved model, overrides, contact marks, a contact log and a field pack — and the clear strings
// that must never be found in the stored records once encryption is on.
import { importFile } from '$lib/import/run-import';
import { hashString } from '$lib/import/content-hash';
import { AnalysisSession } from '$lib/jobs/tiering';
import type { ColumnSpec } from '$lib/domain/columns';
import type { StrataDb } from '$lib/storage/db';
import { putDefinition } from '$lib/storage/definitions';
import { markContacted, setTierOverride } from '$lib/storage/annotations';
import { mergeIntoContactLog, saveFieldPack } from '$lib/storage/field';
import { putModel } from '$lib/storage/models';

export const DATASET_NAME = '华东大客户名单 ACME';
export const FILE_NAME = 'acme-客户导出.csv';
export const CSV =
	'客户编号,下单日期,金额,所在城市\n' +
	'CUST-ZHANG-001,2024-01-02,100,杭州西湖\n' +
	'CUST-LI-002,2024-01-05,50,苏州园区\n' +
	'CUST-WANG-003,2024-02-01,400,杭州西湖\n' +
	'CUST-REJECTED-009,not-a-date,7,宁波秘密仓\n';

const COLUMNS: ColumnSpec[] = [
	{ key: 'c0', header: '客户编号', source: 0, role: 'customerId', type: 'category' },
	{ key: 'c1', header: '下单日期', source: 1, role: 'orderDate', type: 'date', dateOrder: 'ymd' },
	{ key: 'c2', header: '金额', source: 2, role: 'amount', type: 'number' },
	{ key: 'c3', header: '所在城市', source: 3, role: 'region', type: 'category' }
];

/** Every string here identifies someone; none may appear in any stored record of an encrypted workspace. */
export const SECRETS = [
	DATASET_NAME,
	'acme-客户导出',
	'客户编号',
	'下单日期',
	'所在城市',
	'CUST-ZHANG-001',
	'CUST-LI-002',
	'CUST-WANG-003',
	'CUST-REJECTED-009',
	'not-a-date',
	'宁波秘密仓',
	'杭州西湖',
	hashString(CSV),
	'钻石VIP张总',
	'老板的亲戚',
	'电话里说下月再订',
	'model of 张总',
	'city=杭州',
	'field pack for 王经理'
];

export async function writeIdentifyingWorkspace(db: StrataDb): Promise<{ datasetId: string }> {
	const out = await importFile(
		new File([CSV], FILE_NAME),
		{
			name: DATASET_NAME,
			shape: 'transactions',
			columns: COLUMNS,
			options: { encoding: 'utf-8', delimiter: ',', headerRow: 0, firstRowIsData: false }
		},
		{ db }
	);
	if ('error' in out) throw new Error(out.error.key);
	const datasetId = out.datasetId;
	const analysed = await new AnalysisSession(db).analyse(datasetId, undefined, () => {});
	if ('error' in analysed) throw new Error(analysed.error.key);
	await putDefinition(db, datasetId, 'clusterNames', { names: ['钻石VIP张总'] });
	await setTierOverride(db, datasetId, {
		customerId: 'CUST-ZHANG-001',
		tierId: 'gold',
		reason: '老板的亲戚'
	});
	await markContacted(db, datasetId, ['CUST-LI-002'], '2024-03-01');
	await mergeIntoContactLog(db, datasetId, [
		{
			id: 'e1',
			customerId: 'CUST-WANG-003',
			date: '2024-03-02',
			outcome: 'reached',
			note: '电话里说下月再订',
			updatedAt: 1
		}
	]);
	await saveFieldPack(db, {
		packId: 'p1',
		title: 'field pack for 王经理',
		source: { datasetId, datasetName: DATASET_NAME },
		analysisDate: 0,
		currency: null,
		tiers: [],
		churn: null,
		playbooks: [],
		customers: []
	});
	await putModel(db, {
		id: 'm1',
		datasetId,
		createdAt: 1,
		kind: 'logistic',
		name: 'model of 张总',
		metrics: { auc: 0.8 },
		pipeline: { featureNames: ['city=杭州'], levels: { c3: ['杭州西湖'] } },
		artifacts: {}
	});
	return { datasetId };
}

const text = new TextDecoder('utf-8');

/** Every string of a stored value, object keys included, and the bytes of typed arrays read as UTF-8. */
function strings(value: unknown, out: string[]): void {
	if (typeof value === 'string') out.push(value);
	else if (ArrayBuffer.isView(value))
		out.push(text.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
	else if (value instanceof ArrayBuffer) out.push(text.decode(new Uint8Array(value)));
	else if (Array.isArray(value)) for (const v of value) strings(v, out);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			out.push(k);
			strings(v, out);
		}
}

/** `table.field: secret` for every secret found in clear in any object store of `db`. */
export async function findClear(db: StrataDb, secrets: readonly string[] = SECRETS): Promise<string[]> {
	const found: string[] = [];
	for (const table of db.tables) {
		for (const record of await table.toArray()) {
			for (const [field, value] of Object.entries(record as object)) {
				const all: string[] = [];
				strings(value, all);
				for (const secret of secrets)
					if (all.some((s) => s.includes(secret))) found.push(`${table.name}.${field}: ${secret}`);
			}
		}
	}
	return found;
}
