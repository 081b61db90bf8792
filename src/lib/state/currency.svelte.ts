// The active dataset's currency: the user's choice (saved per dataset in the definitions store) or a guess from
// what the file shows (the amount cells' symbols, read during the import; else headers, file and dataset name).
// Every money formatter reads `currency.code`.
import { guessCurrency } from '$lib/domain/currency';
import type { CurrencyCode } from '$lib/i18n/format';
import type { DatasetRecord } from '$lib/storage/db';
import { getDefinition, putDefinition } from '$lib/storage/definitions';
import { openDb } from '$lib/storage/open-db';
import { workspace } from './workspace.svelte';

const CURRENCY_KIND = 'currency';

class Currency {
	datasetId = $state<string | undefined>(undefined);
	/** Saved choice; null = the user chose "no symbol". */
	chosen = $state<CurrencyCode | null | undefined>(undefined);
	guessed = $state<CurrencyCode | undefined>(undefined);
	code = $derived<CurrencyCode | undefined>(this.chosen === null ? undefined : (this.chosen ?? this.guessed));

	async follow(dataset: DatasetRecord | undefined): Promise<void> {
		if (dataset?.id === this.datasetId) return;
		this.datasetId = dataset?.id;
		this.chosen = undefined;
		// What the amount cells said wins; else the headers and names (实付金额(元), price_usd).
		this.guessed = dataset
			? (dataset.currency ??
				guessCurrency([dataset.name, dataset.source.fileName, ...dataset.columns.map((c) => c.header)]))
			: undefined;
		if (!dataset) return;
		const { db } = await openDb();
		const saved = await getDefinition<{ code: CurrencyCode | null }>(db, dataset.id, CURRENCY_KIND);
		if (dataset.id === this.datasetId && saved) this.chosen = saved.code;
	}

	async set(code: CurrencyCode | null): Promise<void> {
		const id = this.datasetId;
		if (!id) return;
		this.chosen = code;
		const { db } = await openDb();
		await putDefinition(db, id, CURRENCY_KIND, { code });
	}
}

export const currency = new Currency();

// Follows the active dataset for the app's lifetime (one root effect, created with the module).
$effect.root(() => {
	$effect(() => {
		void currency.follow(workspace.active);
	});
});
