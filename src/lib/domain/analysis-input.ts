// Maps a stored dataset (mapped columns by role) to the engine's input, in either shape. When the data lacks
// dates or amounts we still analyse what is there, and say so in warnings rather than refusing.
import type { AnalysisDefinitions, AnalysisInput } from '$lib/domain/analysis';
import type { ColumnData, ColumnRole, ColumnSpec, DatasetShape } from '$lib/domain/columns';
import type { CustomerColumns } from '$lib/domain/customer-indicators';
import type { TransactionColumns } from '$lib/domain/transactions';
import type { MessageRef } from '$lib/domain/tiering-types';
import { summaryIndicators, type SummaryIndicators } from '$lib/domain/summary-layout';

export interface DatasetLike {
	id: string;
	shape: DatasetShape;
	columns: ColumnSpec[];
	rowCount: number;
	customerCount: number;
}

/** What the engine needs plus what the pages show beside it (ids, names, phones). */
export interface PreparedInput {
	input: AnalysisInput;
	/** Display id per customer index. */
	ids: string[];
	names?: string[];
	phones?: string[];
	warnings: MessageRef[];
	/** Engine definitions the data forces when the user has not chosen (no amounts → frequency-based tiers). */
	fallbackDefinitions: AnalysisDefinitions;
}

const TX_ROLES: ColumnRole[] = [
	'customerId',
	'customerName',
	'phone',
	'orderDate',
	'amount',
	'quantity',
	'unitPrice',
	'product',
	'category',
	'orderId',
	'cost'
];
const CUSTOMER_ROLES: ColumnRole[] = [
	'customerId',
	'customerName',
	'phone',
	'monetary',
	'frequency',
	'recencyDays',
	'tenure',
	'lastPurchaseDate',
	'signupDate',
	'repeatPurchases',
	'lastPurchaseAge',
	'customerAge',
	'meanRepeatSpend'
];

/** The first column mapped to each role the shape reads. */
export function roleColumns(dataset: DatasetLike): Partial<Record<ColumnRole, ColumnSpec>> {
	const wanted = dataset.shape === 'transactions' ? TX_ROLES : CUSTOMER_ROLES;
	const out: Partial<Record<ColumnRole, ColumnSpec>> = {};
	for (const c of dataset.columns) if (wanted.includes(c.role) && !out[c.role]) out[c.role] = c;
	return out;
}

/** Storage keys of the columns to load. */
export function columnKeysFor(dataset: DatasetLike): string[] {
	const keys = new Set(Object.values(roleColumns(dataset)).map((c) => c.key));
	// Every spend column of a customer list: they are added up (summedSpend).
	if (dataset.shape === 'customers')
		for (const c of dataset.columns) if (c.role === 'monetary') keys.add(c.key);
	return [...keys];
}

type Dicts = Record<string, string[]>;

function f64(data: ColumnData | undefined): Float64Array | undefined {
	return data instanceof Float64Array ? data : undefined;
}

function i32(data: ColumnData | undefined): Int32Array | undefined {
	return data instanceof Int32Array ? data : undefined;
}

/** Display strings of a column row by row (category codes through their dictionary, numbers as text). */
function textOf(
	spec: ColumnSpec | undefined,
	cols: Record<string, ColumnData>,
	dicts: Dicts
): string[] | undefined {
	const data = spec ? cols[spec.key] : undefined;
	if (!spec || !data) return undefined;
	if (Array.isArray(data)) return data;
	if (data instanceof Int32Array) {
		const dict = dicts[spec.key] ?? [];
		return Array.from(data, (code) => (code >= 0 ? (dict[code] ?? '') : ''));
	}
	return Array.from(data as ArrayLike<number>, (v) => (Number.isFinite(v) ? String(v) : ''));
}

/** Customer codes 0..n−1 per line and their ids; a text id column is coded here in order of appearance. */
function customerCodes(
	spec: ColumnSpec,
	data: ColumnData,
	dicts: Dicts
): { codes: Int32Array; ids: string[] } {
	if (data instanceof Int32Array) return { codes: data, ids: dicts[spec.key] ?? [] };
	const text = Array.isArray(data) ? data : Array.from(data as ArrayLike<number>, (v) => String(v));
	const index = new Map<string, number>();
	const codes = new Int32Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const id = text[i];
		if (!id) {
			codes[i] = -1;
			continue;
		}
		let code = index.get(id);
		if (code === undefined) index.set(id, (code = index.size));
		codes[i] = code;
	}
	return { codes, ids: [...index.keys()] };
}

/** First value per customer of a per-line text column (the name or phone on their first line). */
function firstPerCustomer(codes: Int32Array, text: string[] | undefined, n: number): string[] | undefined {
	if (!text) return undefined;
	const out = new Array<string>(n).fill('');
	for (let i = 0; i < codes.length; i++) {
		const c = codes[i];
		if (c >= 0 && c < n && !out[c] && text[i]) out[c] = text[i];
	}
	return out;
}

const NO_AMOUNT_VALUE: AnalysisDefinitions['value'] = {
	normalization: 'percentile',
	weights: { frequency: 60, recency: 25, tenure: 15 }
};

export function prepareInput(
	dataset: DatasetLike,
	cols: Record<string, ColumnData>,
	dicts: Dicts
): PreparedInput | { error: MessageRef } {
	const roles = roleColumns(dataset);
	const warnings: MessageRef[] = [];
	const fallbackDefinitions: AnalysisDefinitions = {};
	const idSpec = roles.customerId;
	if (dataset.shape === 'transactions') {
		const idData = idSpec ? cols[idSpec.key] : undefined;
		if (!idSpec || !idData) return { error: { key: 'views.error.noCustomerId' } };
		const { codes, ids } = customerCodes(idSpec, idData, dicts);
		const n = ids.length;
		const lines = codes.length;
		let date = f64(roles.orderDate && cols[roles.orderDate.key]);
		if (!date) {
			// Without dates every line falls on one day: spend and orders still rank customers, recency cannot.
			date = new Float64Array(lines);
			warnings.push({ key: 'views.warning.noDates' });
		}
		let amount = f64(roles.amount && cols[roles.amount.key]);
		const quantity = f64(roles.quantity && cols[roles.quantity.key]);
		const unitPrice = f64(roles.unitPrice && cols[roles.unitPrice.key]);
		if (!amount && quantity && unitPrice) {
			amount = quantity.map((q, i) => q * unitPrice[i]);
			warnings.push({ key: 'views.warning.amountFromPrice' });
		}
		if (!amount) {
			amount = new Float64Array(lines);
			warnings.push({ key: 'views.warning.noAmounts' });
			fallbackDefinitions.value = NO_AMOUNT_VALUE;
		}
		const orderSpec = roles.orderId;
		const tx: TransactionColumns = {
			customer: codes,
			date,
			amount,
			quantity,
			product: i32(roles.product && cols[roles.product.key]),
			category: i32(roles.category && cols[roles.category.key]),
			orderId: textOf(orderSpec, cols, dicts),
			cost: f64(roles.cost && cols[roles.cost.key])
		};
		return {
			input: { shape: 'transactions', tx, customerCount: n },
			ids,
			names: firstPerCustomer(codes, textOf(roles.customerName, cols, dicts), n),
			phones: firstPerCustomer(codes, textOf(roles.phone, cols, dicts), n),
			warnings,
			fallbackDefinitions
		};
	}
	const n = dataset.rowCount;
	const ids = textOf(idSpec, cols, dicts) ?? Array.from({ length: n }, (_, i) => `#${i + 1}`);
	const pick = (role: ColumnRole) => f64(roles[role] && cols[(roles[role] as ColumnSpec).key]);
	const summary = summaryOf(roles, pick);
	const given = summedSpend(dataset.columns, cols);
	const columns: CustomerColumns = {
		monetary: given ?? summary?.repeatSpend,
		frequency: pick('frequency') ?? summary?.frequency,
		recencyDays: pick('recencyDays') ?? summary?.recencyDays,
		tenure: pick('tenure') ?? summary?.tenureDays,
		lastPurchaseDate: pick('lastPurchaseDate'),
		signupDate: pick('signupDate')
	};
	if (!given && summary?.repeatSpend) warnings.push({ key: 'views.warning.summarySpend' });
	if (!columns.recencyDays && !columns.lastPurchaseDate) warnings.push({ key: 'views.warning.noRecency' });
	if (!columns.monetary) {
		warnings.push({ key: 'views.warning.noAmounts' });
		fallbackDefinitions.value = NO_AMOUNT_VALUE;
	}
	const tenureHeader = roles.tenure?.header.toLowerCase() ?? '';
	const tenureUnit = /day|天|日/.test(tenureHeader) || (!roles.tenure && summary) ? 'days' : 'months';
	return {
		input: {
			shape: 'customers',
			columns,
			customerCount: n,
			tenureUnit,
			...(summary ? { purchaseSummary: summary.model } : {})
		},
		ids,
		names: textOf(roles.customerName, cols, dicts),
		phones: textOf(roles.phone, cols, dicts),
		warnings,
		fallbackDefinitions
	};
}

/** The indicators of a buy-till-you-die summary, when its x, t_x and T columns are all mapped. */
function summaryOf(
	roles: Partial<Record<ColumnRole, ColumnSpec>>,
	pick: (role: ColumnRole) => Float64Array | undefined
): SummaryIndicators | undefined {
	const x = pick('repeatPurchases');
	const tx = pick('lastPurchaseAge');
	const T = pick('customerAge');
	if (!x || !tx || !T) return undefined;
	return summaryIndicators({
		repeatPurchases: x,
		lastPurchaseAge: tx,
		customerAge: T,
		meanRepeatSpend: pick('meanRepeatSpend'),
		lastPurchaseAgeUnit: roles.lastPurchaseAge?.timeUnit ?? 'days',
		customerAgeUnit: roles.customerAge?.timeUnit ?? 'days'
	});
}

/**
 * Total spend of a customer list: the one column marked as total spend, or the sum of several (spend per
 * category, as UCI Wholesale has). A missing cell adds nothing; a customer with every cell missing stays NaN.
 */
function summedSpend(
	specs: readonly ColumnSpec[],
	cols: Record<string, ColumnData>
): Float64Array | undefined {
	const parts = specs
		.filter((s) => s.role === 'monetary')
		.map((s) => f64(cols[s.key]))
		.filter((p): p is Float64Array => p !== undefined);
	if (parts.length <= 1) return parts[0];
	const total = new Float64Array(parts[0].length).fill(NaN);
	for (const part of parts)
		for (let i = 0; i < part.length; i++)
			if (Number.isFinite(part[i])) total[i] = (Number.isFinite(total[i]) ? total[i] : 0) + part[i];
	return total;
}
