// What the fictional retailer sells and where: products with list prices (CNY), categories, sales
// channels and regions, each in English and Chinese. Weights are rough shares of activity.

export type DemoLanguage = 'en' | 'zh';

export interface Labelled {
	en: string;
	zh: string;
}

export interface Product extends Labelled {
	category: number; // index into CATEGORIES
	price: number; // list price in CNY
	popularity: number; // relative weight
}

export const CATEGORIES: readonly Labelled[] = [
	{ en: 'Tea & Coffee', zh: '茶饮咖啡' },
	{ en: 'Snacks', zh: '休闲零食' },
	{ en: 'Personal Care', zh: '个人护理' },
	{ en: 'Home & Kitchen', zh: '家居厨具' },
	{ en: 'Apparel', zh: '服饰鞋包' },
	{ en: 'Electronics', zh: '数码配件' },
	{ en: 'Mother & Baby', zh: '母婴用品' },
	{ en: 'Health', zh: '营养保健' }
];

const p = (category: number, en: string, zh: string, price: number, popularity = 1): Product => ({
	category,
	en,
	zh,
	price,
	popularity
});

export const PRODUCTS: readonly Product[] = [
	p(0, 'West Lake Longjing Tea 250g', '西湖龙井 250g', 268, 0.8),
	p(0, 'Yunnan Pu-erh Cake 357g', '云南普洱茶饼 357g', 158, 0.7),
	p(0, 'Drip Coffee 30 Pack', '挂耳咖啡 30 包', 69, 1.6),
	p(0, 'Oolong Tea Bags 50', '乌龙茶包 50 袋', 45, 1.2),
	p(0, 'Coffee Beans 1kg', '咖啡豆 1kg', 139, 0.8),
	p(1, 'Mixed Nuts Gift Box', '每日坚果礼盒', 99, 1.5),
	p(1, 'Dried Mango 500g', '芒果干 500g', 35, 1.8),
	p(1, 'Spicy Beef Jerky', '麻辣牛肉干', 48, 1.5),
	p(1, 'Seaweed Snack 12 Pack', '海苔脆片 12 包', 25, 1.8),
	p(1, 'Mooncake Gift Set', '月饼礼盒', 188, 0.4),
	p(2, 'Moisturising Face Cream', '保湿面霜', 199, 0.9),
	p(2, 'Amino Acid Cleanser', '氨基酸洗面奶', 79, 1.3),
	p(2, 'Electric Toothbrush', '电动牙刷', 259, 0.6),
	p(2, 'Shampoo 750ml', '洗发水 750ml', 59, 1.5),
	p(2, 'Sunscreen SPF50', '防晒霜 SPF50', 119, 1.0),
	p(3, 'Non-stick Frying Pan', '不粘炒锅', 229, 0.6),
	p(3, 'Ceramic Dinner Set', '陶瓷餐具套装', 329, 0.4),
	p(3, 'Storage Boxes 6 Pack', '收纳箱 6 件套', 89, 1.1),
	p(3, 'Cotton Bath Towels', '纯棉浴巾', 69, 1.2),
	p(3, 'Air Fryer 5L', '空气炸锅 5L', 399, 0.5),
	p(4, 'Cotton T-shirt', '纯棉 T 恤', 79, 1.4),
	p(4, 'Down Jacket', '羽绒服', 699, 0.4),
	p(4, 'Running Shoes', '跑步鞋', 459, 0.6),
	p(4, 'Wool Scarf', '羊毛围巾', 169, 0.6),
	p(4, 'Canvas Tote Bag', '帆布托特包', 59, 1.0),
	p(5, 'Wireless Earbuds', '无线蓝牙耳机', 399, 0.7),
	p(5, 'Power Bank 20000mAh', '充电宝 20000mAh', 129, 1.0),
	p(5, 'USB-C Fast Charger', 'USB-C 快充头', 69, 1.3),
	p(5, 'Smart Watch', '智能手表', 1299, 0.25),
	p(5, 'Phone Case', '手机壳', 39, 1.5),
	p(6, 'Infant Formula 800g', '婴儿配方奶粉 800g', 328, 0.6),
	p(6, 'Diapers Jumbo Pack', '纸尿裤超大包', 149, 0.9),
	p(6, 'Baby Wipes 10 Pack', '婴儿湿巾 10 包', 49, 1.3),
	p(6, 'Kids Picture Books Set', '儿童绘本套装', 119, 0.6),
	p(6, 'Baby Stroller', '婴儿推车', 1599, 0.15),
	p(7, 'Multivitamin 100 Tablets', '复合维生素 100 片', 139, 1.0),
	p(7, 'Fish Oil Capsules', '深海鱼油胶囊', 179, 0.8),
	p(7, 'Protein Powder 2lb', '蛋白粉 2 磅', 259, 0.6),
	p(7, 'Probiotics 30 Sachets', '益生菌 30 袋', 199, 0.7),
	p(7, 'Collagen Drink 10 Bottles', '胶原蛋白饮 10 瓶', 299, 0.5)
];

// Ordered Online store, Mini program, Retail store, Phone; weights are the share of customers preferring each.
export const CHANNELS: readonly Labelled[] = [
	{ en: 'Online store', zh: '官网商城' },
	{ en: 'Mini program', zh: '小程序' },
	{ en: 'Retail store', zh: '门店' },
	{ en: 'Phone', zh: '电话' }
];
export const CHANNEL_WEIGHTS = [0.34, 0.36, 0.22, 0.08];

export const REGIONS: readonly Labelled[] = [
	{ en: 'East', zh: '华东' },
	{ en: 'South', zh: '华南' },
	{ en: 'North', zh: '华北' },
	{ en: 'Central', zh: '华中' },
	{ en: 'Southwest', zh: '西南' },
	{ en: 'Northeast', zh: '东北' },
	{ en: 'Northwest', zh: '西北' }
];
export const REGION_WEIGHTS = [0.31, 0.2, 0.16, 0.12, 0.1, 0.06, 0.05];
