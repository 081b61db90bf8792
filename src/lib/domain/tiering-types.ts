// The shapes the analysis worker hands the pages: a compact view model (small numbers only) and the
// per-customer columns as typed arrays. Shared by the worker, the state class and the views.
import type { AnalysisDefinitions, AnalysisKpis, TierMeasure } from '$lib/domain/analysis';
import type { ValueConfig, ValueIndicator, Weights } from '$lib/domain/value-score';
import type { TierDefinition } from '$lib/domain/tier-definition';

import type { MessageRef } from './message-ref';
import type { TierClvSummary } from './clv/tier-clv';
import type { BgNbdParams } from './clv/bg-nbd';
import type { GammaGammaParams } from './clv/gamma-gamma';
import type { ClvTimeUnit } from './clv/summary';

export type { MessageRef };

export type SegmentScheme = 'rfmSegments' | 'eightClass';

/** Everything the user can edit about the tiering of one dataset; `scheme` is a view choice only. */
export interface TieringDefinitions extends AnalysisDefinitions {
	scheme?: SegmentScheme;
	/** UTC epoch ms of the day the analysis looks back from; absent = the last transaction date. */
	analysisDate?: number;
}

export interface ClvFit {
	model: 'bgnbd' | 'paretonbd';
	bgNbd: BgNbdParams;
	gammaGamma?: GammaGammaParams;
	unit: ClvTimeUnit;
	months: number;
	monthlyDiscount: number;
}

export interface TierSummary {
	id: string;
	label?: string;
	count: number;
	revenue: number;
	/** Share of all customers (assigned or not) and of the positive revenue total, 0..1. */
	customerShare: number;
	revenueShare: number;
	/** Smallest measure value that enters the tier (inclusive); NaN when open or not applicable. */
	lowerBound: number;
}

export interface RfCell {
	count: number;
	/** Mean monetary of the customers in the cell; NaN when empty. */
	meanMonetary: number;
}

export interface Histogram {
	/** Bin edges, length bins + 1; bin k is [edges[k], edges[k+1]), the last bin closed. */
	edges: number[];
	counts: number[];
	/** Customers without a finite value. */
	missing: number;
}

export interface TieringView {
	datasetId: string;
	shape: 'transactions' | 'customers';
	computedAt: number;
	analysisDate: number;
	frequencyRule: 'orders' | 'purchaseDays' | 'given';
	kpis: Omit<AnalysisKpis, 'tiers'>;
	tiering: TierDefinition;
	tierMeasure: TierMeasure;
	tiers: TierSummary[];
	unassigned: number;
	/** Validation errors of the tiering (then every customer is unassigned). */
	tierErrors: MessageRef[];
	valueConfig: ValueConfig;
	/** Weights actually used, summing to 100. */
	valueWeights: Weights;
	availableIndicators: ValueIndicator[];
	/** Counts per RFM_SEGMENTS / EIGHT_CLASSES code. */
	segments: number[];
	eightClasses: number[];
	/** rfGrid[r − 1][f − 1]: R score rows (5 = most recent) × F score columns. */
	rfGrid: RfCell[][];
	/** R/F/M score levels in use (fewer than five when ties merge levels); absent in views stored before. */
	rfmLevels?: { r: number[]; f: number[]; m: number[] };
	pareto: {
		points: { customerShare: number; revenueShare: number }[];
		top20RevenueShare: number;
		customerShareFor80: number;
		/** The same two figures within each tier (index = tier). */
		byTier: { top20RevenueShare: number; customerShareFor80: number }[];
	};
	/** Counts per LIFECYCLE_STAGES code. */
	lifecycle: number[];
	/** tierLifecycle[k][s]: tier k (last row = no tier) × lifecycle stage s. */
	tierLifecycle: number[][];
	/** Distribution of the tier measure, with the tier lower bounds to draw as cut-offs. */
	histogram: Histogram;
	cutoffs: number[];
	clvFitted: boolean;
	/** The purchase model behind predicted CLV, P(alive) and the outlook (absent when CLV was not fitted). */
	clvModel?: 'bgnbd' | 'paretonbd';
	/** The fitted CLV parameters and options, for the SQL export (absent when CLV was not fitted, or in older views). */
	clvFit?: ClvFit;
	/** Predicted CLV per tier and the upgrade candidates (computed in the worker; absent without predicted CLV). */
	tierClv?: TierClvSummary;
	warnings: MessageRef[];
	definitions: TieringDefinitions;
}

/** Per-customer columns the Customers table needs; index = customer index. */
export interface CustomerTable {
	ids: string[];
	names?: string[];
	phones?: string[];
	tier: Int32Array;
	segment: Uint8Array;
	eightClass: Uint8Array;
	lifecycle: Uint8Array;
	valueScore: Float64Array;
	recencyDays: Float64Array;
	frequency: Float64Array;
	monetary: Float64Array;
	/** Predicted CLV when fitted, else historical. */
	clv: Float64Array;
}

export interface CustomerDetail {
	index: number;
	id: string;
	name?: string;
	phone?: string;
	tier: number;
	segment: number;
	eightClass: number;
	lifecycle: number;
	r: number;
	f: number;
	m: number;
	valueScore: number;
	historicalClv: number;
	predictedClv: number;
	probabilityAlive: number;
	/** Indicator key → value (NaN = not defined). */
	indicators: Record<string, number>;
	/** Purchase lines in date order (transactions shape only). */
	history: { date: Float64Array; amount: Float64Array };
}

export interface TierPreview {
	counts: number[];
	unassigned: number;
	errors: MessageRef[];
}
