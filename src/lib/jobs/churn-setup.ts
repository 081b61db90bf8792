// What the churn page offers for a dataset before training: which label sources exist, the churn column's
// balance and the cells that were not yes/no (from the rejected rows), the date range for a time split.
import type { MessageRef } from '$lib/domain/tiering-types';
import { labelFromColumn, latestCutoff } from '$lib/domain/churn-label';
import type { StrataDb } from '$lib/storage/db';
import { readRejected } from '$lib/storage/datasets';
import { churnColumnSpec } from '$lib/jobs/churn-data';
import type { ChurnSetup } from '$lib/jobs/churn-types';
import { customerValue, finiteMean, loadCustomerBase, type CustomerBase } from '$lib/jobs/customer-base';

export async function churnSetup(
	db: StrataDb,
	datasetId: string
): Promise<ChurnSetup | { error: MessageRef }> {
	const base = await loadCustomerBase(db, datasetId);
	return 'error' in base ? base : churnSetupFor(db, base);
}

export async function churnSetupFor(db: StrataDb, base: CustomerBase): Promise<ChurnSetup> {
	const datasetId = base.dataset.id;
	const setup: ChurnSetup = { customers: base.n, shape: base.dataset.shape, hasTiers: !!base.tier };
	const spec = churnColumnSpec(base);
	const parsed = spec ? base.cols[spec.key] : undefined;
	if (spec && parsed instanceof Int8Array) {
		const counts = new Map<string, number>();
		for (const r of await readRejected(db, datasetId, 5000)) {
			if (r.reason !== 'unparsableBoolean' || r.column !== spec.header) continue;
			const cell = (r.cells[spec.source] ?? '').trim();
			counts.set(cell, (counts.get(cell) ?? 0) + 1);
		}
		const label = labelFromColumn(parsed);
		const unexpected = [...counts]
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) => b.count - a.count);
		setup.column = { header: spec.header, summary: label.summary, unexpected };
	}
	if (base.prepared.input.shape === 'transactions') {
		const date = base.prepared.input.tx.date;
		let first = Infinity;
		let last = -Infinity;
		for (const d of date) {
			if (d < first) first = d;
			if (d > last) last = d;
		}
		if (Number.isFinite(first) && last > first)
			setup.timeSplit = { firstDate: first, lastDate: last, defaultCutoff: latestCutoff(date, 90) };
	}
	if (base.indicators.predictedClv || base.indicators.historicalClv)
		setup.averageClv = finiteMean(customerValue(base));
	return setup;
}
