// Loads the Telco fixture as pipeline columns (parsed with papaparse, as the import does).
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { RawColumn } from '$lib/domain/features';

const NUMERIC = new Set(['SeniorCitizen', 'tenure', 'MonthlyCharges', 'TotalCharges']);

export function loadTelco() {
	const text = readFileSync(
		new URL('../../fixtures/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv', import.meta.url),
		'utf8'
	);
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	const rows = parsed.data;
	const headers = parsed.meta.fields ?? [];
	const columns: RawColumn[] = headers.map((name) =>
		NUMERIC.has(name)
			? {
					name,
					kind: 'numeric',
					values: Float64Array.from(rows, (r) => (r[name].trim() === '' ? NaN : Number(r[name])))
				}
			: { name, kind: 'categorical', values: rows.map((r) => r[name].trim()) }
	);
	const label = Int8Array.from(rows, (r) => (r.Churn === 'Yes' ? 1 : 0));
	return { columns, label, rows: rows.length };
}
