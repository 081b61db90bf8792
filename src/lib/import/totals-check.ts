// A row labelled 合计 / Total / 小计 / Summe … is a totals row only when its numbers prove it: its amount (or
// quantity) equals the sum of the rows it closes — those since the previous totals row — or of the whole file so
// far. Otherwise it is data: a customer who happens to be called "Total". Sums are kept as the rows go by (the
// values already parsed for imported rows, the cells of rejected ones), so the check costs nothing per row.

/** What a proven totals row sums: the rows since the previous one, or everything above it. */
export type TotalsKind = 'section' | 'file';

/** Sums of a spreadsheet's money: a cent, plus the rounding a long float sum picks up. */
function sameSum(value: number, sum: number): boolean {
	return Math.abs(value - sum) <= 0.005 + 1e-9 * Math.abs(sum);
}

/**
 * Running sums of a few measures (amount, quantity) over the data rows read so far, per section (since the last
 * proven totals row) and for the whole file. A measure that is NaN in a row adds nothing.
 */
export class TotalsSums {
	private readonly section: Float64Array;
	private readonly file: Float64Array;
	private sectionRows = 0;
	private fileRows = 0;

	constructor(readonly measures: number) {
		this.section = new Float64Array(measures);
		this.file = new Float64Array(measures);
	}

	/** Adds one data row's measures (in the order given to the constructor). */
	add(values: ArrayLike<number>): void {
		for (let i = 0; i < this.measures; i++) {
			const v = values[i];
			if (v === v) {
				this.section[i] += v;
				this.file[i] += v;
			}
		}
		this.sectionRows++;
		this.fileRows++;
	}

	/**
	 * Which sum a labelled row's measures equal: the rows it closes first (a subtotal), else the whole file (a
	 * grand total after subtotals); undefined when none does. A proven totals row starts a new section.
	 */
	match(values: ArrayLike<number>): TotalsKind | undefined {
		let kind: TotalsKind | undefined;
		for (let i = 0; i < this.measures && kind !== 'section'; i++) {
			const v = values[i];
			if (v !== v) continue;
			if (this.sectionRows > 0 && sameSum(v, this.section[i])) kind = 'section';
			else if (this.fileRows > 0 && sameSum(v, this.file[i])) kind = 'file';
		}
		if (kind) {
			this.section.fill(0);
			this.sectionRows = 0;
		}
		return kind;
	}
}
