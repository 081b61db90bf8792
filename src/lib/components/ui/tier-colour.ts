// Which of the six palette colours (--tier-1 … --tier-6) a tier wears: tier 1 is the top tier; a seventh
// tier reuses colour 1, and a nonsense index gets the top colour rather than no colour at all.
export function tierColourSlot(tier: number): number {
	if (!Number.isFinite(tier) || tier < 1) return 1;
	return ((Math.floor(tier) - 1) % 6) + 1;
}
