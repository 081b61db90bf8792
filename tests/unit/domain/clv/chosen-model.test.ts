// The model chosen on the CLV check (by the user or by the holdout comparison) is the one behind every customer
// prediction: predicted CLV, expected purchases, P(alive), the outlook, and the value score and tiers built on them.
import { describe, expect, it } from 'vitest';
import { analyseCustomers } from '$lib/domain/analysis';
import { paretoExpectedPurchases, paretoProbabilityAlive } from '$lib/domain/clv/pareto-nbd';
import { predictClv } from '$lib/domain/clv/predict';
import { clvSummaryFromTransactions } from '$lib/domain/clv/summary';
import { clvByTier, upgradeCandidates } from '$lib/domain/clv/tier-clv';
import { buildView } from '$lib/domain/tiering-view';
import { readCdnowTransactions } from './cdnow-transactions';

const { tx, customerCount } = readCdnowTransactions();
const input = { shape: 'transactions' as const, tx, customerCount, analysisDate: Date.UTC(1997, 8, 30) };
const bg = analyseCustomers(input);
const pareto = analyseCustomers(input, { clv: { model: 'paretonbd', modelChosenBy: 'user' } });

describe('predictions from the chosen purchase model (CDNOW calibration period)', () => {
	it('uses Pareto/NBD for predicted CLV, expected purchases and P(alive) when it is chosen', () => {
		const c = pareto.clv;
		if (!c?.paretoNbd || !c.gammaGamma || !c.predicted) throw new Error('Pareto/NBD not fitted');
		expect(c.model).toBe('paretonbd');
		// Its full-data fit is CDNOW's published one (within 1%).
		expect(c.paretoNbd.r).toBeCloseTo(0.553, 1);
		expect(c.paretoNbd.s).toBeCloseTo(0.606, 1);
		const summary = clvSummaryFromTransactions(tx, customerCount, {
			analysisDate: input.analysisDate,
			unit: 'weeks'
		});
		const alive = paretoProbabilityAlive(c.paretoNbd, summary);
		const year = paretoExpectedPurchases(c.paretoNbd, 52.14, summary);
		const clv = predictClv({ kind: 'paretonbd', params: c.paretoNbd }, c.gammaGamma, summary);
		for (const i of [0, 1, 7, 100, 2356]) {
			expect(c.probabilityAlive?.[i]).toBeCloseTo(alive[i], 12);
			expect(c.predictedPurchases?.[i]).toBeCloseTo(year[i], 12);
			expect(c.predicted[i]).toBeCloseTo(clv[i], 9);
			expect(c.outlook?.alive[i]).toBeCloseTo(alive[i], 12);
		}
	});

	it('gives different customer values than BG/NBD, and the value score and tiers follow them', () => {
		const a = bg.clv?.predicted;
		const b = pareto.clv?.predicted;
		if (!a || !b) throw new Error('no predictions');
		let differ = 0;
		for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 0.01) differ++;
		expect(differ).toBeGreaterThan(1000);
		// The default value model weighs predicted CLV, so scores move with the model.
		let scores = 0;
		for (let i = 0; i < a.length; i++)
			if (Math.abs(bg.value.score[i] - pareto.value.score[i]) > 1e-9) scores++;
		expect(scores).toBeGreaterThan(100);
	});

	it('falls back to BG/NBD without a choice, and says which model was used', () => {
		expect(bg.clv?.model).toBe('bgnbd');
		expect(bg.clv?.paretoNbd).toBeUndefined();
	});
});

describe('predicted CLV per tier in the view (computed in the worker)', () => {
	it('carries the per-tier figures and the upgrade candidates, equal to computing them from the columns', () => {
		const extras = {
			datasetId: 'd',
			shape: 'transactions' as const,
			computedAt: 0,
			ids: [],
			warnings: [],
			definitions: {}
		};
		const view = buildView(pareto, extras);
		const tier = 'tier' in pareto.tiers ? pareto.tiers.tier : new Int32Array(0);
		const clv = pareto.clv?.predicted ?? new Float64Array(0);
		const byTier = clvByTier(tier, clv, pareto.tiering.tiers.length);
		expect(view.clvModel).toBe('paretonbd');
		expect(view.tierClv?.byTier).toEqual(byTier);
		const all = upgradeCandidates(tier, clv, byTier);
		expect(view.tierClv?.upgradeCount).toBe(all.length);
		expect(view.tierClv?.upgrades).toEqual(all.slice(0, 50));
	});
});
