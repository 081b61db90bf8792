import { describe, expect, it } from 'vitest';
import { analyseCustomers } from '$lib/domain/analysis';
import { LIFECYCLE_STAGES } from '$lib/domain/lifecycle';
import {
	buildTable,
	buildView,
	countCodes,
	histogram,
	rfGrid,
	tierLifecycleMatrix
} from '$lib/domain/tiering-view';

const DAY = 86_400_000;

// Four customers: A buys 100 on day 0 and day 10; B 50 on day 5; C 400 on day 20; D 10 on day 20.
const tx = {
	customer: Int32Array.from([0, 0, 1, 2, 3]),
	date: Float64Array.from([0, 10 * DAY, 5 * DAY, 20 * DAY, 20 * DAY]),
	amount: Float64Array.from([100, 100, 50, 400, 10])
};
const ids = ['A', 'B', 'C', 'D'];
const defs = {
	tierMeasure: 'monetary' as const,
	tiering: {
		method: 'cutoffs' as const,
		tiers: [{ id: 'diamond' }, { id: 'gold' }, { id: 'silver' }, { id: 'regular' }],
		cutoffs: [300, 100, 40]
	}
};

function run() {
	const result = analyseCustomers({ shape: 'transactions', tx, customerCount: 4 }, defs);
	const extras = {
		datasetId: 'd',
		shape: 'transactions' as const,
		computedAt: 0,
		ids,
		warnings: [],
		definitions: defs
	};
	return { result, view: buildView(result, extras), table: buildTable(result, extras) };
}

describe('buildView on a four-customer dataset', () => {
	it('puts C (400) in diamond, A (200) in gold, B (50) in silver and D (10) in regular under cut-offs 300/100/40', () => {
		const { view, table } = run();
		expect(view.tiers.map((t) => t.count)).toEqual([1, 1, 1, 1]);
		expect(Array.from(table.tier)).toEqual([1, 2, 0, 3]);
		expect(view.tiers.map((t) => t.revenue)).toEqual([400, 200, 50, 10]);
		expect(view.tiers[0].revenueShare).toBeCloseTo(400 / 660, 12);
	});

	it('has tier customer shares and revenue shares that each add up to 1', () => {
		const { view } = run();
		expect(view.tiers.reduce((a, t) => a + t.customerShare, 0)).toBeCloseTo(1, 12);
		expect(view.tiers.reduce((a, t) => a + t.revenueShare, 0)).toBeCloseTo(1, 12);
	});

	it('has a tier × lifecycle matrix that sums to the customer count (everyone is new: tenure under 90 days)', () => {
		const { view } = run();
		const total = view.tierLifecycle.flat().reduce((a, b) => a + b, 0);
		expect(total).toBe(4);
		const newStage = LIFECYCLE_STAGES.indexOf('new');
		expect(view.tierLifecycle.slice(0, 4).map((row) => row[newStage])).toEqual([1, 1, 1, 1]);
		expect(view.tierLifecycle[4]).toEqual(new Array(LIFECYCLE_STAGES.length).fill(0));
	});

	it('draws the distribution of the tier measure with every customer counted once and the cut-offs given', () => {
		const { view } = run();
		const h = view.histogram;
		expect(h.counts.reduce((a, b) => a + b, 0) + h.missing).toBe(4);
		// Monetary runs from 10 to 400 in 20 bins of 19.5: 10 → bin 0, 50 → bin 2, 200 → bin 9, 400 → bin 19.
		expect([0, 2, 9, 19].map((k) => h.counts[k])).toEqual([1, 1, 1, 1]);
		expect(view.cutoffs).toEqual([300, 100, 40]);
	});

	it('counts each customer once in the R × F grid', () => {
		const { view } = run();
		expect(view.rfGrid.flat().reduce((a, c) => a + c.count, 0)).toBe(4);
		expect(view.segments.reduce((a, b) => a + b, 0)).toBe(4);
		expect(view.eightClasses.reduce((a, b) => a + b, 0)).toBe(4);
	});

	it('reports revenue and repeat purchases as KPIs: 660 in total, one of four buyers bought twice', () => {
		const { view } = run();
		expect(view.kpis.revenue).toBe(660);
		expect(view.kpis.repeatRate).toBe(0.25);
	});
});

describe('aggregates', () => {
	it('counts codes, ignoring codes outside the range', () => {
		expect(countCodes(Int32Array.from([0, 2, 2, -1, 5]), 3)).toEqual([1, 0, 2]);
	});

	it('averages monetary per R × F cell over known values only', () => {
		const grid = rfGrid(
			Uint8Array.from([5, 5, 1]),
			Uint8Array.from([1, 1, 3]),
			Float64Array.from([10, NaN, 7])
		);
		expect(grid[4][0]).toEqual({ count: 2, meanMonetary: 10 });
		expect(grid[0][2]).toEqual({ count: 1, meanMonetary: 7 });
		expect(grid[2][2].count).toBe(0);
		expect(Number.isNaN(grid[2][2].meanMonetary)).toBe(true);
	});

	it('puts customers without a tier in the last row of the tier × lifecycle matrix', () => {
		const m = tierLifecycleMatrix(Int32Array.from([0, -1, 1, 0]), Uint8Array.from([0, 1, 2, 2]), 2);
		expect(m[0].slice(0, 3)).toEqual([1, 0, 1]);
		expect(m[1].slice(0, 3)).toEqual([0, 0, 1]);
		expect(m[2].slice(0, 3)).toEqual([0, 1, 0]);
	});

	it('bins 0–100 scores in steps of 5, the top value in the last bin and NaN as missing', () => {
		const h = histogram(Float64Array.from([0, 4.99, 5, 100, NaN]), 20, [0, 100]);
		expect(h.edges[1]).toBe(5);
		expect(h.counts[0]).toBe(2);
		expect(h.counts[1]).toBe(1);
		expect(h.counts[19]).toBe(1);
		expect(h.missing).toBe(1);
	});
});

describe('a customer list with nothing to rank by', () => {
	it('says so in one sentence instead of a left-out weight per indicator and "a weight must be above zero"', () => {
		const columns = { frequency: undefined, monetary: undefined };
		const result = analyseCustomers({ shape: 'customers', columns, customerCount: 3, tenureUnit: 'months' });
		const extras = {
			datasetId: 'd',
			shape: 'customers' as const,
			computedAt: 0,
			ids: ['a', 'b', 'c'],
			warnings: [],
			definitions: {}
		};
		const view = buildView(result, extras);
		expect(view.availableIndicators).toEqual([]);
		expect(view.warnings.map((w) => w.key)).toEqual(['views.warning.nothingToRank']);
	});

	it('keeps the per-indicator messages when something is there to rank by', () => {
		const columns = { monetary: Float64Array.from([10, 20, 30]) };
		const result = analyseCustomers({ shape: 'customers', columns, customerCount: 3, tenureUnit: 'months' });
		const extras = {
			datasetId: 'd',
			shape: 'customers' as const,
			computedAt: 0,
			ids: ['a', 'b', 'c'],
			warnings: [],
			definitions: {}
		};
		const view = buildView(result, extras);
		expect(view.availableIndicators).toEqual(['historicalClv', 'revenueShare']);
		expect(view.warnings.map((w) => w.key)).not.toContain('views.warning.nothingToRank');
	});
});
