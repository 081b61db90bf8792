// The vocabulary shared by import, mapping, storage and analysis: what a column means (its role),
// how its values are stored (its value type), and the two shapes a spreadsheet can have.

/** The input shapes: order lines (one row per transaction) or an already aggregated customer list. */
export type DatasetShape = 'transactions' | 'customers';

export const COLUMN_ROLES = [
	'customerId',
	'customerName',
	'phone',
	'email',
	'orderId',
	'orderDate',
	'amount',
	'quantity',
	'unitPrice',
	'cost',
	// A line discount subtracted from quantity × unit price, and an order status (refund/cancel words)
	'discount',
	'orderStatus',
	'product',
	'category',
	'channel',
	'region',
	'signupDate',
	'lastPurchaseDate',
	'churn',
	// One-row-per-customer aggregates
	'monetary',
	'frequency',
	'recencyDays',
	'tenure',
	// A buy-till-you-die summary (lifetimes / BTYD: x, t_x, T, zbar), one row per customer: repeat purchases
	// after the first, the time of the last purchase counted from the first, the time from the first purchase to
	// the end of the data, and the mean spend of the repeat purchases (domain/summary-layout.ts).
	'repeatPurchases',
	'lastPurchaseAge',
	'customerAge',
	'meanRepeatSpend',
	// Anything else worth keeping
	'numeric',
	'categorical',
	'text',
	'ignore'
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Roles whose cells are amounts of money: the import reads a currency mark off them (domain/currency.ts). */
export const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set([
	'amount',
	'unitPrice',
	'cost',
	'discount',
	'monetary',
	'meanRepeatSpend'
]);

/**
 * How a column's values are stored, column by column:
 * number and date → Float64Array (dates as UTC epoch milliseconds at midnight; NaN = missing),
 * boolean → Int8Array (1, 0, -1 = missing), category → Int32Array of codes into a dictionary (-1 = missing),
 * text → string[] ('' = missing). Identifiers, phone numbers and ID-card numbers are always text or category.
 */
export type ValueType = 'number' | 'date' | 'boolean' | 'category' | 'text';

export type ColumnData = Float64Array | Int8Array | Int32Array | string[];

/** One mapped column of a dataset. `key` is stable storage name (c0, c1, …); `header` is what the file said. */
export interface ColumnSpec {
	key: string;
	header: string;
	/** Index of the column in the source row. */
	source: number;
	role: ColumnRole;
	type: ValueType;
	/** For dates: the field order chosen for ambiguous d/m/y values. */
	dateOrder?: 'ymd' | 'mdy' | 'dmy';
	/**
	 * A computed column (source −1), not a cell of the file: the line amount as quantity × unit price − discount,
	 * from the columns at these source indices (see domain/line-rules.ts).
	 */
	derived?: DerivedAmount;
	/**
	 * The customer id is the row's number (1, 2, 3 … over non-blank data rows), for files with no id column
	 * (UCI Wholesale, an order report without buyers); `source` is one past the file's last column.
	 */
	rowNumber?: true;
	/** For the ages of a buy-till-you-die summary (lastPurchaseAge, customerAge): the unit their numbers count. */
	timeUnit?: AgeUnit;
}

/** Units a buy-till-you-die summary counts its ages in (lifetimes defaults to days, the BTYD papers use weeks). */
export type AgeUnit = 'days' | 'weeks' | 'months';
export const AGE_UNIT_DAYS: Record<AgeUnit, number> = { days: 1, weeks: 7, months: 365.25 / 12 };

/** Source indices of the columns a derived line amount is computed from. */
export interface DerivedAmount {
	quantity: number;
	unitPrice: number;
	discount?: number;
}

/** A row that was read but not imported, with the 1-based line (CSV) or row (sheet) number and why. */
export interface RejectedRow {
	line: number;
	reason: RejectReason;
	/** Column header the reason is about, when there is one. */
	column?: string;
	/** The raw cells, kept so nothing is lost. */
	cells: string[];
}

export type RejectReason =
	| 'missingCustomerId'
	| 'unparsableDate'
	| 'unparsableNumber'
	| 'unparsableBoolean'
	| 'tooManyFields'
	| 'tooFewFields'
	| 'cellTooLarge'
	| 'duplicateCustomer'
	// A stray quote: the line re-read without it still did not fit the header (import/quote-repair.ts).
	| 'unbalancedQuote'
	// Bytes the file's encoding cannot decode (an export in another encoding appended part-way).
	| 'undecodableText'
	/** A 合计/Total/Subtotal row whose amount (or quantity) is the sum of the rows it closes: not a customer. */
	| 'totalsRow'
	/** A 合计/Total row whose amount (or quantity) is the sum of the whole file above it (after subtotals). */
	| 'grandTotalRow'
	/** The header line again, part-way down (several exports pasted into one file). */
	| 'repeatedHeader'
	/** A cell the shape needs (order date, amount, quantity, unit price) is empty — not unreadable. */
	| 'missingValue'
	/** A cancellation or return whose amount is 0: nothing to subtract, and it must not count as a purchase. */
	| 'refundWithoutAmount';

/** Default value type for each role. */
export const ROLE_TYPE: Record<ColumnRole, ValueType> = {
	customerId: 'category',
	customerName: 'text',
	phone: 'text',
	email: 'text',
	orderId: 'text',
	orderDate: 'date',
	amount: 'number',
	quantity: 'number',
	unitPrice: 'number',
	cost: 'number',
	discount: 'number',
	orderStatus: 'category',
	product: 'category',
	category: 'category',
	channel: 'category',
	region: 'category',
	signupDate: 'date',
	lastPurchaseDate: 'date',
	churn: 'boolean',
	monetary: 'number',
	frequency: 'number',
	recencyDays: 'number',
	repeatPurchases: 'number',
	lastPurchaseAge: 'number',
	customerAge: 'number',
	meanRepeatSpend: 'number',
	tenure: 'number',
	numeric: 'number',
	categorical: 'category',
	text: 'text',
	ignore: 'text'
};

/** A row with no value in any cell (empty or spaces only): skipped and counted as blank, never read. */
export function isBlankRow(row: readonly string[]): boolean {
	for (let i = 0; i < row.length; i++) if (row[i].trim() !== '') return false;
	return true;
}
