// A snapshot as the pure code sees it: one customer per row, matched across snapshots by customer id.
// Tiers are indices into the snapshot's own tier list (0 = top, −1 = none).

export interface SnapshotTable {
	/** Milliseconds: the analysis date the snapshot describes. */
	analysisDate: number;
	/** Tier ids top first, as defined when the snapshot was taken. */
	tierIds: string[];
	ids: string[];
	tier: Int32Array;
	segment: Uint8Array;
	lifecycle: Uint8Array;
	recencyDays: Float64Array;
	frequency: Float64Array;
	monetary: Float64Array;
	/** Predicted churn probability at the time, when churn scores existed. */
	churn?: Float64Array;
}

export const DAY_MS = 86_400_000;
