import { describe, expect, it } from 'vitest';
import { guessMapping } from '$lib/domain/mapping';

const rows = (ids: string[]) =>
	ids.map((id, i) => [id, `2024-03-0${(i % 9) + 1}`, String(10 + i), i % 2 ? 'web' : 'store']);

describe('guessing the customer id', () => {
	it('takes 客户 with values 客户0001… as the customer id, and the file as transactions', () => {
		const { columns, shape } = guessMapping(
			['客户', '日期', '金额', '渠道'],
			rows(['客户0001', '客户0002', '客户0001', '客户0003', '客户0002'])
		);
		expect(columns[0].role).toBe('customerId');
		expect(shape).toBe('transactions');
	});

	it('takes a column of repeating codes as the customer id when no header names one', () => {
		const { columns } = guessMapping(
			['Koodi', 'Päivä', 'Summa', 'Kanava'],
			rows(['VIP-0042', 'VIP-0007', 'VIP-0042', 'VIP-0100', 'VIP-0007'])
		);
		expect(columns[0].role).toBe('customerId');
	});

	it('takes the phone column when nothing else identifies the customer', () => {
		const { columns } = guessMapping(
			['手机号', '日期', '金额', '渠道'],
			rows(['13812345678', '13900001111', '13812345678', '15012345678', '13900001111'])
		);
		expect(columns[0].role).toBe('customerId');
	});

	it('leaves names that never repeat, and repeating quantities, alone', () => {
		// Finnish headers, which no list knows: only the values can speak, and unique names are not ids.
		const names = guessMapping(['Nimi', 'Päivä', 'Summa', 'Kanava'], rows(['Ann', 'Bo', 'Cy', 'Di', 'Ed']));
		expect(names.columns.some((c) => c.role === 'customerId')).toBe(false);
		const counts = guessMapping(
			['Stück', 'Datum'],
			[
				['2', '2024-01-01'],
				['2', '2024-01-02'],
				['3', '2024-01-03']
			]
		);
		expect(counts.columns.some((c) => c.role === 'customerId')).toBe(false);
	});

	it('keeps a named customer id and the phone column apart', () => {
		const { columns } = guessMapping(
			['会员号', '手机号', '日期', '金额'],
			[
				['M001', '13812345678', '2024-01-01', '5'],
				['M002', '13900001111', '2024-01-02', '6']
			]
		);
		expect(columns.map((c) => c.role)).toEqual(['customerId', 'phone', 'orderDate', 'amount']);
	});
});
