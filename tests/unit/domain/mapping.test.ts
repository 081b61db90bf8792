import { describe, expect, it } from 'vitest';
import { guessMapping, looksLikeIdentifier, validateMapping, type ColumnGuess } from '$lib/domain/mapping';
import type { ColumnRole } from '$lib/domain/columns';

const csv = (lines: string) =>
	lines
		.trim()
		.split('\n')
		.map((l) => l.split(','));
const roleOf = (columns: readonly ColumnGuess[], header: string) =>
	columns.find((c) => c.header === header)?.role;
const column = (columns: readonly ColumnGuess[], role: ColumnRole) => columns.find((c) => c.role === role);

// Header + first rows of /work/shared/data/WA_Fn-UseC_-Telco-Customer-Churn.csv (IBM sample data, Apache-2.0),
// plus line 490, one of the 11 rows whose TotalCharges is a blank ' '.
const [telcoHeader, ...telcoRows] = csv(`
customerID,gender,SeniorCitizen,Partner,Dependents,tenure,PhoneService,MultipleLines,InternetService,OnlineSecurity,OnlineBackup,DeviceProtection,TechSupport,StreamingTV,StreamingMovies,Contract,PaperlessBilling,PaymentMethod,MonthlyCharges,TotalCharges,Churn
7590-VHVEG,Female,0,Yes,No,1,No,No phone service,DSL,No,Yes,No,No,No,No,Month-to-month,Yes,Electronic check,29.85,29.85,No
5575-GNVDE,Male,0,No,No,34,Yes,No,DSL,Yes,No,Yes,No,No,No,One year,No,Mailed check,56.95,1889.5,No
3668-QPYBK,Male,0,No,No,2,Yes,No,DSL,Yes,Yes,No,No,No,No,Month-to-month,Yes,Mailed check,53.85,108.15,Yes
7795-CFOCW,Male,0,No,No,45,No,No phone service,DSL,Yes,No,Yes,Yes,No,No,One year,No,Bank transfer (automatic),42.3,1840.75,No
9237-HQITU,Female,0,No,No,2,Yes,No,Fiber optic,No,No,No,No,No,No,Month-to-month,Yes,Electronic check,70.7,151.65,Yes
4472-LVYGI,Female,0,Yes,Yes,0,No,No phone service,DSL,Yes,No,Yes,Yes,Yes,No,Two year,Yes,Bank transfer (automatic),52.55, ,No
`);

// /work/shared/data/cdnow/CDNOW_master.txt (lifetimes, MIT; Fader & Hardie): whitespace-separated, split here.
const cdnowRows = `
 00001 19970101  1   11.77
 00002 19970112  1   12.00
 00002 19970112  5   77.00
 00003 19970102  2   20.76
 00003 19970330  2   20.76
 00003 19970402  2   19.54
`
	.trim()
	.split('\n')
	.map((l) => l.trim().split(/\s+/));

// /work/shared/data/Mall_Customers.csv (aiplanethub/Datasets; Kaggle, no licence stated).
const [mallHeader, ...mallRows] = csv(`
CustomerID,Genre,Age,Annual Income (k$),Spending Score (1-100)
0001,Male,19,15,39
0002,Male,21,15,81
0003,Female,20,16,6
0004,Female,23,16,77
0005,Female,31,17,40
`);

// /work/shared/data/Wholesale_customers_data.csv (UCI, CC BY 4.0).
const [wholesaleHeader, ...wholesaleRows] = csv(`
Channel,Region,Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen
2,3,12669,9656,7561,214,2674,1338
2,3,7057,9810,9568,1762,3293,1776
2,3,6353,8808,7684,2405,3516,7844
1,3,13265,1196,4221,6404,507,1788
2,3,22615,5410,7198,3915,1777,5185
`);

// /work/shared/data/tmall_order_report.csv (makisekurisuDDL/Data_analysis, Kesci data); note the trailing
// spaces in two headers, as in the file.
const [tmallHeader, ...tmallRows] = csv(`
订单编号,总金额,买家实际支付金额,收货地址 ,订单创建时间,订单付款时间 ,退款金额
1,178.8,0.0,上海,2020-02-21 00:00:00,,0.0
2,21.0,21.0,内蒙古自治区,2020-02-20 23:59:54,2020-02-21 00:00:02,0.0
3,37.0,0.0,安徽省,2020-02-20 23:59:35,,0.0
4,157.0,157.0,湖南省,2020-02-20 23:58:34,2020-02-20 23:58:44,0.0
5,64.8,0.0,江苏省,2020-02-20 23:57:04,2020-02-20 23:57:11,64.8
`);

describe('guessMapping on real files', () => {
	it('maps Telco churn as a customer list with id, tenure, total charges and churn', () => {
		const { columns, shape } = guessMapping(telcoHeader, telcoRows);
		expect(shape).toBe('customers');
		expect(roleOf(columns, 'customerID')).toBe('customerId');
		expect(column(columns, 'customerId')?.type).toBe('category');
		expect(roleOf(columns, 'tenure')).toBe('tenure');
		expect(roleOf(columns, 'TotalCharges')).toBe('monetary');
		expect(roleOf(columns, 'Churn')).toBe('churn');
		expect(column(columns, 'churn')?.type).toBe('boolean');
		expect(roleOf(columns, 'MonthlyCharges')).toBe('numeric');
		// "PhoneService" holds Yes/No, not phone numbers.
		expect(roleOf(columns, 'PhoneService')).toBe('categorical');
		expect(roleOf(columns, 'Contract')).toBe('categorical');
		expect(roleOf(columns, 'PaymentMethod')).toBe('categorical');
	});

	it('maps the CDNOW master file with its header line', () => {
		const { columns, shape } = guessMapping(
			['customer_id', 'date', 'number_of_cds', 'dollar_value'],
			cdnowRows
		);
		expect(columns.map((c) => c.role)).toEqual(['customerId', 'orderDate', 'quantity', 'amount']);
		expect(columns.map((c) => c.type)).toEqual(['category', 'date', 'number', 'number']);
		expect(columns[1].dateOrder).toBe('ymd');
		expect(shape).toBe('transactions');
	});

	it('maps the CDNOW master file without any header from its values alone', () => {
		const { columns, shape } = guessMapping(['', '', '', ''], cdnowRows);
		expect(columns.map((c) => c.role)).toEqual(['customerId', 'orderDate', 'quantity', 'amount']);
		expect(columns[0].type).toBe('category');
		expect(shape).toBe('transactions');
	});

	it('treats generated "Column N" headers as no headers', () => {
		const headers = ['Column 1', 'Column 2', 'Column 3', 'Column 4'];
		expect(guessMapping(headers, cdnowRows).columns.map((c) => c.role)).toEqual([
			'customerId', 'orderDate', 'quantity', 'amount'
		]); // prettier-ignore
	});

	it('maps Mall customers: zero-padded ids stay categories, the rest are numbers', () => {
		const { columns, shape } = guessMapping(mallHeader, mallRows);
		expect(shape).toBe('customers');
		expect(columns.map((c) => c.role)).toEqual([
			'customerId',
			'categorical',
			'numeric',
			'numeric',
			'numeric'
		]);
		expect(columns[0].type).toBe('category');
	});

	it('maps Wholesale: channel and region codes, spend per category as numbers, no customer id', () => {
		const { columns, shape } = guessMapping(wholesaleHeader, wholesaleRows);
		expect(shape).toBe('customers');
		expect(columns.map((c) => c.role)).toEqual([
			'channel', 'region', 'numeric', 'numeric', 'numeric', 'numeric', 'numeric', 'numeric'
		]); // prettier-ignore
		expect(columns[0].type).toBe('category');
		expect(validateMapping(columns, shape).map((i) => i.key)).toContain('mapping.error.noCustomerId');
	});

	it('maps the Tmall order report: paid amount over order total, creation time over payment time', () => {
		const { columns, shape } = guessMapping(tmallHeader, tmallRows);
		expect(shape).toBe('transactions');
		expect(columns.map((c) => c.role)).toEqual([
			'orderId', 'numeric', 'amount', 'region', 'orderDate', 'text', 'numeric'
		]); // prettier-ignore
		expect(columns[4].type).toBe('date');
		expect(columns[5].type).toBe('date');
		expect(columns[6].role).toBe('numeric'); // 退款金额 is a refund, not revenue
		expect(validateMapping(columns, shape).map((i) => i.key)).toEqual(['mapping.error.noCustomerId']);
	});
});

describe('guessMapping on headers', () => {
	const rows = [['C001', '2024-01-02', '100', '2', '13812345678', 'a@b.cn', '门店', '上海']];

	it('reads Chinese headers', () => {
		const headers = ['客户编号', '下单时间', '实付金额', '件数', '手机号', '邮箱', '渠道', '城市'];
		expect(guessMapping(headers, rows).columns.map((c) => c.role)).toEqual([
			'customerId', 'orderDate', 'amount', 'quantity', 'phone', 'email', 'channel', 'region'
		]); // prettier-ignore
	});

	it('reads English headers regardless of case, spaces, underscores and full-width letters', () => {
		const headers = [
			'Customer ID',
			'Invoice_Date',
			'AMOUNT',
			'qty',
			'Mobile',
			'E-mail',
			'ｃｈａｎｎｅｌ',
			'country'
		];
		expect(guessMapping(headers, rows).columns.map((c) => c.role)).toEqual([
			'customerId', 'orderDate', 'amount', 'quantity', 'phone', 'email', 'channel', 'region'
		]); // prettier-ignore
	});

	it('reads more role names', () => {
		const cases: [string, string, ColumnRole][] = [
			['会员号', 'M01', 'customerId'],
			['cust_no', 'M01', 'customerId'],
			['姓名', '张三', 'customerName'],
			['InvoiceNo', '536365', 'orderId'],
			['单价', '2.55', 'unitPrice'],
			['成本', '1.2', 'cost'],
			['StockCode', '85123A', 'product'],
			['品类', '饮料', 'category'],
			['注册日期', '2023-05-01', 'signupDate'],
			['最后消费日期', '2024-01-01', 'lastPurchaseDate'],
			['是否流失', '是', 'churn'],
			['累计消费金额', '1,234', 'monetary'],
			['购买次数', '5', 'frequency'],
			['最近一次消费距今天数', '30', 'recencyDays'],
			['会员时长', '12', 'tenure'],
			['销售额', '99', 'amount'],
			['交易日期', '2024/3/5', 'orderDate']
		];
		// An order-date column beside each keeps the sheet transactional, so amounts stay amounts.
		for (const [header, value, role] of cases) {
			const { columns } = guessMapping([header, 'Order Date'], [[value, '2024-01-01']]);
			expect(columns[0].role, header).toBe(role);
		}
	});

	it('drops a header role that the values contradict', () => {
		const { columns } = guessMapping(
			['订单日期', '金额'],
			[
				['昨天', 'abc'],
				['上周', 'def']
			]
		);
		expect(columns[0].role).not.toBe('orderDate');
		expect(columns[1].role).not.toBe('amount');
	});

	it('gives each special role to one column only', () => {
		const { columns } = guessMapping(['金额', '消费金额', '订单日期'], [['1', '2', '2024-01-01']]);
		expect(columns.filter((c) => c.role === 'amount')).toHaveLength(1);
		expect(columns[0].role).toBe('amount');
		expect(columns[1].role).toBe('numeric');
	});
});

describe('guessMapping on values', () => {
	it('keeps phone numbers, ID-card numbers and zero-padded codes out of numbers', () => {
		const { columns } = guessMapping(
			['a', 'b', 'c'],
			[
				['13812345678', '11010519491231002X', '000123'],
				['13900001111', '110105194912310021', '000456'],
				['15012345678', '440301199001011234', '000789']
			]
		);
		// With no header naming a customer id, the phone number is the customer's id (a shop's members by phone).
		expect(columns[0].role).toBe('customerId');
		expect(columns.map((c) => c.type)).toEqual(['category', 'text', 'text']);
	});

	it('detects a day-first date column and marks it decided', () => {
		const { columns } = guessMapping(['date'], [['03/04/2024'], ['25/12/2024']]);
		expect(columns[0]).toMatchObject({
			role: 'orderDate',
			type: 'date',
			dateOrder: 'dmy',
			ambiguousDateOrder: false
		});
	});
});

describe('guessMapping shape', () => {
	it('calls a list with repeating customer ids transactions', () => {
		const { shape } = guessMapping(
			['客户ID', '商品'],
			[
				['A', 'x'],
				['A', 'y'],
				['B', 'x']
			]
		);
		expect(shape).toBe('transactions');
	});

	it('calls a list with unique ids and aggregates customers, and calls its money column monetary', () => {
		const { columns, shape } = guessMapping(
			['客户ID', '消费金额', '购买次数'],
			[
				['A', '100', '2'],
				['B', '50', '1']
			]
		);
		expect(shape).toBe('customers');
		expect(columns[1].role).toBe('monetary');
	});

	it('calls a sheet with an order date and amount transactions even with unique ids', () => {
		const { shape } = guessMapping(
			['客户ID', '订单日期', '金额'],
			[
				['A', '2024-01-01', '5'],
				['B', '2024-01-02', '6']
			]
		);
		expect(shape).toBe('transactions');
	});
});

describe('validateMapping', () => {
	const col = (header: string, role: ColumnRole, type: ColumnGuess['type']): ColumnGuess => ({
		source: 0, header, role, type, confidence: 1
	}); // prettier-ignore

	it('requires a customer id', () => {
		const issues = validateMapping([col('金额', 'amount', 'number')], 'transactions');
		expect(issues.map((i) => i.key)).toContain('mapping.error.noCustomerId');
	});

	it('requires an amount for transactions and warns that RFM needs an order date', () => {
		const issues = validateMapping([col('id', 'customerId', 'category')], 'transactions');
		expect(issues).toEqual([
			{ key: 'mapping.error.noAmount', severity: 'error' },
			{ key: 'mapping.warning.noOrderDate', severity: 'warning' }
		]);
	});

	it('accepts a complete transaction mapping', () => {
		const columns = [
			col('id', 'customerId', 'category'),
			col('d', 'orderDate', 'date'),
			col('m', 'amount', 'number'),
			col('x', 'numeric', 'number'),
			col('y', 'numeric', 'number')
		];
		expect(validateMapping(columns, 'transactions')).toEqual([]);
	});

	it('reports a role given to two columns', () => {
		const columns = [
			col('id', 'customerId', 'category'),
			col('a', 'amount', 'number'),
			col('b', 'amount', 'number')
		];
		expect(validateMapping(columns, 'transactions')).toEqual([
			{ key: 'mapping.error.duplicateRole', params: { role: 'amount', columns: 'a, b' }, severity: 'error' },
			{ key: 'mapping.warning.noOrderDate', severity: 'warning' }
		]);
	});

	it('adds up several total-spend columns with a warning that names them, instead of refusing', () => {
		const columns = [
			col('id', 'customerId', 'category'),
			col('Fresh', 'monetary', 'number'),
			col('Milk', 'monetary', 'number')
		];
		expect(validateMapping(columns, 'customers')).toEqual([
			{ key: 'mapping.warning.monetarySummed', params: { columns: 'Fresh + Milk' }, severity: 'warning' }
		]);
	});

	it('reports a date role read as text', () => {
		const columns = [
			col('id', 'customerId', 'category'),
			col('d', 'orderDate', 'text'),
			col('a', 'amount', 'number')
		];
		expect(validateMapping(columns, 'transactions')[0]).toEqual({
			key: 'mapping.error.roleTypeMismatch',
			params: { role: 'orderDate', column: 'd', type: 'date' },
			severity: 'error'
		});
	});
});

describe('looksLikeIdentifier', () => {
	it('calls zero-padded, long-digit and letter-digit codes identifiers', () => {
		expect(looksLikeIdentifier(['0001', '0002', '0010'])).toBe(true);
		expect(looksLikeIdentifier(['7590-VHVEG', '5575-GNVDE'])).toBe(true);
		expect(looksLikeIdentifier(['13812345678', '13900001111'])).toBe(true);
	});

	it('does not call quantities or plain words identifiers', () => {
		expect(looksLikeIdentifier(['1', '2', '10', '100'])).toBe(false);
		expect(looksLikeIdentifier(['11.77', '12.00'])).toBe(false);
		expect(looksLikeIdentifier(['Male', 'Female'])).toBe(false);
		expect(looksLikeIdentifier([])).toBe(false);
	});
});
