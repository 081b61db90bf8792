// How a churn risk is shown to a rep, given how good the model behind it is. A weak model (the Churn page's
// verdict, domain/churn-verdict.ts) ranks customers little better than chance, so "37%" would claim a precision
// it does not have: the rep sees only the band with a caution. Pure, so the card and the tests agree.
import type { ChurnQuality } from '../churn-verdict';
import type { FieldPackBody, RiskBand } from './field-pack';

/** The churn model behind a set of scores, as far as the device knows it. */
export interface RiskModel {
	/** null = not known (a saved model's re-score, or a pack made before packs carried it). */
	quality: ChurnQuality | null;
	/** When the model was trained or the scores computed, ms; null = unknown. */
	trainedAt: number | null;
	/** Test ROC-AUC of the training run; null = unknown. */
	testAuc: number | null;
}

export type RiskShown =
	| { kind: 'none' }
	/** A usable model: band and whole-percent probability. */
	| { kind: 'precise'; band: RiskBand | null; percent: number }
	/** A weak model: the band only, with a caution; no number. */
	| { kind: 'band'; band: RiskBand };

export const QUALITIES: readonly ChurnQuality[] = ['weak', 'useful', 'strong'];

export const isQuality = (v: unknown): v is ChurnQuality =>
	typeof v === 'string' && (QUALITIES as readonly string[]).includes(v);

/** What to show for one customer's score. A weak model without a band shows nothing rather than a number. */
export function riskShown(
	probability: number,
	band: RiskBand | null | undefined,
	quality: ChurnQuality | null | undefined
): RiskShown {
	if (!Number.isFinite(probability)) return { kind: 'none' };
	if (quality === 'weak') return band ? { kind: 'band', band } : { kind: 'none' };
	return { kind: 'precise', band: band ?? null, percent: Math.round(probability * 100) };
}

/** Whole days between the model's date and `now`, for "scores from a model 12 days old"; NaN when unknown. */
export function modelAgeDays(trainedAt: number | null, now: number): number {
	if (trainedAt === null || !Number.isFinite(trainedAt) || now < trainedAt) return NaN;
	return Math.floor((now - trainedAt) / 86_400_000);
}

/** The model behind a pack's scores; null when the pack carries no churn scores. */
export function packRiskModel(churn: FieldPackBody['churn']): RiskModel | null {
	if (!churn) return null;
	return {
		quality: isQuality(churn.verdict) ? churn.verdict : null,
		trainedAt: typeof churn.trainedAt === 'number' ? churn.trainedAt : null,
		testAuc: typeof churn.testAuc === 'number' ? churn.testAuc : null
	};
}

/** The pack's churn header from what the manager's device knows of its model. */
export function packChurnHeader(threshold: number, model: RiskModel | undefined): FieldPackBody['churn'] {
	return {
		threshold,
		verdict: model?.quality ?? null,
		trainedAt: model?.trainedAt ?? null,
		testAuc: model && model.testAuc !== null ? Math.round(model.testAuc * 1000) / 1000 : null
	};
}
