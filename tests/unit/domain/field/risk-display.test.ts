import { describe, expect, it } from 'vitest';
import { modelAgeDays, packChurnHeader, packRiskModel, riskShown } from '$lib/domain/field/risk-display';
import { checkFieldPack, type FieldPackBody } from '$lib/domain/field/field-pack';

describe('showing a churn risk on the phone', () => {
	it('shows band and whole percent when the model is useful, strong or of unknown quality', () => {
		expect(riskShown(0.374, 'medium', 'useful')).toEqual({ kind: 'precise', band: 'medium', percent: 37 });
		expect(riskShown(0.995, 'high', 'strong')).toEqual({ kind: 'precise', band: 'high', percent: 100 });
		expect(riskShown(0.005, 'low', null)).toEqual({ kind: 'precise', band: 'low', percent: 1 });
	});

	it('shows only the band when the model is weak, never the percentage', () => {
		expect(riskShown(0.374, 'medium', 'weak')).toEqual({ kind: 'band', band: 'medium' });
		// No band to fall back on: nothing rather than a number the model cannot back.
		expect(riskShown(0.374, undefined, 'weak')).toEqual({ kind: 'none' });
	});

	it('shows nothing for a customer the model did not score', () => {
		expect(riskShown(NaN, 'high', 'strong')).toEqual({ kind: 'none' });
	});

	it('counts the model age in whole days and says unknown for a missing or future date', () => {
		const trained = Date.UTC(2026, 10, 20, 9);
		expect(modelAgeDays(trained, Date.UTC(2026, 11, 2, 8))).toBe(11);
		expect(modelAgeDays(trained, Date.UTC(2026, 11, 2, 10))).toBe(12);
		expect(modelAgeDays(null, Date.now())).toBeNaN();
		expect(modelAgeDays(trained, trained - 1)).toBeNaN();
	});
});

describe('the churn model in a field pack', () => {
	const pack = (churn: FieldPackBody['churn']): FieldPackBody => ({
		packId: 'p',
		title: 't',
		source: { datasetId: 'd', datasetName: 'n' },
		analysisDate: 0,
		currency: null,
		tiers: [],
		churn,
		playbooks: [],
		customers: []
	});

	it('writes quality, date and a rounded AUC, and reads them back through the file check', () => {
		const header = packChurnHeader(0.42, { quality: 'weak', trainedAt: 1_764_000_000_000, testAuc: 0.61234 });
		expect(header).toEqual({
			threshold: 0.42,
			verdict: 'weak',
			trainedAt: 1_764_000_000_000,
			testAuc: 0.612
		});
		const read = checkFieldPack(JSON.parse(JSON.stringify(pack(header))));
		expect('pack' in read && packRiskModel(read.pack.churn)).toEqual({
			quality: 'weak',
			trainedAt: 1_764_000_000_000,
			testAuc: 0.612
		});
	});

	it('still opens a pack written before it carried the model (verdict null, no date): quality unknown', () => {
		const read = checkFieldPack(JSON.parse(JSON.stringify(pack({ threshold: 0.5, verdict: null }))));
		expect('pack' in read && packRiskModel(read.pack.churn)).toEqual({
			quality: null,
			trainedAt: null,
			testAuc: null
		});
	});

	it('ignores a verdict that is not one of the three qualities, and has no model without scores', () => {
		expect(packRiskModel({ threshold: 0.5, verdict: 'excellent' })?.quality).toBeNull();
		expect(packRiskModel(null)).toBeNull();
		expect(packChurnHeader(0.5, undefined)).toEqual({
			threshold: 0.5,
			verdict: null,
			trainedAt: null,
			testAuc: null
		});
	});

	it('refuses a pack whose model date is not a number', () => {
		const bad = JSON.parse(JSON.stringify(pack({ threshold: 0.5, verdict: 'weak', trainedAt: null })));
		bad.churn.trainedAt = 'yesterday';
		expect(checkFieldPack(bad)).toEqual({ error: 'field.error.shape', where: 'pack.churn.trainedAt' });
	});
});
