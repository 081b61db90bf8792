// Guesses what each column of an imported sheet is (its role and value type) and whether the sheet lists
// transactions or customers, from header names first and sample values second; the user confirms in the UI.

import { ROLE_TYPE, type ColumnRole, type ColumnSpec, type DatasetShape, type ValueType } from './columns';
import { matchHeaderRole } from './headers';
import { derivableAmount } from './line-rules';
import { detectDateOrder, type DateOrder } from './parse/dates';
import { inferValueType, profileColumn, type ColumnProfile } from './parse/profile';
import { customerIdFallback } from './id-guess';
import { guessAgeUnit, SUMMARY_ROLES, summaryLayoutRoles } from './summary-layout';
import type { AgeUnit } from './columns';

export { looksLikeIdentifier } from './parse/profile';

export interface ColumnGuess {
	source: number;
	header: string;
	role: ColumnRole;
	type: ValueType;
	/** 0–1: how sure the guess is (exact header name ≈ 0.95, keyword ≈ 0.7, values only ≤ 0.6). */
	confidence: number;
	dateOrder?: DateOrder;
	ambiguousDateOrder?: boolean;
	/** For the ages of a buy-till-you-die summary: the unit guessed from the header or the values. */
	timeUnit?: AgeUnit;
}

export interface MappingIssue {
	key: string;
	params?: Record<string, string | number>;
	severity: 'error' | 'warning';
}

/** Roles a column may share with others; every other role is held by at most one column. */
export const SHAREABLE_ROLES: ReadonlySet<ColumnRole> = new Set(['numeric', 'categorical', 'text', 'ignore']);

const DATE_ROLES = new Set<ColumnRole>(['orderDate', 'signupDate', 'lastPurchaseDate']);
const NUMBER_ROLES = new Set<ColumnRole>([
	'amount', 'quantity', 'unitPrice', 'cost', 'discount', 'monetary', 'frequency', 'recencyDays', 'tenure',
	...SUMMARY_ROLES
]); // prettier-ignore
const AGGREGATE_ROLES = new Set<ColumnRole>([
	'monetary',
	'frequency',
	'recencyDays',
	'tenure',
	'churn',
	'lastPurchaseDate',
	...SUMMARY_ROLES
]);
const GENERIC_HEADER = /^(?:column|col|field|列|字段|unnamed)[\s_:#-]*\d*$/i;

/** Whether the values can hold the role; with no values the header is trusted. */
function fits(role: ColumnRole, p: ColumnProfile): boolean {
	if (p.count === 0) return true;
	const share = (k: number) => k >= p.count * 0.8;
	if (DATE_ROLES.has(role)) return share(p.dates);
	if (NUMBER_ROLES.has(role)) return share(p.numeric) && !p.identifier;
	if (role === 'churn') return share(p.booleans);
	if (role === 'phone') return p.phones >= p.count * 0.5;
	if (role === 'email') return p.emails >= p.count * 0.5;
	return true;
}

function genericRole(type: ValueType): ColumnRole {
	if (type === 'number') return 'numeric';
	if (type === 'category' || type === 'boolean') return 'categorical';
	return 'text';
}

interface Candidate {
	source: number;
	role: ColumnRole;
	confidence: number;
}

/** Role candidates from the values alone, for columns whose header says nothing. */
function valueCandidates(i: number, p: ColumnProfile, headerless: boolean, out: Candidate[]): void {
	if (p.count === 0) return;
	if (p.phones >= p.count * 0.9) out.push({ source: i, role: 'phone', confidence: 0.6 });
	if (p.emails >= p.count * 0.9) out.push({ source: i, role: 'email', confidence: 0.6 });
	if (!headerless) return;
	// Without headers (CDNOW's master file): an id-like or repeating first column, the dates, the money, the counts.
	const type = inferValueType(p);
	if (type === 'date') out.push({ source: i, role: 'orderDate', confidence: 0.4 });
	else if (p.identifier || (type !== 'number' && p.distinct < p.count))
		out.push({ source: i, role: 'customerId', confidence: 0.4 - i * 0.01 });
	else if (type === 'number' && p.decimals > 0) out.push({ source: i, role: 'amount', confidence: 0.4 });
	else if (type === 'number') out.push({ source: i, role: 'quantity', confidence: 0.35 });
}

/**
 * Guesses each column's role and value type and the dataset shape. Each role goes to at most one column
 * (except numeric/categorical/text/ignore); the most confident claim wins and the others fall back to a
 * generic role for their values.
 */
export function guessMapping(
	headers: readonly string[],
	sampleRows: readonly (readonly string[])[]
): { columns: ColumnGuess[]; shape: DatasetShape } {
	const profiles = headers.map((_, i) => profileColumn(sampleRows.map((row) => row[i] ?? '')));
	const headerless = headers.every((h) => h.trim() === '' || GENERIC_HEADER.test(h.trim()));
	const candidates: Candidate[] = [];
	headers.forEach((h, i) => {
		const match = matchHeaderRole(h);
		if (match && fits(match.role, profiles[i])) candidates.push({ source: i, ...match });
		else valueCandidates(i, profiles[i], headerless, candidates);
	});
	candidates.sort((a, b) => b.confidence - a.confidence || a.source - b.source);

	const roles: (Candidate | null)[] = headers.map(() => null);
	const taken = new Set<ColumnRole>();
	for (const c of candidates) {
		if (roles[c.source] || (!SHAREABLE_ROLES.has(c.role) && taken.has(c.role))) continue;
		roles[c.source] = c;
		taken.add(c.role);
	}
	if (!taken.has('customerId')) {
		const fallback = customerIdFallback(
			roles.map((c) => c?.role),
			profiles
		);
		if (fallback !== undefined) roles[fallback.source] = { ...fallback, role: 'customerId' };
	}

	if (!headerless) claimByValues(roles, taken, profiles);

	const columns = headers.map((header, i): ColumnGuess => {
		const claim = roles[i];
		const valueType = inferValueType(profiles[i]);
		const role = claim?.role ?? genericRole(valueType);
		const type = claim && !SHAREABLE_ROLES.has(role) ? ROLE_TYPE[role] : valueType;
		const guess: ColumnGuess = { source: i, header, role, type, confidence: claim?.confidence ?? 0.6 };
		if (type === 'date') {
			const { order, ambiguous } = detectDateOrder(profiles[i].values);
			guess.dateOrder = order;
			guess.ambiguousDateOrder = ambiguous;
		}
		return guess;
	});

	applySummaryLayout(columns, profiles);
	const shape = detectShape(columns, profiles);
	if (shape === 'customers') {
		// In a customer list, a money column is the customer's total, not one purchase.
		const amount = columns.find((c) => c.role === 'amount');
		if (amount && !columns.some((c) => c.role === 'monetary')) amount.role = 'monetary';
	}
	return { columns, shape };
}

/**
 * A buy-till-you-die summary (x, t_x, T, zbar or lifetimes' frequency, recency, T, monetary_value) overrides the
 * plain-list reading of its headers: its "recency" is an age (high = bought lately), not days since the purchase.
 */
function applySummaryLayout(columns: ColumnGuess[], profiles: readonly ColumnProfile[]): void {
	const layout = summaryLayoutRoles(columns.map((c) => c.header));
	if (!layout) return;
	for (const [i, role] of layout) {
		if (profiles[i].count > 0 && !fits(role, profiles[i])) return;
	}
	for (const [i, role] of layout) {
		const c = columns[i];
		Object.assign(c, { role, type: 'number', confidence: 0.9 });
		delete c.dateOrder;
		delete c.ambiguousDateOrder;
		if (role === 'lastPurchaseAge' || role === 'customerAge')
			c.timeUnit = guessAgeUnit(c.header, profiles[i].values);
	}
	// The layout's own columns now hold these roles; a second column guessed as one of them steps back.
	const claimed = new Set(layout.values());
	for (const c of columns)
		if (!layout.has(c.source) && claimed.has(c.role)) Object.assign(c, { role: 'numeric', confidence: 0.6 });
}

/**
 * Headers in a language the lists do not know (Datum, 日付, Kwota …) still have telling values: when no header
 * named the order date, the leftmost unclaimed column of dates is taken; when order lines (a repeating id and a
 * date) have no amount, the leftmost unclaimed column of decimal numbers is. Low confidence: shown as a guess.
 */
function claimByValues(
	roles: (Candidate | null)[],
	taken: Set<ColumnRole>,
	profiles: readonly ColumnProfile[]
): void {
	const free = (i: number) => roles[i] === null;
	const claim = (source: number, role: ColumnRole) => {
		roles[source] = { source, role, confidence: 0.4 };
		taken.add(role);
	};
	const hasDate = taken.has('orderDate') || taken.has('lastPurchaseDate') || taken.has('signupDate');
	if (!hasDate) {
		const i = profiles.findIndex((p, k) => free(k) && p.count > 0 && inferValueType(p) === 'date');
		if (i >= 0) claim(i, 'orderDate');
	}
	const id = roles.findIndex((c) => c?.role === 'customerId');
	const linesOfOrders = id >= 0 && profiles[id].distinct < profiles[id].count && taken.has('orderDate');
	const hasMoney =
		taken.has('amount') || taken.has('monetary') || (taken.has('quantity') && taken.has('unitPrice'));
	if (linesOfOrders && !hasMoney) {
		const i = profiles.findIndex(
			(p, k) => free(k) && p.count > 0 && inferValueType(p) === 'number' && !p.identifier && p.decimals > 0
		);
		if (i >= 0) claim(i, 'amount');
	}
}

function detectShape(columns: readonly ColumnGuess[], profiles: readonly ColumnProfile[]): DatasetShape {
	const has = (role: ColumnRole) => columns.some((c) => c.role === role);
	const id = columns.find((c) => c.role === 'customerId');
	const idRepeats = id !== undefined && profiles[id.source].distinct < profiles[id.source].count;
	if (idRepeats) return 'transactions';
	if (id && columns.some((c) => AGGREGATE_ROLES.has(c.role))) return 'customers';
	const lineAmount = has('amount') || (has('quantity') && has('unitPrice'));
	if ((has('orderDate') && lineAmount) || has('orderId')) return 'transactions';
	return 'customers';
}

/**
 * Problems with a mapping, as i18n keys: errors block the import, warnings say what will be unavailable.
 * Params name the role (`{role}`: a ColumnRole; its label is 'role.' + role) and the columns involved.
 */
export function validateMapping(
	columns: readonly (ColumnSpec | ColumnGuess)[],
	shape: DatasetShape
): MappingIssue[] {
	const issues: MappingIssue[] = [];
	const byRole = new Map<ColumnRole, (ColumnSpec | ColumnGuess)[]>();
	// push, not spread: spreading made 20,000 'numeric' columns quadratic (45 s).
	for (const c of columns) {
		const list = byRole.get(c.role);
		if (list) list.push(c);
		else byRole.set(c.role, [c]);
	}
	const has = (role: ColumnRole) => byRole.has(role);

	if (!has('customerId')) issues.push({ key: 'mapping.error.noCustomerId', severity: 'error' });
	for (const [role, cols] of byRole) {
		// Spend split over columns (Fresh, Milk, Grocery … per customer) is added up into one total spend.
		if (cols.length > 1 && role === 'monetary') {
			issues.push({
				key: 'mapping.warning.monetarySummed',
				params: { columns: cols.map((c) => c.header).join(' + ') },
				severity: 'warning'
			});
			continue;
		}
		if (cols.length > 1 && !SHAREABLE_ROLES.has(role))
			issues.push({
				key: 'mapping.error.duplicateRole',
				params: { role, columns: cols.map((c) => c.header).join(', ') },
				severity: 'error'
			});
	}
	for (const c of columns) {
		const expected = ROLE_TYPE[c.role];
		const numberish = NUMBER_ROLES.has(c.role) || DATE_ROLES.has(c.role) || c.role === 'churn';
		if (numberish && c.type !== expected)
			issues.push({
				key: 'mapping.error.roleTypeMismatch',
				params: { role: c.role, column: c.header, type: expected },
				severity: 'error'
			});
		if (c.role === 'customerId' && c.type === 'number')
			issues.push({ key: 'mapping.warning.idAsNumber', params: { column: c.header }, severity: 'warning' });
	}
	if (shape === 'transactions') {
		// A derived amount (quantity × unit price) arrives here as a column with role 'amount'.
		if (!has('amount'))
			issues.push({
				key: derivableAmount(columns) ? 'mapping.error.derivedAmountOff' : 'mapping.error.noAmount',
				severity: 'error'
			});
		if (!has('orderDate')) issues.push({ key: 'mapping.warning.noOrderDate', severity: 'warning' });
	} else if (
		!has('monetary') &&
		!has('frequency') &&
		!has('recencyDays') &&
		!has('lastPurchaseDate') &&
		!has('repeatPurchases')
	) {
		issues.push({ key: 'mapping.warning.noRfmColumns', severity: 'warning' });
	}
	// x, t_x and T only mean something together: purchases = x + 1, days since the last purchase = T − t_x.
	const summaryCore = (['repeatPurchases', 'lastPurchaseAge', 'customerAge'] as const).filter(has);
	if (summaryCore.length > 0 && summaryCore.length < 3)
		issues.push({ key: 'mapping.error.summaryIncomplete', severity: 'error' });
	if (shape === 'transactions' && SUMMARY_ROLES.some(has))
		issues.push({ key: 'mapping.error.summaryNeedsCustomers', severity: 'error' });
	return issues;
}
