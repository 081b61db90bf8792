// The churn model behind the workspace's scores, from the stored evaluation the report also reads.
import { isQuality, type RiskModel } from '$lib/domain/field/risk-display';
import type { ChurnMethod } from '$lib/state/report-extras.svelte';

export function riskModelOf(churn: ChurnMethod | undefined): RiskModel | undefined {
	if (!churn) return undefined;
	const quality = churn.verdict?.quality;
	return {
		quality: isQuality(quality) ? quality : null,
		trainedAt: churn.trainedAt ?? null,
		testAuc: churn.testAuc ?? null
	};
}
