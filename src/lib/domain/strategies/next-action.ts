// "What to do next" for one customer: the first action of the first playbook (in priority order) whose rule
// matches them — the same first-match rule the allocation uses, so a customer gets one next step.
import type { RuleMatch } from './rules';

/** Index of the first playbook whose match holds customer i, or −1. */
export function firstMatchingPlaybook(matches: readonly RuleMatch[], i: number): number {
	for (let k = 0; k < matches.length; k++) if (matches[k].mask[i] === 1) return k;
	return -1;
}
