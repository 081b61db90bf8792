// The demo data drives both purchase models to a parameter bound. These tests pin why: it is the data (customers
// differ too little in dropout for the spread to be estimated), not the optimiser, and the CLV check says so.
import { describe, expect, it } from 'vitest';
import { generateDemoTransactions } from '$lib/domain/demo';
import { bgNbdLogLikelihood } from '$lib/domain/clv/bg-nbd';
import { splitCalibrationHoldout } from '$lib/domain/clv/holdout-split';
import { paretoNbdLogLikelihood } from '$lib/domain/clv/pareto-nbd';
import { validateClv } from '$lib/domain/clv/validation';

function demoTransactions() {
	const table = generateDemoTransactions({ variant: 'en' });
	const ids = new Map<string, number>();
	const n = table.rows.length;
	const tx = { customer: new Int32Array(n), date: new Float64Array(n), amount: new Float64Array(n) };
	table.rows.forEach((row, i) => {
		let c = ids.get(row[0]);
		if (c === undefined) ids.set(row[0], (c = ids.size));
		tx.customer[i] = c;
		tx.date[i] = Date.parse(`${row[4]}T00:00:00Z`);
		tx.amount[i] = Number(row[9]);
	});
	return { tx, customers: ids.size };
}

describe('the demo data and the dropout limit', () => {
	const { tx, customers } = demoTransactions();
	const v = validateClv(tx, customers);

	it('reports both fits as at the data’s homogeneous-dropout limit, and still chooses one', () => {
		if ('error' in v) throw new Error(v.error);
		for (const m of v.models) {
			if ('error' in m.fit) throw new Error(m.fit.error);
			expect(m.fit.converged).toBe(false);
			expect(m.fit.reason).toBe('flatDropout');
		}
		expect(v.chosen).not.toBeNull();
		expect(v.chosenBy).toBe('holdoutError');
	});

	it('is the data: along the ridge (dropout pair scaled at a fixed ratio) the likelihood only creeps upward', () => {
		if ('error' in v) throw new Error(v.error);
		let last = -Infinity;
		for (let i = 0; i < tx.date.length; i++) if (tx.date[i] > last) last = tx.date[i];
		const s = splitCalibrationHoldout(tx, customers, v.calibrationEnd, last).calibration;
		const bg = v.models.find((m) => m.kind === 'bgnbd')?.fit;
		const pn = v.models.find((m) => m.kind === 'paretonbd')?.fit;
		if (!bg || 'error' in bg || bg.model.kind !== 'bgnbd') throw new Error('bg');
		if (!pn || 'error' in pn || pn.model.kind !== 'paretonbd') throw new Error('pn');
		const b = bg.model.params;
		const p = pn.model.params;
		const bgAt = (k: number) => bgNbdLogLikelihood({ ...b, a: b.a * k, b: b.b * k }, s);
		const pnAt = (k: number) => paretoNbdLogLikelihood({ ...p, s: p.s * k, beta: p.beta * k }, s);
		// Shrinking the pair (more spread between customers) costs likelihood; growing it gains almost nothing.
		expect(bgAt(0.01)).toBeLessThan(bgAt(1) - 0.03);
		expect(pnAt(0.01)).toBeLessThan(pnAt(1) - 0.05);
		expect(Math.abs(bgAt(100) - bgAt(1))).toBeLessThan(0.001);
		expect(pnAt(100) - pnAt(1)).toBeGreaterThanOrEqual(0);
		expect(pnAt(100) - pnAt(1)).toBeLessThan(0.002);
	});
});
