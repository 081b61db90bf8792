// What a column header says about the column's role, in Chinese and English. Exact names (after folding case,
// width, spaces and punctuation) are trusted more than keyword matches; money that is not revenue is held back.

import type { ColumnRole } from './columns';
import { INTL_EXACT } from './headers-intl';
import { simplifyHeader } from './parse/traditional';
import { toHalfWidth } from './parse/width';

const PUNCT = /[\s_\-.·/\\()（）[\]【】{}:：#'"“”‘’,，;；]+/g;

/** Folds a header for matching: half-width, simplified Chinese, lower case, no spaces, underscores or punctuation. */
export function normalizeHeaderName(header: string): string {
	return simplifyHeader(toHalfWidth(header))
		.toLowerCase()
		.replace(PUNCT, '')
		.replace(/\uFEFF/g, '');
}

type Entry = readonly [ColumnRole, readonly string[]];

// Exact (normalized) names. Order inside a role does not matter.
const EXACT: readonly Entry[] = [
	['customerId', ['customerid', 'custid', 'customerno', 'custno', 'customernumber', 'customercode', 'customerkey',
		'clientid', 'clientno', 'userid', 'uid', 'memberid', 'memberno', 'buyerid', 'accountid', 'shopperid',
		'客户id', '客户编号', '客户号', '客户代码', '客户编码', '客户账号', '会员号', '会员id', '会员编号', '会员卡号',
		'用户id', '用户编号', '用户名', '买家id', '买家会员名', '买家昵称', '顾客id', '顾客编号',
		// The plainest Chinese names: a sheet headed 客户 or 会员 lists who bought (values like 客户0001).
		'客户', '会员', '买家', '用户', '顾客', '会员账号', '买家账号', '用户账号', '会员卡', '卡号', '会员手机号']],
	['customerName', ['name', 'customername', 'fullname', 'clientname', 'membername', '姓名', '客户名称', '客户姓名',
		'客户名', '名字', '联系人', '收货人', '收货人姓名', '买家姓名', '会员姓名', '顾客姓名']],
	['phone', ['phone', 'mobile', 'tel', 'telephone', 'phonenumber', 'phoneno', 'mobilephone', 'cellphone', '手机',
		'手机号', '手机号码', '电话', '联系电话', '电话号码', '联系方式', '联系手机']],
	['email', ['email', 'mail', 'emailaddress', '邮箱', '电子邮箱', '邮件', '邮箱地址', '电子邮件']],
	['orderId', ['orderid', 'orderno', 'ordernumber', 'invoice', 'invoiceno', 'invoiceid', 'invoicenumber',
		'transactionid', 'txnid', 'receiptno', '订单号', '订单编号', '订单id', '单号', '交易号', '交易单号', '流水号',
		'子订单编号', '主订单编号', '发票号']],
	['orderDate', ['date', 'invoicedate', 'orderdate', 'purchasedate', 'transactiondate', 'txndate', 'orderdatetime',
		'ordertime', 'datetime', 'timestamp', 'createdat', '下单时间', '订单日期', '交易日期', '购买日期', '下单日期',
		'交易时间', '购买时间', '订单创建时间', '创建时间', '消费日期', '消费时间', '日期', '订单时间', '成交时间',
		'成交日期', '销售日期']],
	['amount', ['amount', 'revenue', 'sales', 'total', 'totalamount', 'totalprice', 'ordervalue', 'ordertotal',
		'dollarvalue', 'value', 'spend', 'payment', 'paidamount', 'netamount', 'saleamount', 'salesamount',
		'金额', '消费金额', '实付金额', '买家实际支付金额', '实际支付金额', '支付金额', '付款金额', '订单金额', '总金额',
		'总价', '销售额', '销售金额', '成交金额', '交易金额', '应付金额', '实收金额', '订单总额', '营业额']],
	['quantity', ['quantity', 'qty', 'units', 'numberofcds', 'numberofitems', 'itemcount', '数量', '件数', '购买数量',
		'商品数量', '销售数量', '购买件数', '宝贝数量']],
	['unitPrice', ['price', 'unitprice', 'itemprice', 'saleprice', '单价', '价格', '售价', '商品价格', '商品单价', '销售单价']],
	['discount', ['discount', 'discountamount', 'linediscount', 'discounts', '优惠', '优惠金额', '折扣金额', '减免金额',
		'优惠额', '商品优惠', '店铺优惠']],
	['orderStatus', ['status', 'orderstatus', 'transactionstatus', 'returnstatus', '订单状态', '状态', '交易状态',
		'退款状态', '售后状态', '退货状态']],
	['cost', ['cost', 'unitcost', 'cogs', 'costprice', '成本', '进价', '成本价', '采购价', '成本金额']],
	['product', ['product', 'productname', 'productid', 'sku', 'item', 'itemname', 'itemid', 'stockcode', 'goods',
		'商品', '商品名称', '商品名', '产品', '产品名称', '商品编码', '商品编号', '商品id', '产品编号', '货号', '宝贝标题',
		'宝贝名称', '品名']],
	['category', ['category', 'productcategory', 'categoryname', 'productline', 'segment', '品类', '类目', '类别',
		'分类', '商品类别', '商品分类', '产品类别', '品类名称']],
	['channel', ['channel', 'saleschannel', 'source', 'platform', '渠道', '销售渠道', '来源', '平台', '来源渠道', '渠道来源']],
	['region', ['region', 'country', 'city', 'province', 'state', 'area', 'location', '地区', '区域', '省份', '省',
		'城市', '市', '收货地址', '地址', '所在地', '所在地区', '国家', '收货省份', '收货城市']],
	['signupDate', ['signup', 'signupdate', 'registrationdate', 'registerdate', 'registered', 'joindate', 'joined',
		'dtcustomer', 'memberSince', '注册日期', '注册时间', '开户日期', '开卡日期', '入会日期', '入会时间', '加入日期']],
	['lastPurchaseDate', ['lastpurchase', 'lastpurchasedate', 'lastorderdate', 'lastorder', 'lastvisit',
		'最近购买', '最近购买日期', '最后消费', '最后消费日期', '最近消费日期', '最后购买日期', '最近一次购买',
		'最近购买时间', '最后购买时间', '最近消费时间']],
	['churn', ['churn', 'churned', 'attrition', 'attritionflag', 'exited', 'ischurn', 'churnflag', 'churnlabel',
		'是否流失', '流失', '流失标记', '已流失', '流失标签', '是否已流失']],
	['monetary', ['monetary', 'totalspend', 'totalspent', 'totalcharges', 'totalpurchase', 'totalpurchases',
		'lifetimevalue', 'totalrevenue', 'monetaryvalue', 'mntotal', '累计消费', '累计消费金额', '消费总额', '总消费',
		'累计金额', '消费总金额', '总消费金额', '累计购买金额']],
	['frequency', ['frequency', 'ordercount', 'numorders', 'numberoforders', 'orders', 'purchasecount',
		'numpurchases', '购买次数', '订单数', '消费次数', '下单次数', '交易次数', '订单数量', '累计购买次数', '累计订单数']],
	['recencyDays', ['recency', 'dayssincelastpurchase', 'dayssincelastorder', 'recencydays',
		'最近一次消费距今天数', '距今天数', '最近消费天数', '最近购买距今天数', '距上次消费天数', '最近一次消费间隔']],
	['tenure', ['tenure', 'monthsasmember', 'tenuremonths', 'customertenure', 'monthsonbook', '在网时长', '会员时长',
		'入网时长', '客户时长', '会员年限', '在网月数', '客户年限']]
]; // prettier-ignore

// Keyword patterns for names not in the list; checked in order, so narrower meanings come first.
const PATTERNS: readonly (readonly [RegExp, ColumnRole])[] = [
	[/(?:退款|退货|售后|订单|交易)状态|(?:order|return|refund|transaction)status/, 'orderStatus'],
	[/退款|退货|优惠|折扣|运费|邮费|税|refund|discount|shipping|freight|tax|fee|coupon/, 'numeric'],
	[/^(?:customer|cust|client|member|user|buyer|account|shopper)(?:id|no|num|number|code|key)/, 'customerId'],
	[/(?:客户|会员|用户|买家|顾客)(?:id|编号|编码|号|代码|卡号|账号)/, 'customerId'],
	[/最近|最后|last(?:purchase|order|visit|buy|transaction)/, 'lastPurchaseDate'],
	[/注册|开户|开卡|入会|signup|register|joined/, 'signupDate'],
	[/流失|churn|attrition/, 'churn'],
	[/状态|status/, 'orderStatus'],
	[/手机|电话|phone|mobile/, 'phone'],
	[/邮箱|email/, 'email'],
	[/订单(?:号|编号|id)|invoice|order(?:id|no|number)/, 'orderId'],
	[/累计|总消费|totalspen|lifetime/, 'monetary'],
	[/次数|订单数|frequency|(?:order|purchase|visit|transaction)s?count/, 'frequency'],
	[/时长|tenure/, 'tenure'],
	[/日期|时间|date|time|datum|fecha|日付|일자/, 'orderDate'],
	[/单价|price/, 'unitPrice'],
	[/成本|cost/, 'cost'],
	// `amt` only as the end of a name (NET_AMT, SALES_AMT), never inside a word.
	[/金额|销售额|收入|amount|revenue|sales|total|amt$|betrag|umsatz|montant|importe|金額|금액/, 'amount'],
	[/数量|件数|qty|quantity/, 'quantity'],
	[/商品|产品|product|sku|item/, 'product'],
	[/品类|类目|类别|分类|category/, 'category'],
	[/渠道|来源|channel/, 'channel'],
	[/地区|区域|省|城市|地址|region|country|city|province/, 'region'],
	[/姓名|名称|name/, 'customerName']
];

// When a file has several, these win: money actually received, and the order's creation time.
const PREFERRED = new Set([
	'实付金额',
	'买家实际支付金额',
	'实际支付金额',
	'实收金额',
	'paidamount',
	'netamount',
	'订单创建时间',
	'invoicedate'
]);

const EXACT_MAP = new Map<string, ColumnRole>();
for (const [role, names] of [...EXACT, ...INTL_EXACT])
	for (const n of names)
		if (!EXACT_MAP.has(normalizeHeaderName(n))) EXACT_MAP.set(normalizeHeaderName(n), role);

export interface HeaderMatch {
	role: ColumnRole;
	/** 0.97 for a preferred exact name, 0.95 for an exact name, 0.7 for a keyword, 0.5 for the bare `id`. */
	confidence: number;
}

/** The role a header names, or null when the header says nothing recognisable. */
export function matchHeaderRole(header: string): HeaderMatch | null {
	const name = normalizeHeaderName(header);
	if (name === '') return null;
	const exact = EXACT_MAP.get(name);
	if (exact) return { role: exact, confidence: PREFERRED.has(name) ? 0.97 : 0.95 };
	if (name === 'id' || name === '编号') return { role: 'customerId', confidence: 0.5 };
	for (const [re, role] of PATTERNS) if (re.test(name)) return { role, confidence: 0.7 };
	return null;
}
