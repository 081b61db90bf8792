// The report's executive summary, written from the numbers: 3–6 sentences, each a message key with the figures it
// states and the report figure they come from, so every claim is traceable (and testable) without the UI.

/** How a fact is written: the renderer formats each kind with the one formatter for it (money in the currency). */
export type Fact =
	| { kind: 'count' | 'money' | 'percent' | 'probability' | 'date'; value: number }
	| { kind: 'text'; value: string }
	| { kind: 'list'; value: string[] };

/** The report figure a sentence can be checked against. */
export type FigureId = 'kpis' | 'tiers' | 'pareto' | 'atRisk' | 'migration';

export interface SummarySentence {
	/** Message key under report.summary.* */
	key: string;
	figure: FigureId;
	facts: Record<string, Fact>;
}

export interface TierFacts {
	name: string;
	count: number;
	/** Shares 0..1 of all customers and of revenue. */
	customerShare: number;
	revenueShare: number;
}

export interface SummaryInput {
	customers: number;
	buyers: number;
	revenue: number;
	/** Share of buyers with two or more purchases; NaN when unknown. */
	repeatRate: number;
	/** First and last purchase date (UTC ms) as seen from the analysis date; absent without dates. */
	period?: { from: number; to: number };
	/** Top tier first. */
	tiers: TierFacts[];
	pareto: { top20RevenueShare: number; customerShareFor80: number };
	/** The shared high-value-at-risk list (domain/at-risk.ts); absent when no churn model has scored. */
	atRisk?: {
		count: number;
		/** Summed customer value and summed expected loss (probability × value) of the list. */
		value: number;
		expectedLoss: number;
		threshold: number;
		tierNames: string[];
		quality: 'weak' | 'useful' | 'strong';
	};
	/** Tier changes since the last snapshot (up and down moves only); absent without an earlier snapshot. */
	migration?: { since: number; moves: { from: string; to: string; count: number }[] };
}

/** Below this repeat rate most buyers bought once: the focus is a second purchase. */
export const REPEAT_FOCUS_BELOW = 0.5;

const finite = Number.isFinite;

/** The largest move; ties keep the first in the order given. Undefined when nobody moved. */
export function biggestMove<M extends { count: number }>(moves: readonly M[]): M | undefined {
	let best: M | undefined;
	for (const m of moves) if (m.count > 0 && (!best || m.count > best.count)) best = m;
	return best;
}

export function executiveSummary(s: SummaryInput): SummarySentence[] {
	const out: SummarySentence[] = [];
	const revenue: Fact = { kind: 'money', value: s.revenue };
	const customers: Fact = { kind: 'count', value: s.customers };
	out.push(
		s.period
			? {
					key: 'report.summary.customers',
					figure: 'kpis',
					facts: {
						customers,
						revenue,
						from: { kind: 'date', value: s.period.from },
						to: { kind: 'date', value: s.period.to }
					}
				}
			: { key: 'report.summary.customersNoPeriod', figure: 'kpis', facts: { customers, revenue } }
	);

	const top = s.tiers[0];
	if (top && top.count > 0)
		out.push({
			key: 'report.summary.topTier',
			figure: 'tiers',
			facts: {
				tier: { kind: 'text', value: top.name },
				count: { kind: 'count', value: top.count },
				customerShare: { kind: 'percent', value: top.customerShare },
				revenueShare: { kind: 'percent', value: top.revenueShare }
			}
		});

	if (finite(s.pareto.top20RevenueShare) && finite(s.pareto.customerShareFor80))
		out.push({
			key: 'report.summary.pareto',
			figure: 'pareto',
			facts: {
				top20: { kind: 'percent', value: s.pareto.top20RevenueShare },
				for80: { kind: 'percent', value: s.pareto.customerShareFor80 }
			}
		});

	const risk = s.atRisk;
	if (risk) {
		const tiers: Fact = { kind: 'list', value: risk.tierNames };
		const threshold: Fact = { kind: 'probability', value: risk.threshold };
		out.push(
			risk.count > 0
				? {
						key: risk.quality === 'weak' ? 'report.summary.atRiskWeak' : 'report.summary.atRisk',
						figure: 'atRisk',
						facts: {
							count: { kind: 'count', value: risk.count },
							tiers,
							threshold,
							value: { kind: 'money', value: risk.value },
							loss: { kind: 'money', value: risk.expectedLoss }
						}
					}
				: { key: 'report.summary.atRiskNone', figure: 'atRisk', facts: { tiers, threshold } }
		);
	}

	if (s.migration) {
		const since: Fact = { kind: 'date', value: s.migration.since };
		const move = biggestMove(s.migration.moves);
		out.push(
			move
				? {
						key: 'report.summary.migration',
						figure: 'migration',
						facts: {
							since,
							count: { kind: 'count', value: move.count },
							from: { kind: 'text', value: move.from },
							to: { kind: 'text', value: move.to }
						}
					}
				: { key: 'report.summary.migrationNone', figure: 'migration', facts: { since } }
		);
	}

	const next = focus(s);
	if (next) out.push(next);
	return out;
}

/** One recommended focus: at-risk value when a trustworthy model finds some, else a second purchase, else the top tier. */
function focus(s: SummaryInput): SummarySentence | undefined {
	const risk = s.atRisk;
	if (risk && risk.count > 0 && risk.quality !== 'weak')
		return {
			key: 'report.summary.focusAtRisk',
			figure: 'atRisk',
			facts: {
				count: { kind: 'count', value: risk.count },
				loss: { kind: 'money', value: risk.expectedLoss }
			}
		};
	if (finite(s.repeatRate) && s.repeatRate < REPEAT_FOCUS_BELOW && s.buyers > 0)
		return {
			key: 'report.summary.focusRepeat',
			figure: 'kpis',
			facts: {
				share: { kind: 'percent', value: 1 - s.repeatRate },
				count: { kind: 'count', value: Math.round(s.buyers * (1 - s.repeatRate)) }
			}
		};
	const top = s.tiers[0];
	if (!top) return undefined;
	return {
		key: 'report.summary.focusTopTier',
		figure: 'tiers',
		facts: {
			tier: { kind: 'text', value: top.name },
			revenueShare: { kind: 'percent', value: top.revenueShare }
		}
	};
}

/**
 * The data period as seen from the analysis date: the earliest first purchase (largest tenure) to the latest last
 * purchase (smallest recency). Undefined when no customer has both.
 */
export function dataPeriod(
	analysisDate: number,
	recencyDays: ArrayLike<number>,
	tenureDays: ArrayLike<number>
): { from: number; to: number } | undefined {
	const DAY = 86_400_000;
	let minRecency = Infinity;
	let maxTenure = -Infinity;
	for (let i = 0; i < recencyDays.length; i++) if (recencyDays[i] < minRecency) minRecency = recencyDays[i];
	for (let i = 0; i < tenureDays.length; i++) if (tenureDays[i] > maxTenure) maxTenure = tenureDays[i];
	if (!finite(analysisDate) || !finite(minRecency) || !finite(maxTenure)) return undefined;
	return { from: analysisDate - maxTenure * DAY, to: analysisDate - minRecency * DAY };
}
