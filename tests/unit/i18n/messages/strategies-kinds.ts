import type { FlowKind } from '$lib/domain/snapshots/sankey';

/** Every flow kind, checked by the compiler to be exhaustive. */
const ALL: Record<FlowKind, true> = { up: true, down: true, stayed: true, new: true, lost: true };
export const FLOW_KINDS_FOR_TEST = Object.keys(ALL) as FlowKind[];
