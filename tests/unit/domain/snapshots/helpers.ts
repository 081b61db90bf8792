import { DAY_MS, type SnapshotTable } from '$lib/domain/snapshots/types';

/** A snapshot from per-customer rows: [id, tier, recencyDays, frequency, monetary, churn?]. */
export function snap(
	day: number,
	tierIds: string[],
	rows: [string, number, number, number, number, number?][]
): SnapshotTable {
	const hasChurn = rows.some((r) => r[5] !== undefined);
	return {
		analysisDate: day * DAY_MS,
		tierIds,
		ids: rows.map((r) => r[0]),
		tier: Int32Array.from(rows.map((r) => r[1])),
		segment: new Uint8Array(rows.length),
		lifecycle: new Uint8Array(rows.length),
		recencyDays: Float64Array.from(rows.map((r) => r[2])),
		frequency: Float64Array.from(rows.map((r) => r[3])),
		monetary: Float64Array.from(rows.map((r) => r[4])),
		churn: hasChurn ? Float64Array.from(rows.map((r) => r[5] ?? NaN)) : undefined
	};
}
